package nl.connectedstore.persistence;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.PessimisticLockException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unit of work = one session and one transaction, closed at its end. After an exception the
 * session is rolled back and thrown away, never reused (Hibernate's own advice).
 */
public final class Transactor {

    private static final Logger log = LoggerFactory.getLogger(Transactor.class);

    private final SessionFactory sessionFactory;
    private final ConnectionWatch watch;
    /** The card number this transactor's units of work present ({@link #asHolderOf}), or null. */
    private final String card;
    /** H2: each unit of work that wrote is forced to the disk after its commit ({@link H2Durability}). */
    private final Durability durability;

    Transactor(SessionFactory sessionFactory, ConnectionWatch watch, boolean syncAfterCommit) {
        this(sessionFactory, watch, null, new Durability(syncAfterCommit));
    }

    private Transactor(SessionFactory sessionFactory, ConnectionWatch watch, String card, Durability durability) {
        this.sessionFactory = sessionFactory;
        this.watch = watch;
        this.card = card;
        this.durability = durability;
    }

    /** Whether commits are forced to the disk here, and how many were (for tests and benchmarks). */
    static final class Durability {
        private volatile boolean on;
        private final AtomicLong synced = new AtomicLong();

        Durability(boolean on) {
            this.on = on;
        }
    }

    /** How many commits this database's units of work forced to the disk ({@link H2Durability}); 0 on PostgreSQL. */
    public long syncedCommits() {
        return durability.synced.get();
    }

    /**
     * The same database, read as the holder of card {@code cardNumber}: each unit of work first tells the database
     * which card was shown (H2 {@code @card}, PostgreSQL {@code connectedstore.card}), so the kiosk's views
     * ({@link CardViews}) show that card's holder and nobody else. The value is set inside the unit of work and
     * gone at its end (PostgreSQL: transaction-local; H2: reset before the connection goes back to the pool), so
     * it never reaches the next use of a pooled connection. The kiosk's login reads customers only this way; for
     * the owner and the counter it changes nothing.
     */
    public Transactor asHolderOf(String cardNumber) {
        if (cardNumber == null || cardNumber.isBlank()) {
            throw new IllegalArgumentException("A card number is needed to read as its holder");
        }
        return new Transactor(sessionFactory, watch, cardNumber, durability);
    }

    /** Runs {@code work} in a read-write transaction and commits it. */
    public <T> T write(Function<Session, T> work) {
        return run(work, false);
    }

    /**
     * One step of a bigger unit of work: runs {@code work} inside the read-write unit of work this thread is already
     * in on the same database as the same card holder (not a read-only one: then in its own transaction) (a {@link #write} or {@link #writeRetrying} further up the
     * call), so it commits or rolls back with it; with none open, in a read-write transaction of its own, like
     * {@link #write}. This is how a use case that spans capabilities (erasure: orders, feedback, ...) asks each
     * capability's own service for its part without handing a {@link Session} across packages: the service keeps
     * its tables and queries, the caller keeps the one transaction.
     */
    public <T> T writeJoining(Function<Session, T> work) {
        Open open = OPEN.get();
        if (open != null && !open.readOnly && joins(open)) {
            return work.apply(open.session);
        }
        return write(work);
    }

    /**
     * A read that is one step of a bigger unit of work: runs {@code work} inside the unit of work (read or write)
     * this thread is already in on the same database as the same card holder, so it sees what that unit of work
     * sees (one consistent document, say); with none open, in a read-only transaction of its own, like
     * {@link #read}.
     */
    public <T> T readJoining(Function<Session, T> work) {
        Open open = OPEN.get();
        if (open != null && joins(open)) {
            return work.apply(open.session);
        }
        return read(work);
    }

    private boolean joins(Open open) {
        return open.factory == sessionFactory && Objects.equals(open.card, card);
    }

    /** The unit of work running on this thread, which {@link #writeJoining} and {@link #readJoining} join. */
    private record Open(SessionFactory factory, String card, Session session, boolean readOnly) {
    }

    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    /**
     * Runs {@code work} in a read-write transaction, again (after a short random pause that grows with each
     * attempt) when another terminal changed or locked the same rows meanwhile ({@link #isConflict}), up to
     * {@value #MAX_ATTEMPTS} times. The work must be safe to redo: it reads what it changes inside the transaction.
     *
     * @throws StillBusyException when every attempt met a conflict: a typed failure the screens turn into "busy,
     *                            please try again", never a raw persistence exception
     */
    public <T> T writeRetrying(Function<Session, T> work) {
        return writeRetrying(work, Retry.ON_CONFLICT);
    }

    /**
     * How {@link #writeRetrying(Function, Retry)} tries again: at most {@code maxAttempts} times, only after a
     * failure {@code worthRetrying} says another transaction caused, with a random pause of 1 to about
     * {@code pauseStepMillis * min(attempt, maxPauseSteps)} ms between attempts.
     */
    public record Retry(int maxAttempts, Predicate<Throwable> worthRetrying, int pauseStepMillis, int maxPauseSteps) {
        /** Any conflict ({@link #isConflict}), {@value #MAX_ATTEMPTS} attempts, pauses growing to about 100 ms. */
        public static final Retry ON_CONFLICT = new Retry(MAX_ATTEMPTS, Transactor::isConflict, 4, MAX_PAUSE_STEPS);

        public Retry {
            if (maxAttempts < 1 || pauseStepMillis < 1 || maxPauseSteps < 1) {
                throw new IllegalArgumentException("A retry needs at least one attempt and a pause");
            }
        }
    }

    /**
     * The one retry-on-conflict loop (sales, the access log and every {@link #writeRetrying(Function)} use it):
     * runs {@code work} in a read-write transaction, again while it fails in a way {@code retry} says is worth
     * another attempt. A failure that is not is thrown at once.
     *
     * @throws StillBusyException when every attempt failed in a way worth retrying (its cause is the last failure)
     */
    public <T> T writeRetrying(Function<Session, T> work, Retry retry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write(work);
            } catch (RuntimeException e) {
                if (!retry.worthRetrying().test(e)) {
                    throw e;
                }
                if (attempt >= retry.maxAttempts()) {
                    log.warn("Gave up after {} attempts, each changed meanwhile by another terminal: {}", attempt,
                            e.toString());
                    throw new StillBusyException(attempt, e);
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current()
                            .nextInt(1, 2 + Math.min(attempt, retry.maxPauseSteps()) * retry.pauseStepMillis()));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StillBusyException(attempt, e);
                }
            }
        }
    }

    /** How often {@link #writeRetrying} tries before giving up with {@link StillBusyException}. */
    public static final int MAX_ATTEMPTS = 40;
    /** The random pause grows to at most about 100 ms, so all attempts together take a few seconds at most. */
    private static final int MAX_PAUSE_STEPS = 25;

    /**
     * SQLStates that mean "another transaction got there first, try again": PostgreSQL's serialization failure
     * (40001, also H2's deadlock) and deadlock (40P01), a lock not available (55P03, PostgreSQL's lock timeout and
     * NOWAIT), H2's lock timeout (HYT00) and a unique key taken by a concurrent insert (23505).
     */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "55P03", "HYT00",
            "23505");

    /**
     * Whether this failure is another transaction having changed or locked the same rows first. A broken foreign
     * key, a missing value or a failed check is not: trying again would fail the same way.
     */
    public static boolean isConflict(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof StaleStateException // StaleObjectStateException among them
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof PessimisticLockException
                    || t instanceof LockAcquisitionException) {
                return true;
            }
            if (t instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null && depth < 32; next = next.getNextException(),
                        depth++) {
                    if (next.getSQLState() != null && CONFLICT_STATES.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * After personal data was deleted (an erasure): makes the database overwrite what the deleted rows left in its
     * files, so the data is gone from the disk too, not only from the tables. H2 rewrites its file with the live
     * pages only ({@link H2Pages}); PostgreSQL rewrites {@code tables} with {@code VACUUM FULL}
     * ({@link PostgresPages}), which only their owner may do: a terminal connected with fewer rights logs that the rewrite waits for the database's own
     * maintenance (docs/security.md). Never fails the erasure it follows: a failure is logged for staff.
     */
    public void rewriteFreedPages(List<String> tables) {
        try (Session session = sessionFactory.openSession()) {
            session.doWork(connection -> {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    String product = connection.getMetaData().getDatabaseProductName();
                    if (product.startsWith("H2")) {
                        statement.execute("call " + H2Pages.FUNCTION + "()");
                    } else if (product.startsWith("PostgreSQL")) {
                        PostgresPages.rewrite(statement, tables, sessionFactory);
                    }
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            });
        } catch (RuntimeException e) {
            log.error("Rewriting the database pages after an erasure failed; the erased rows may stay in the"
                    + " database files until they are reused: {}", Database.rootMessage(e));
        }
    }

    /**
     * After the commit: the database server forces it to the disk before the caller (and the customer) hears it
     * went through. A server without the function (an H2 server not started by us) is told once in the log; the
     * commit stands either way.
     */
    private void syncToDisk(Session session) {
        try {
            session.doWork(connection -> {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("call " + H2Durability.FUNCTION + "()");
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            });
            durability.synced.incrementAndGet();
        } catch (RuntimeException e) {
            durability.on = false;
            log.error("Commits are not forced to the disk on this H2 server ({}): a power cut may lose the last"
                    + " ones", Database.rootMessage(e));
        }
    }

    /** Runs {@code work} in a read-only transaction: no dirty checking, no flush. */
    public <T> T read(Function<Session, T> work) {
        return run(work, true);
    }

    /**
     * Whether this failure means the database is out of reach. Such a failure is logged once per outage by the
     * transactor that met it; callers that poll need not log it again.
     */
    public static boolean isConnectionLoss(Throwable e) {
        return ConnectionWatch.isConnectionLoss(e);
    }

    /**
     * Asks the database the cheapest question there is (a terminal's heartbeat, {@code StoreLink}).
     *
     * @return true: it answered
     * @throws RuntimeException as any unit of work does when it cannot ({@link #isConnectionLoss} tells an outage)
     */
    public boolean ping() {
        return read(s -> s.createNativeQuery("select 1", Integer.class).getSingleResult()) != null;
    }

    /** Whether the last unit of work found the database out of reach (logged once per outage). */
    public boolean connectionLost() {
        return watch.lost();
    }

    private <T> T run(Function<Session, T> work, boolean readOnly) {
        try {
            T result = runOnce(work, readOnly);
            watch.succeeded();
            return result;
        } catch (RuntimeException | Error e) {
            watch.failed(e);
            throw e;
        }
    }

    private <T> T runOnce(Function<Session, T> work, boolean readOnly) {
        Open outer = OPEN.get();
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(readOnly);
            Transaction tx = session.beginTransaction();
            OPEN.set(new Open(sessionFactory, card, session, readOnly));
            try {
                if (card != null) {
                    session.doWork(c -> CardViews.present(c, card));
                }
                T result = work.apply(session);
                if (card != null) {
                    // before the commit: Hibernate hands the connection back to the pool at the transaction's end
                    session.doWork(CardViews::forget);
                }
                tx.commit();
                if (!readOnly && outer == null && durability.on) {
                    syncToDisk(session);
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (card != null && tx.isActive()) {
                    try {
                        session.doWork(CardViews::forget);
                    } catch (RuntimeException forgetFailure) {
                        log.warn("Could not clear the card a failed unit of work presented: {}",
                                Database.rootMessage(forgetFailure));
                        e.addSuppressed(forgetFailure);
                    }
                }
                if (tx.isActive()) {
                    try {
                        tx.rollback();
                    } catch (RuntimeException rollbackFailure) {
                        e.addSuppressed(rollbackFailure);
                    }
                }
                throw e;
            } finally {
                if (outer == null) {
                    OPEN.remove();
                } else {
                    OPEN.set(outer);
                }
            }
        }
    }
}
