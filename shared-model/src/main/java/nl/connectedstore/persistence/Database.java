package nl.connectedstore.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that opens the database: shares the embedded H2 between apps, migrates the schema with
 * Flyway, lets Hibernate validate (never generate) it, and hands out a {@link Transactor}.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /**
     * The mapped entity classes, listed once in {@value #ENTITY_LIST} (one class name a line) rather than imported
     * here: persistence knows no capability package. {@code EntityListTest} fails when an {@code @Entity} class is
     * missing from the list or the list names a class that is not one.
     */
    static final String ENTITY_LIST = "db/entities.txt";

    static List<Class<?>> entities() {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(ENTITY_LIST)) {
            if (in == null) {
                throw new IllegalStateException(ENTITY_LIST + " is missing from the class path");
            }
            List<Class<?>> classes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    classes.add(Class.forName(name, false, Database.class.getClassLoader()));
                }
            }
            return List.copyOf(classes);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read the entity list " + ENTITY_LIST, e);
        }
    }

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final Transactor transactor;
    private final String displayUrl;
    private final DatabaseConfig config;

    private Database(HikariDataSource dataSource, SessionFactory sessionFactory,
                     String displayUrl, DatabaseConfig config) {
        this.config = config;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        // (the system property exists for scripts/fsync-per-sale.sh to measure what the sync costs; no app sets it)
        this.transactor = new Transactor(sessionFactory, new ConnectionWatch(displayUrl),
                displayUrl.startsWith("jdbc:h2:") && !"false".equals(System.getProperty(SYNC_PROPERTY)));
        this.displayUrl = displayUrl;
    }

    /**
     * Opens (and on first use creates and migrates) the configured database.
     *
     * @throws DatabaseUnavailableException with the URL tried when it cannot be reached or migrated
     */
    public static Database open(DatabaseConfig config, ProgressListener progress) {
        return open(config, progress, null);
    }

    /**
     * Opens the database as its owner and, when it holds no stores yet, fills it with
     * {@code demo} (e.g. the demo chain of one size; null: never). For tests and tools; the apps open it with
     * their own rights.
     */
    public static Database open(DatabaseConfig config, ProgressListener progress, InitialData demo) {
        return open(config, progress, demo, AppRole.OWNER);
    }

    /**
     * Opens the database for one app, whose connections then have only that app's rights
     * ({@link DatabaseRights}). Migration, the demo fill and the grants run first, as the owner, under one lock,
     * so two apps starting together on a fresh machine fill it once.
     *
     * <p>The embedded database: the owner migrates and grants, then the app connects as its own login (its
     * password made once in the data folder). An external database ({@code --db-url}): the configured user is
     * the app's; the kiosk never migrates and refuses a schema that is not current, the counter (or a tool)
     * migrates and applies the grants when there is something to do, which needs the schema's owner. See
     * docs/decisions/0006-database-rights-per-app.md.
     */
    public static Database open(DatabaseConfig config, ProgressListener progress, InitialData demo,
                                AppRole role) {
        progress.progress(-1, "startup.connecting");
        SharedH2 shared = config.embedded() ? SharedH2.start(config.home(), config.h2Port(), progress) : null;
        String url = shared != null ? shared.url() : config.url();
        String displayUrl = url;
        HikariDataSource dataSource = null;
        try {
            if (shared != null) {
                for (int attempt = 1; dataSource == null; attempt++) {
                    try {
                        dataSource = pool(url, shared.user(), shared.password(), role);
                    } catch (DatabaseUnavailableException e) {
                        // the server we joined stopped meanwhile (idle for its whole time-out just as we came):
                        // start it again, under the same lock every app takes
                        if (attempt >= 3) {
                            throw e;
                        }
                        log.warn("The shared database server went away as this app joined it ({}); starting it"
                                + " again", rootMessage(e));
                        shared = SharedH2.start(config.home(), config.h2Port(), progress);
                        url = shared.url();
                        displayUrl = url;
                    }
                }
                try (MigrationLock ignored = MigrationLock.acquire(config, progress)) {
                    progress.progress(-1, "startup.migrating");
                    migrate(dataSource, config.home().resolve(BACKUPS));
                    installFunctions(dataSource);
                    if (demo != null) {
                        demo.fillIfEmpty(dataSource, progress);
                    }
                    progress.progress(-1, "startup.preparing"); // rights, then Hibernate: seconds (docs/benchmarks.md)
                    grant(dataSource, shared);
                }
                if (role != AppRole.OWNER) {
                    dataSource.close();
                    dataSource = pool(url, shared.user(role), shared.password(role), role);
                }
            } else {
                dataSource = pool(url, config.user(), config.password(), role);
                try (MigrationLock ignored = MigrationLock.acquire(config, progress)) {
                    progress.progress(-1, "startup.migrating");
                    if (role == AppRole.KIOSK) {
                        requireCurrent(dataSource, url);
                    } else {
                        // a store server's backup is its administrator's (pg_dump, README): none here
                        boolean migrated = migrate(dataSource, null) > 0;
                        installFunctions(dataSource);
                        if (demo != null) {
                            demo.fillIfEmpty(dataSource, progress);
                        }
                        grant(dataSource, migrated || role == AppRole.OWNER);
                    }
                }
            }
            progress.progress(-1, "startup.preparing");
            SessionFactory sessionFactory = sessionFactory(dataSource, role);
            log.info("Database ready as {}: {}", role, displayUrl);
            Database database = new Database(dataSource, sessionFactory, displayUrl, config);
            runWhenOpened(database);
            return database;
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (e instanceof DatabaseUnavailableException) {
                throw e;
            }
            throw new DatabaseUnavailableException(displayUrl, rootMessage(e), e);
        }
    }

    /** The embedded database: the grants and the apps' logins, every start (cheap when nothing changed). */
    private static void grant(DataSource owner, SharedH2 shared) {
        try (Connection c = owner.getConnection()) {
            DatabaseRights.apply(c);
            for (AppRole role : AppRole.values()) {
                if (role != AppRole.OWNER) {
                    DatabaseRights.ensureEmbeddedLogin(c, role, shared.password(role));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(String.valueOf(owner),
                    "Setting the apps' database rights failed: " + e.getMessage(), e);
        }
    }

    /**
     * An external database: the grants after a migration must be in place, so then a failure stops the start;
     * otherwise (the app's own user may not own the schema) it is only logged.
     */
    private static void grant(DataSource dataSource, boolean required) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseRights.apply(c);
        } catch (SQLException e) {
            if (required) {
                throw new DatabaseUnavailableException(String.valueOf(dataSource),
                        "Setting the apps' database rights failed: " + e.getMessage(), e);
            }
            log.info("Database rights left as they are (this user may not change them): {}", e.getMessage());
        }
    }

    /**
     * The kiosk never changes the schema: it only checks that whoever may has brought it up to date, and (on
     * PostgreSQL) that it was not given a user with staff's rights.
     */
    private static void requireCurrent(DataSource dataSource, String url) {
        MigrationInfo[] pending;
        try {
            pending = flyway(dataSource).info().pending();
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException(url,
                    "Cannot read the database schema's version: " + rootMessage(e), e);
        }
        if (pending.length > 0) {
            throw new DatabaseUnavailableException(url, "The database schema is older than this kiosk ("
                    + pending.length + " updates missing, first " + pending[0].getVersion()
                    + "): start the counter or the database tool with the owner's user first", null);
        }
        try (Connection c = dataSource.getConnection()) {
            if (DatabaseRights.isPostgres(c)) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select has_table_privilege('assistance_answer', 'INSERT')"
                             + " or has_table_privilege('profile_access', 'INSERT')")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        throw new DatabaseUnavailableException(url, "This kiosk's database user may write staff's"
                                + " answers or the access log: give the kiosk a user in the role "
                                + AppRole.KIOSK.databaseRole() + " (see README, PostgreSQL)", null);
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(url, "Cannot check this kiosk's database rights: " + e.getMessage(), e);
        }
    }

    private static HikariDataSource pool(String url, String user, String password, AppRole role) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(8);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(10_000);
        hikari.setExceptionOverrideClassName(LostConnections.class.getName());
        hikari.setPoolName("connectedstore-" + role.name().toLowerCase(Locale.ROOT));
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(url, rootMessage(e), e);
        }
    }

    /** System property: {@code false} leaves H2's commits in the operating system's cache (a measurement only). */
    public static final String SYNC_PROPERTY = "connectedstore.h2.syncCommits";

    /** Folder of the data folder where an embedded database is copied before a new version updates it. */
    public static final String BACKUPS = "backups";
    /** How long such a copy is kept. */
    static final int BACKUP_DAYS = 14;

    private static void backUp(DataSource dataSource, Path backups, MigrationInfoService info) {
        MigrationInfo[] pending = info.pending();
        String name = "connectedstore-" + LocalDate.now(ZoneOffset.UTC) + "-V" + info.current().getVersion()
                + "-to-V" + pending[pending.length - 1].getVersion() + ".zip";
        try {
            DataFolder.keepPrivate(backups);
            Path file = backups.resolve(name).toAbsolutePath();
            long started = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            Files.setPosixFilePermissions(file, DataFolder.FILE);
            log.info("Database copied to {} before updating its schema from version {} ({} ms)", file,
                    info.current().getVersion(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | UnsupportedOperationException e) {
            throw new DatabaseUnavailableException(String.valueOf(dataSource), "The database could not be copied"
                    + " before its update, so it was not updated: " + e.getMessage(), e);
        }
    }

    private static void pruneBackups(Path backups) {
        if (!Files.isDirectory(backups)) {
            return;
        }
        Instant cutoff = Instant.now().minus(Duration.ofDays(BACKUP_DAYS));
        try (var files = Files.list(backups)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".zip")).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.delete(file);
                    log.info("Deleted the database copy {}: older than {} days", file, BACKUP_DAYS);
                }
            }
        } catch (IOException e) {
            log.warn("Old database copies in {} could not be deleted: {}", backups, e.toString());
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    /**
     * Brings the schema up to date. An embedded database that holds data and is about to be updated by a new
     * version is first copied whole ({@code BACKUP TO}) into {@code backups}, named after the versions it goes from
     * and to, so a failed update loses nothing; copies older than {@link #BACKUP_DAYS} days are deleted at each
     * start (they hold customers' data: docs/security.md says how long).
     *
     * @param backups where the embedded database's copies go; null takes none
     * @return how many migrations ran
     */
    static int migrate(DataSource dataSource, Path backups) {
        try {
            Flyway flyway = flyway(dataSource);
            if (backups != null) {
                pruneBackups(backups);
                MigrationInfoService info = flyway.info();
                if (info.current() != null && info.pending().length > 0) {
                    backUp(dataSource, backups, info);
                }
            }
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException(String.valueOf(dataSource),
                    "Updating the database schema failed: " + rootMessage(e), e);
        }
    }

    /**
     * H2 only: the functions that rewrite freed pages after an erasure ({@link H2Pages}) and put commits on the disk
     * ({@link H2Durability}).
     */
    private static void installFunctions(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().startsWith("H2")) {
                s.execute(H2Pages.CREATE);
                s.execute(H2Durability.CREATE);
            }
        } catch (SQLException e) {
            log.warn("The H2 server cannot rewrite freed pages after an erasure (is it a server of our own?): {}",
                    rootMessage(e));
        }
    }

    private static SessionFactory sessionFactory(DataSource dataSource, AppRole role) {
        Configuration configuration = new Configuration();
        if (role == AppRole.KIOSK) {
            // the kiosk reads customers' rows only through the views of the card it was shown
            configuration.setStatementInspector(CardViews.inspector());
        }
        entities().forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
        configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        configuration.setProperty(AvailableSettings.ORDER_UPDATES, "true");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        return configuration.buildSessionFactory();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * The capabilities' {@link WhenOpened} steps (e.g. sales moving the payments kept in the data folder during an
     * outage onto the counter's list). Never fails the open.
     */
    private static void runWhenOpened(Database database) {
        for (WhenOpened step : ServiceLoader.load(WhenOpened.class, Database.class.getClassLoader())) {
            try {
                step.opened(database);
            } catch (RuntimeException e) {
                log.error("{} failed after the database opened: {}", step.getClass().getName(), rootMessage(e));
            }
        }
    }

    /** This machine's data folder the database was opened from (logs, local files), embedded or not. */
    public Path home() {
        return config.home();
    }

    public Transactor transactor() {
        return transactor;
    }

    /** The URL for messages and logs; never includes a password. */
    public String displayUrl() {
        return displayUrl;
    }

    /** Where this database lives: tests open the same one again with another app's rights. */
    DatabaseConfig config() {
        return config;
    }

    /** For bulk loaders (demo chain, benchmarks) that stream rows with plain JDBC batches. */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
    }

    /**
     * Serialises schema migration and demo filling between apps starting together on one machine.
     * PostgreSQL needs no file lock: Flyway locks there itself and the demo fill takes an advisory lock.
     */
    static final class MigrationLock implements AutoCloseable {
        private static final ReentrantLock IN_PROCESS =
                new ReentrantLock();
        private final FileChannel channel;
        private final FileLock lock;

        private MigrationLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static MigrationLock acquire(DatabaseConfig config, ProgressListener progress) {
            if (!config.embedded()) {
                return new MigrationLock(null, null);
            }
            // File locks are per process; the JVM lock keeps two opens inside one process (tests) apart too.
            IN_PROCESS.lock();
            try {
                Path file = Files.createDirectories(config.home().resolve("db")).resolve("migrate.lock");
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                DataFolder.keepPrivate(file.getParent());
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    progress.progress(-1, "startup.waitingForOtherApp");
                    lock = channel.lock();
                }
                return new MigrationLock(channel, lock);
            } catch (IOException | RuntimeException e) {
                IN_PROCESS.unlock();
                throw new DatabaseUnavailableException(config.home().toString(),
                        "Cannot lock the data folder: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                if (lock != null) {
                    lock.release();
                }
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                log.warn("Releasing the migration lock failed", e);
            } finally {
                if (channel != null) {
                    IN_PROCESS.unlock();
                }
            }
        }
    }
}
