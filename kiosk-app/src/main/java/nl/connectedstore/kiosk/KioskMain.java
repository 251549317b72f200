package nl.connectedstore.kiosk;

import javafx.application.Application;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.ui.EarlyStart;

/**
 * Starts the kiosk from a plain class path ({@code java -cp ... nl.connectedstore.kiosk.KioskMain}): the
 * JavaFX launcher refuses a main class that itself extends Application unless JavaFX is on the module path.
 */
public final class KioskMain {

    private KioskMain() {
    }

    public static void main(String[] args) {
        EarlyStart.begin(args, AppRole.KIOSK);
        Application.launch(KioskApp.class, args);
    }
}
