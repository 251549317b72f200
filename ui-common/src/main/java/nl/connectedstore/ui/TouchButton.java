package nl.connectedstore.ui;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The kiosk's buttons: big enough for a finger (the "touch" style), with an icon, an id for tests and CSS. */
public final class TouchButton {

    private TouchButton() {
    }

    public static Button of(String id, String text, Ikon icon, Runnable action) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("touch");
        // never cut to "..." or to its bare icon: the row around it gives way (a field, a gap, a wrapped text)
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
