package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests, with its durability settings on (fsync, synchronous commit, full-page writes).
 *
 * <p>Where it comes from, in this order:
 * <ol>
 *   <li>{@code CONNECTEDSTORE_TEST_PG_URL} (an administrator's JDBC URL, e.g.
 *       {@code jdbc:postgresql://127.0.0.1:5432/postgres}) with {@code CONNECTEDSTORE_TEST_PG_USER} and
 *       {@code CONNECTEDSTORE_TEST_PG_PASSWORD}: a server someone started (CI starts Debian's PostgreSQL);</li>
 *   <li>otherwise an embedded PostgreSQL (zonky) started once per test JVM. PostgreSQL refuses to run as root, so
 *       as root the first option is needed; the message says so.</li>
 * </ol>
 * Every {@link #fresh} call makes a database of its own on that server, migrated by Flyway like any other.
 */
public final class PostgresTestDatabase {

    public static final String URL_ENV = "CONNECTEDSTORE_TEST_PG_URL";
    public static final String USER_ENV = "CONNECTEDSTORE_TEST_PG_USER";
    public static final String PASSWORD_ENV = "CONNECTEDSTORE_TEST_PG_PASSWORD";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** How to reach the server as its administrator. */
    public record Admin(String url, String user, String password) {
        /** The same server, another database on it. */
        public String urlOf(String database) {
            int slash = url.lastIndexOf('/');
            int query = url.indexOf('?', slash);
            return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private static Admin admin;
    private static EmbeddedPostgres embedded;

    private PostgresTestDatabase() {
    }

    /** The server's administrator access, starting the embedded server on first use. */
    public static synchronized Admin admin() {
        if (admin == null) {
            String url = System.getenv(URL_ENV);
            if (url != null && !url.isBlank()) {
                admin = new Admin(url, System.getenv(USER_ENV), System.getenv(PASSWORD_ENV));
            } else if ("root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("The PostgreSQL tests need a server: PostgreSQL refuses to run as"
                        + " root, so either run the tests as another user (an embedded PostgreSQL is then started)"
                        + " or start one and set " + URL_ENV + ", " + USER_ENV + " and " + PASSWORD_ENV
                        + " (.ci/run shows how)");
            } else {
                try {
                    embedded = EmbeddedPostgres.builder()
                            .setServerConfig("fsync", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on")
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Starting an embedded PostgreSQL failed", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the temp folder goes with it
                    }
                }));
                admin = new Admin(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            }
        }
        return admin;
    }

    /** An empty database of its own on the test server, dropped when the JVM ends; returns its name. */
    public static String createDatabase(String prefix) {
        String name = newName(prefix);
        execute("create database " + name);
        dropAtExit(name);
        return name;
    }

    private static String newName(String prefix) {
        return ("cs_" + prefix.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + DATABASES.incrementAndGet()).toLowerCase(Locale.ROOT);
    }

    private static void execute(String sql) {
        try (Connection c = admin().connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("On the test PostgreSQL server, " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static final List<String> TO_DROP = new ArrayList<>();

    /** A server someone else runs keeps no test's databases: each JVM drops the ones it made. */
    private static synchronized void dropAtExit(String name) {
        if (embedded != null) {
            return; // the whole embedded server goes at exit
        }
        if (TO_DROP.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                List<String> names;
                synchronized (PostgresTestDatabase.class) {
                    names = List.copyOf(TO_DROP);
                }
                for (String database : names) {
                    try (Connection c = admin().connect(); Statement s = c.createStatement()) {
                        s.execute("drop database if exists " + database + " with (force)");
                    } catch (SQLException ignored) {
                        // best effort: the JVM is ending
                    }
                }
            }, "drop-test-databases"));
        }
        TO_DROP.add(name);
    }

    /**
     * The demo chain, filled once per build and copied for each test JVM: the first JVM of the build fills a
     * template database on the shared server and names it in {@code templateFolder}; every JVM (that one too)
     * gets a copy ({@code create database ... template}). Without a folder, or on an embedded server (one per
     * JVM), the JVM fills its own. The template stays on the server for the build's later JVMs.
     */
    public static Database demo(Path templateFolder) {
        Admin server = admin();
        if (templateFolder == null || embedded != null) {
            return fresh("demo", DemoChain.Size.DEMO);
        }
        String name = newName("demo");
        try {
            Files.createDirectories(templateFolder);
            Path named = templateFolder.resolve("postgresql-template.txt");
            try (FileChannel channel = FileChannel.open(templateFolder.resolve("postgresql-fill.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                if (!Files.exists(named)) {
                    String template = newName("demo_template");
                    execute("create database " + template);
                    open(server, template, DemoChain.Size.DEMO).close(); // closed: a template must have no sessions
                    Files.writeString(named, template);
                }
                execute("create database " + name + " template " + Files.readString(named).strip());
                dropAtExit(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(server, name, null);
    }

    private static Database open(Admin server, String name, DemoChain.Size fill) {
        try {
            DatabaseConfig config = new DatabaseConfig(Files.createTempDirectory(name), server.urlOf(name),
                    server.user(), server.password(), 0);
            return Database.open(config, ProgressListener.NONE, fill);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A database of its own for a test that changes data, migrated and filled with a demo chain of
     * {@code size}, opened the way a terminal opens a PostgreSQL store database. The caller closes it.
     */
    public static Database fresh(String prefix, DemoChain.Size size) {
        Admin server = admin();
        return open(server, createDatabase(prefix), size);
    }
}
