package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One demo database per test JVM: a real H2 file in a temp folder, migrated by Flyway and filled with the
 * full demo chain. Tests that change data use their own database instead.
 *
 * <p>Filling the full chain takes the better part of a minute of CPU, so a build fills it once: the first test
 * JVM of the build fills it and stores a copy (H2's {@code BACKUP}, with the data folder's secrets) in the folder
 * the build names in {@value #TEMPLATE_PROPERTY}; every other test JVM of that build, in any module, starts from
 * a copy of it. Each JVM still has a database of its own, exactly as if it had filled it itself. Without the
 * property (a test started from an IDE) each JVM fills its own.
 */
public final class DemoDatabase {

    /**
     * System property: {@code postgresql} runs the tests that take their database from here on a real PostgreSQL
     * ({@link PostgresTestDatabase}) instead of an embedded H2 file; {@code h2} (the default) on H2. CI runs the
     * whole suite once each way.
     */
    public static final String DATABASE_PROPERTY = "connectedstore.test.database";
    /** System property: the folder where this build keeps its filled demo database (a new folder per build). */
    public static final String TEMPLATE_PROPERTY = "connectedstore.test.demoTemplate";
    private static final List<String> SECRETS = List.of("db.secret", "kiosk.secret", "counter.secret");

    private static Database database;

    private DemoDatabase() {
    }

    /** Whether this test run's databases are PostgreSQL ones ({@value #DATABASE_PROPERTY}). */
    public static boolean onPostgres() {
        String which = System.getProperty(DATABASE_PROPERTY, "h2").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (which) {
            case "h2", "" -> false;
            case "postgresql", "postgres" -> true;
            default -> throw new IllegalArgumentException(DATABASE_PROPERTY + " is " + which
                    + ": it can be h2 or postgresql");
        };
    }

    public static synchronized Database get() {
        if (database == null && onPostgres()) {
            String template = System.getProperty(TEMPLATE_PROPERTY);
            database = PostgresTestDatabase.demo(template == null || template.isBlank() ? null : Path.of(template));
        }
        if (database == null) {
            try {
                Path home = servedHere(temporary("cs-demo-"));
                String template = System.getProperty(TEMPLATE_PROPERTY);
                if (template != null && !template.isBlank()) {
                    copyTemplate(Path.of(template), home);
                }
                database = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, DemoChain.Size.DEMO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    /**
     * The fixture's databases are served from the test JVM itself (the same H2 server over the same loopback
     * connection, without a JVM of its own per database; docs/decisions/0014). Tests about the server process,
     * crashes and start-up races make their data folders themselves and get a real server process.
     */
    private static Path servedHere(Path home) {
        SharedH2.serveInThisJvm(home);
        return home;
    }

    /** Puts a copy of the build's filled demo database into {@code home}, filling it first if no JVM has yet. */
    private static void copyTemplate(Path template, Path home) throws IOException {
        DataFolder.keepPrivate(template); // fake customers, but still: like a real data folder
        Path backup = template.resolve(SharedH2.DB_NAME + ".zip");
        // one JVM fills, the others of this build wait for it (test JVMs of other modules too)
        try (FileChannel channel = FileChannel.open(template.resolve("fill.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (!Files.exists(backup)) {
                Path fill = servedHere(temporary("cs-demo-template-"));
                try (Database filled = Database.open(DatabaseConfig.embeddedIn(fill), ProgressListener.NONE,
                        DemoChain.Size.DEMO);
                     Connection c = filled.dataSource().getConnection(); Statement s = c.createStatement()) {
                    Path part = template.resolve(SharedH2.DB_NAME + ".zip.part");
                    s.execute("backup to '" + part.toAbsolutePath().toString().replace("'", "''") + "'");
                    for (String secret : SECRETS) {
                        Files.copy(fill.resolve("db").resolve(secret), template.resolve(secret),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(part, backup, StandardCopyOption.ATOMIC_MOVE);
                } catch (SQLException e) {
                    throw new IOException("Cannot back up the demo database: " + e.getMessage(), e);
                }
            }
        }
        Path db = DataFolder.keepPrivate(DataFolder.keepPrivate(home).resolve("db"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = db.resolve(entry.getName()).normalize();
                if (!target.startsWith(db) || entry.isDirectory()) {
                    throw new IOException("Unexpected entry in the demo database backup: " + entry.getName());
                }
                Files.copy(zip, target);
            }
        }
        for (String secret : SECRETS) {
            Files.copy(template.resolve(secret), db.resolve(secret));
        }
        DataFolder.keepPrivate(db);
    }

    /**
     * A database of its own for a test that changes data: a fresh H2 file in a temp folder (or a PostgreSQL
     * database of its own, {@link #onPostgres}), migrated and
     * filled with a demo chain of {@code size}. The caller closes it.
     */
    public static Database fresh(String prefix, DemoChain.Size size) {
        if (onPostgres()) {
            return PostgresTestDatabase.fresh(prefix, size);
        }
        try {
            return Database.open(DatabaseConfig.embeddedIn(servedHere(temporary(prefix))),
                    ProgressListener.NONE, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #fresh}, an H2 one served by a server process of its own, as in a shop: for a test that stops that
     * process (the process id is in {@code db/server.pid}).
     */
    public static Database freshWithServerProcess(String prefix, DemoChain.Size size) {
        try {
            return Database.open(DatabaseConfig.embeddedIn(temporary(prefix)), ProgressListener.NONE,
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
        if (!owner.config().embedded()) {
            return PostgresAppLogin.as(owner, role);
        }
        return Database.open(owner.config(), ProgressListener.NONE, null, role);
    }

    /** The same database opened once more, as a tool or the next start of an app would (H2 or PostgreSQL). */
    public static Database reopen(Database owner) {
        return Database.open(owner.config(), ProgressListener.NONE);
    }

    private static final java.util.Map<AppRole, Database> SHARED_AS = new java.util.EnumMap<>(AppRole.class);

    /** The shared demo database ({@link #get}) as one app sees it; closed when the JVM ends. */
    public static synchronized Database getAs(AppRole role) {
        Database owner = get();
        return SHARED_AS.computeIfAbsent(role, r -> as(owner, r));
    }

    /** The data folders this JVM made: each a copy of the demo chain's (fake) customers, 17 MB, deleted at exit. */
    private static final List<Path> FOLDERS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(DemoDatabase::closeAndDelete, "demo-database-cleanup"));
    }

    private static Path temporary(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        FOLDERS.add(folder);
        return folder;
    }

    /** At exit: the shared databases closed, then every data folder this JVM made deleted (a test's too). */
    private static void closeAndDelete() {
        synchronized (DemoDatabase.class) {
            SHARED_AS.values().forEach(DemoDatabase::closeQuietly);
            if (database != null) {
                closeQuietly(database);
            }
        }
        H2ServerMain.stopServedInThisJvm(); // H2 writes as it closes a database: closed first, then deleted
        for (Path folder : FOLDERS) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a folder that cannot be walked is left: the JVM is ending
            }
        }
    }

    private static void closeQuietly(Database db) {
        try {
            db.close();
        } catch (RuntimeException e) {
            // already closed by its test, or its server gone: nothing more to do at exit
        }
    }
}
