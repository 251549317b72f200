package nl.connectedstore.kiosk;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The screen a kiosk shows between customers: a welcome in the three languages and one big button per
 * language. Touching one starts a fresh session in that language.
 */
final class AttractScreen extends VBox {

    AttractScreen(StoreInfo store, Consumer<Locale> onStart) {
        setId("attract");
        getStyleClass().add("attract");
        setAlignment(Pos.CENTER);
        setSpacing(28);

        FontIcon logo = new FontIcon(Material2MZ.STOREFRONT);
        logo.getStyleClass().add("attract-logo");
        Label storeName = new Label(store.name());
        storeName.getStyleClass().add("attract-store");

        VBox welcomes = new VBox(6);
        welcomes.setAlignment(Pos.CENTER);
        HBox buttons = new HBox(24);
        buttons.setAlignment(Pos.CENTER);
        for (Locale language : Messages.LANGUAGES) {
            Locale locale = new Locale(language.getLanguage(), store.countryCode());
            Messages messages = Messages.of(locale);
            Label welcome = new Label(messages.get("kiosk.attract.welcome"));
            welcome.getStyleClass().add("attract-welcome");
            welcomes.getChildren().add(welcome);

            Button start = new Button(messages.get("language." + language.getLanguage()));
            start.setId("language-" + language.getLanguage());
            start.getStyleClass().addAll("attract-language", "accent");
            // the first catalogue takes seconds to build on the FX thread: the spinner is drawn when the finger lands,
            // before the tap (on lifting it) builds it
            Busy.spinnerOn(start, start.armedProperty());
            start.setOnAction(e -> onStart.accept(locale));
            buttons.getChildren().add(start);
        }
        Messages local = Messages.of(Messages.defaultLocaleFor(store.countryCode()));
        Label subtitle = new Label(local.get("kiosk.attract.subtitle"));
        subtitle.getStyleClass().add("attract-subtitle");
        Label tap = new Label(local.get("kiosk.attract.tap"));
        tap.getStyleClass().add("attract-tap");
        getChildren().addAll(logo, storeName, welcomes, subtitle, buttons, tap);
    }
}
