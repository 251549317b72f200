package nl.connectedstore.persistence;

import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unit of work = one session and one transaction, closed at its end. After an exception the
 * session is rolled back and thrown away, never reused (Hibernate's own advice).
 */
public final class Transactor {

    private static final Logger log = LoggerFactory.getLogger(Transactor.class);
    private final SessionFactory sessionFactory;

    Transactor(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Runs {@code work} in a read-write transaction and commits it. */
    public <T> T write(Function<Session, T> work) {
        return run(work, false);
    }

    /**
     * Runs {@code work} in a read-write transaction, again (after a short random pause) when another terminal
     * changed the same rows meanwhile ({@link #isConflict}), up to {@value #MAX_ATTEMPTS} times. The work must be
     * safe to redo: it reads what it changes inside the transaction.
     */
    public <T> T writeRetrying(Function<Session, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write(work);
            } catch (RuntimeException e) {
                if (!isConflict(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 20) * 2));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** How often {@link #writeRetrying} tries before giving the conflict to the caller. */
    public static final int MAX_ATTEMPTS = 20;

    /** Whether this failure is another transaction having changed or locked the same rows first. */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * After personal data was deleted (an erasure): makes the database overwrite what the deleted rows left in its
     * files, so the data is gone from the disk too, not only from the tables. H2 rewrites its file with the live
     * pages only ({@link H2Pages}); PostgreSQL rewrites {@code tables} with {@code VACUUM FULL}, which only their
     * owner may do: a terminal connected with fewer rights logs that the rewrite waits for the database's own
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
                        for (String table : tables) {
                            statement.execute("vacuum full " + table);
                            if (statement.getWarnings() != null) {
                                log.warn("Erased rows of {} stay in the database files until the owner's"
                                        + " maintenance rewrites them: {}", table, statement.getWarnings().getMessage());
                            }
                        }
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

    /** Runs {@code work} in a read-only transaction: no dirty checking, no flush. */
    public <T> T read(Function<Session, T> work) {
        return run(work, true);
    }

    private <T> T run(Function<Session, T> work, boolean readOnly) {
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(readOnly);
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    try {
                        tx.rollback();
                    } catch (RuntimeException rollbackFailure) {
                        e.addSuppressed(rollbackFailure);
                    }
                }
                throw e;
            }
        }
    }
}
