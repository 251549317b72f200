package nl.connectedstore.persistence;

import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * One unit of work = one session and one transaction, closed at its end. After an exception the
 * session is rolled back and thrown away, never reused (Hibernate's own advice).
 */
public final class Transactor {

    private final SessionFactory sessionFactory;

    Transactor(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Runs {@code work} in a read-write transaction and commits it. */
    public <T> T write(Function<Session, T> work) {
        return run(work, false);
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
