package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
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

    /**
     * The same database opened again the way an app opens it, with only that app's rights: kiosk-side tests
     * drive the kiosk's services through this. The caller closes it.
     */
    public static Database as(Database owner, AppRole role) {
        return Database.open(owner.config(), ProgressListener.NONE, null, role);
    }

    private static final java.util.Map<AppRole, Database> SHARED_AS = new java.util.EnumMap<>(AppRole.class);

    /** The shared demo database ({@link #get}) as one app sees it; closed when the JVM ends. */
    public static synchronized Database getAs(AppRole role) {
        Database owner = get();
        return SHARED_AS.computeIfAbsent(role, r -> {
            Database db = as(owner, r);
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
            return db;
        });
    }
}
