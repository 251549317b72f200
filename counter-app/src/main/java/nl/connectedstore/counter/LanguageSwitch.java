package nl.connectedstore.counter;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The counter's language switch, on the sign-in screen and in the top bar: each language named in itself, the one
 * spoken now ticked. Signed in, the choice is the clerk's from now on (stored for their next sign-in); when storing it
 * failed, a note beside the switch says so (the counter speaks the language all the same).
 */
final class LanguageSwitch extends HBox {

    /** @param messages the language spoken now, which the switch is drawn in */
    LanguageSwitch(LanguagePresenter language, Messages messages) {
        super(8);
        MenuButton menu = new MenuButton(messages.get("language." + messages.locale().getLanguage()),
                new FontIcon(Material2AL.LANGUAGE));
        menu.setId("languageSwitch");
        menu.setAccessibleText(messages.get("counter.language"));
        menu.setTooltip(new Tooltip(messages.get("counter.language")));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        for (String code : language.choices()) {
            RadioMenuItem item = new RadioMenuItem(
                    Messages.of(new Locale(code)).get("language." + code));
            item.setId("language-" + code);
            item.setToggleGroup(group);
            item.setSelected(code.equals(messages.locale().getLanguage()));
            item.setOnAction(e -> language.choose(code));
            menu.getItems().add(item);
        }
        Label why = new Label();
        why.setId("languageNotice");
        why.getStyleClass().add("text-muted");
        why.setMinWidth(Region.USE_PREF_SIZE);
        why.textProperty().bind(Bindings.createStringBinding(() -> language.noticeProperty()
                .get() == null ? "" : language.noticeProperty().get().in(messages), language.noticeProperty()));
        why.visibleProperty().bind(language.noticeProperty().isNotNull());
        why.managedProperty().bind(why.visibleProperty());
        getChildren().addAll(why, menu);
        setAlignment(Pos.CENTER_RIGHT);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }
}
