package nl.connectedstore.kiosk;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The screen a kiosk shows between customers: one column per language, each wholly in that language (welcome, what
 * the kiosk is for, its button, how to start, how a regular checks in), so nobody reads a language they did not
 * choose. Touching a language starts a fresh session in it; a card scanned here checks its holder in.
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

        GridPane languages = new GridPane();
        languages.setId("attractLanguages");
        languages.setHgap(32);
        languages.setVgap(14);
        languages.setAlignment(Pos.CENTER);
        languages.setMaxWidth(Region.USE_PREF_SIZE);
        int column = 0;
        for (Locale language : Messages.LANGUAGES) {
            Locale locale = new Locale(language.getLanguage(), store.countryCode());
            Messages messages = Messages.of(locale);
            String lang = language.getLanguage();
            Label welcome = text(messages.get("kiosk.attract.welcome"), "attract-welcome", "welcome-" + lang);
            Label subtitle = text(messages.get("kiosk.attract.subtitle"), "attract-subtitle", "subtitle-" + lang);

            Button start = new Button(messages.get("language." + lang));
            start.setId("language-" + lang);
            start.getStyleClass().addAll("attract-language", "accent");
            // the first catalogue takes seconds to build on the FX thread: the spinner is drawn when the finger lands,
            // before the tap (on lifting it) builds it
            Busy.spinnerOn(start, start.armedProperty());
            start.setOnAction(e -> onStart.accept(locale));
            Label tap = text(messages.get("kiosk.attract.tap"), "attract-tap", "tap-" + lang);
            Label checkIn = text(messages.get("kiosk.attract.checkIn"), "attract-tap", "checkIn-" + lang);

            languages.addColumn(column++, welcome, subtitle, start, tap, checkIn);
            for (Node node : new Node[] {welcome, subtitle, start, tap, checkIn}) {
                GridPane.setHalignment(node, HPos.CENTER);
                GridPane.setValignment(node, VPos.TOP);
            }
            ColumnConstraints width = new ColumnConstraints();
            width.setPrefWidth(340);
            width.setHalignment(HPos.CENTER);
            languages.getColumnConstraints().add(width);
        }
        getChildren().addAll(logo, storeName, languages);
    }

    /** A centred text that wraps within its language's column rather than be cut. */
    private static Label text(String text, String style, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
