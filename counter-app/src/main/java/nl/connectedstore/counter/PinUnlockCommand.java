package nl.connectedstore.counter;

import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.ui.TerminalFile;

/**
 * {@code --unlock-pin-entry=<terminal>}: unlocks PIN entry at a counter locked after too many wrong PINs, from a
 * command line on a machine of the store, without starting the window. For a store with a single counter, where no
 * manager can be signed in at another counter to unlock it. It needs what the counter itself needs to open the
 * database (the data folder and its secret, or the database settings), so it gives nobody more than they have;
 * typing a PIN at the locked counter never unlocks it, the manager's neither.
 */
final class PinUnlockCommand {

    static final String OPTION = "unlock-pin-entry";

    private PinUnlockCommand() {
    }

    /** The {@code --name=value} settings of {@code args}. */
    static Map<String, String> settings(String[] args) {
        Map<String, String> named = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                named.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return named;
    }

    /** Unlocks and says what happened; 0 when unlocked or nothing was locked, 2 for a bad terminal or setting. */
    static int run(Map<String, String> settings, Map<String, String> env, PrintStream out) {
        String terminal = settings.getOrDefault(OPTION, "").strip().toUpperCase(Locale.ROOT);
        if (terminal.isEmpty()) {
            out.println("--unlock-pin-entry needs the terminal code, e.g. --unlock-pin-entry=AMS-COUNTER-1");
            return 2;
        }
        // the same database as the counter: the terminal's settings file under the command line
        Map<String, String> all;
        try {
            all = TerminalFile.find(settings, env, null).under(settings);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        try (Database db = Database.open(DatabaseConfig.resolve(all, env), ProgressListener.NONE)) {
            PinGuard.Unlock result = new PinGuard(db.transactor(), Clock.systemDefaultZone())
                    .unlockAtMachine(terminal, System.getProperty("user.name"));
            out.println(result == PinGuard.Unlock.UNLOCKED ? "PIN entry at " + terminal + " is unlocked."
                    : "PIN entry at " + terminal + " was not locked.");
            return 0;
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
    }
}
