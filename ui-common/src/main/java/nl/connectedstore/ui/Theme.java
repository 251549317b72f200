package nl.connectedstore.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer Light plus our own sheet, which only adds what the theme lacks. */
public final class Theme {

    private Theme() {
    }

    public static void applyTo(Scene scene, String appStylesheet) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource("connectedstore.css").toExternalForm());
        if (appStylesheet != null) {
            scene.getStylesheets().add(appStylesheet);
        }
    }
}
