package nl.connectedstore.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;

/**
 * Starts opening the database from {@code main}, before JavaFX starts, so the two overlap (about a second
 * of a cold start). Progress reported meanwhile is kept and handed to the start-up screen once it exists.
 */
public final class EarlyStart {

    private static volatile CompletableFuture<Database> database;
    private static final Relay RELAY = new Relay();

    private EarlyStart() {
    }

    /**
     * Called from an app's main: parses the same settings the app will, and starts opening in the background
     * with the app's own database rights.
     */
    public static void begin(String[] args, AppRole role) {
        DatabaseConfig config;
        try {
            Map<String, String> commandLine = settings(args);
            // the settings file's database settings too; whether all its names are right the app checks
            Map<String, String> all = TerminalFile.find(commandLine, System.getenv(), null).under(commandLine);
            if (all.get("home") != null && !all.get("home").isBlank()) {
                // the log's folder follows the data folder the file names (logback.xml reads this before the
                // environment variable), so it is set before anything logs
                System.setProperty(DatabaseConfig.HOME_ENV, Path.of(all.get("home").strip()).toAbsolutePath()
                        .toString());
            }
            config = DatabaseConfig.resolve(all, System.getenv());
        } catch (IllegalArgumentException e) {
            return; // the app reports the bad setting on screen
        }
        database = CompletableFuture.supplyAsync(() -> Database.open(config, RELAY, DemoChain.Size.DEMO, role),
                runnable -> {
                    Thread t = new Thread(runnable, "database-early-start");
                    t.setDaemon(true);
                    t.start();
                });
    }

    /** The early open, once: a Retry after a failure opens afresh. */
    static CompletableFuture<Database> take() {
        CompletableFuture<Database> taken = database;
        database = null;
        return taken;
    }

    static void forwardProgressTo(ProgressListener listener) {
        RELAY.forwardTo(listener);
    }

    static Map<String, String> settings(String[] args) {
        Map<String, String> named = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                if (eq > 2) {
                    named.put(arg.substring(2, eq), arg.substring(eq + 1));
                } else {
                    named.put(arg.substring(2), "true");
                }
            }
        }
        return named;
    }

    private static final class Relay implements ProgressListener {
        private ProgressListener target;
        private double lastFraction = -1;
        private String lastKey;

        synchronized void forwardTo(ProgressListener listener) {
            target = listener;
            if (lastKey != null) {
                listener.progress(lastFraction, lastKey);
            }
        }

        @Override
        public synchronized void progress(double fraction, String messageKey) {
            lastFraction = fraction;
            lastKey = messageKey;
            if (target != null) {
                target.progress(fraction, messageKey);
            }
        }
    }
}
