package nl.connectedstore.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javax.sql.DataSource;
import nl.connectedstore.catalog.Category;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.customers.LoyaltyCard;
import nl.connectedstore.inventory.StockLevel;
import nl.connectedstore.sales.Payment;
import nl.connectedstore.sales.Sale;
import nl.connectedstore.sales.SaleLine;
import nl.connectedstore.store.StaffMember;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.Terminal;
import nl.connectedstore.store.VatRate;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
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

    static final List<Class<?>> ENTITIES = List.of(
            Store.class, Terminal.class, StaffMember.class, VatRate.class,
            Category.class, Product.class, StockLevel.class,
            Customer.class, LoyaltyCard.class,
            Sale.class, SaleLine.class, Payment.class, nl.connectedstore.sales.ReceiptCounter.class,
            nl.connectedstore.assistance.AssistanceRequest.class, nl.connectedstore.consent.ConsentFact.class,
            nl.connectedstore.consent.ProfileAccess.class, nl.connectedstore.consent.AccessLogKey.class,
            nl.connectedstore.consent.AccessLogHead.class,
            nl.connectedstore.clienteling.Arrival.class, nl.connectedstore.suggest.SuggestionOutcome.class,
            nl.connectedstore.inventory.Reservation.class, nl.connectedstore.orders.CustomerOrder.class,
            nl.connectedstore.orders.OrderLine.class, nl.connectedstore.orders.OrderEvent.class,
            nl.connectedstore.store.PinEntryState.class, nl.connectedstore.store.PinFailure.class,
            nl.connectedstore.sales.PaymentToResolve.class);

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final Transactor transactor;
    private final String displayUrl;
    private final Path home;

    private Database(HikariDataSource dataSource, SessionFactory sessionFactory,
                     String displayUrl, Path home) {
        this.home = home;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.transactor = new Transactor(sessionFactory);
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
     * Opens the database and, when it holds no stores yet, fills it with the demo chain of {@code demo}
     * size (null: never). Migration and filling run under one lock, so two apps starting together on a
     * fresh machine fill it once.
     */
    public static Database open(DatabaseConfig config, ProgressListener progress, DemoChain.Size demo) {
        progress.progress(-1, "startup.connecting");
        SharedH2 shared = config.embedded() ? SharedH2.start(config.home(), config.h2Port(), progress) : null;
        String url = shared != null ? shared.url() : config.url();
        String user = shared != null ? shared.user() : config.user();
        String password = shared != null ? shared.password() : config.password();
        String displayUrl = url;
        HikariDataSource dataSource = null;
        try {
            dataSource = pool(url, user, password);
            try (MigrationLock ignored = MigrationLock.acquire(config, progress)) {
                progress.progress(-1, "startup.migrating");
                migrate(dataSource);
                installFunctions(dataSource);
                if (demo != null) {
                    DemoChain.fillIfEmpty(dataSource, demo, progress);
                }
            }
            SessionFactory sessionFactory = sessionFactory(dataSource);
            log.info("Database ready: {}", displayUrl);
            Database database = new Database(dataSource, sessionFactory, displayUrl, config.home());
            importPaymentsToResolve(database);
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

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(8);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(10_000);
        hikari.setPoolName("connectedstore");
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(url, rootMessage(e), e);
        }
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException(String.valueOf(dataSource),
                    "Updating the database schema failed: " + rootMessage(e), e);
        }
    }

    /** H2 only: the function that rewrites freed pages after an erasure ({@link H2Pages}). */
    private static void installFunctions(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().startsWith("H2")) {
                s.execute(H2Pages.CREATE);
            }
        } catch (java.sql.SQLException e) {
            log.warn("The H2 server cannot rewrite freed pages after an erasure (is it a server of our own?): {}",
                    rootMessage(e));
        }
    }

    private static SessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration();
        ENTITIES.forEach(configuration::addAnnotatedClass);
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
     * Approved payments that could be neither recorded nor reversed while the database was unreachable wait in a
     * file in this machine's data folder: now that it is open, they go onto the counter's list. Never fails the open.
     */
    private static void importPaymentsToResolve(Database database) {
        try {
            nl.connectedstore.sales.PaymentsToResolve.of(database, java.time.Clock.systemUTC()).importFile();
        } catch (RuntimeException e) {
            log.error("Payments to resolve kept in the data folder could not be moved into the database yet: {}",
                    rootMessage(e));
        }
    }

    /** This machine's data folder the database was opened from (logs, local files), embedded or not. */
    public Path home() {
        return home;
    }

    public Transactor transactor() {
        return transactor;
    }

    /** The URL for messages and logs; never includes a password. */
    public String displayUrl() {
        return displayUrl;
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
        private static final java.util.concurrent.locks.ReentrantLock IN_PROCESS =
                new java.util.concurrent.locks.ReentrantLock();
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
