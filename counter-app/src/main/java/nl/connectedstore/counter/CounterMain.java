package nl.connectedstore.counter;

import java.util.Map;
import javafx.application.Application;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.ui.EarlyStart;

/**
 * Starts the counter from a plain class path ({@code java -cp ... nl.connectedstore.counter.CounterMain}): the
 * JavaFX launcher refuses a main class that itself extends Application unless JavaFX is on the module path.
 * {@code --unlock-pin-entry=<terminal>} unlocks a counter's PIN entry instead and exits ({@link PinUnlockCommand}).
 */
public final class CounterMain {

    private CounterMain() {
    }

    public static void main(String[] args) {
        Map<String, String> settings = PinUnlockCommand.settings(args);
        if (settings.containsKey(PinUnlockCommand.OPTION)) {
            System.exit(PinUnlockCommand.run(settings, System.getenv(), System.out));
        }
        EarlyStart.begin(args, AppRole.COUNTER);
        Application.launch(CounterApp.class, args);
    }
}
