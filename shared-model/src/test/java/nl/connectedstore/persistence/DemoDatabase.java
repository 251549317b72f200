package nl.connectedstore.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One demo database per test JVM: a real H2 file in a temp folder, migrated by Flyway and filled with the
 * full demo chain. Tests that change data use their own database instead.
 */
public final class DemoDatabase {

    private static Database database;

    private DemoDatabase() {
    }

    public static synchronized Database get() {
        if (database == null) {
            try {
                Path home = Files.createTempDirectory("cs-demo-");
                database = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, DemoChain.Size.DEMO);
                Runtime.getRuntime().addShutdownHook(new Thread(database::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    /**
     * A database of its own for a test that changes data: a fresh H2 file in a temp folder, migrated and
     * filled with a demo chain of {@code size}. The caller closes it.
     */
    public static Database fresh(String prefix, DemoChain.Size size) {
        try {
            return Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory(prefix)), ProgressListener.NONE,
                    size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
