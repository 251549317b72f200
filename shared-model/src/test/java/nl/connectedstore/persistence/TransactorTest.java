package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which failures are "another terminal got there first, try again", and what is left when trying runs out. */
class TransactorTest {

    private static Database db;

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("transactor-test-", new DemoChain.Size(100, 0, 0));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static RuntimeException jdbc(String sqlState) {
        return new GenericJDBCException("could not execute statement", new SQLException("boom", sqlState));
    }

    @Test
    void aRowChangedOrLockedMeanwhileIsAConflict() {
        assertThat(Transactor.isConflict(new OptimisticLockException("changed"))).isTrue();
        assertThat(Transactor.isConflict(new StaleObjectStateException("Reservation", 7L))).isTrue();
        assertThat(Transactor.isConflict(new jakarta.persistence.RollbackException("commit failed",
                new OptimisticLockException("changed")))).isTrue();
        assertThat(Transactor.isConflict(jdbc("40001"))).as("serialization failure").isTrue();
        assertThat(Transactor.isConflict(jdbc("40P01"))).as("deadlock").isTrue();
        assertThat(Transactor.isConflict(jdbc("55P03"))).as("lock not available").isTrue();
        SQLException batch = new java.sql.BatchUpdateException("batch failed", "25000", new int[0]);
        batch.setNextException(new SQLException("could not serialize access", "40001"));
        assertThat(Transactor.isConflict(new GenericJDBCException("batch", batch))).as("inside a batch").isTrue();
        assertThat(Transactor.isConflict(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "insert", "uk_order_code"))).isTrue();
    }

    @Test
    void aBrokenRuleIsNoConflictBecauseTryingAgainFailsTheSameWay() {
        assertThat(Transactor.isConflict(new ConstraintViolationException("fk",
                new SQLException("violates foreign key", "23503"), "insert",
                ConstraintViolationException.ConstraintKind.FOREIGN_KEY, "fk_x"))).isFalse();
        assertThat(Transactor.isConflict(new ConstraintViolationException("null",
                new SQLException("null value", "23502"), "insert",
                ConstraintViolationException.ConstraintKind.NOT_NULL, "name"))).isFalse();
        assertThat(Transactor.isConflict(jdbc("22001"))).as("value too long").isFalse();
        assertThat(Transactor.isConflict(new IllegalArgumentException("no such order"))).isFalse();
    }

    @Test
    void aConflictThatClearsUpIsTriedAgainUntilItSucceeds() {
        assertThat(succeedsAfterConflicts(db, 5)).isEqualTo(6);
    }

    @Test
    void aConflictThatNeverClearsEndsInATypedFailureAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> db.transactor().writeRetrying(session -> {
            calls.incrementAndGet();
            throw new OptimisticLockException("changed by another terminal");
        }))
                .isInstanceOf(StillBusyException.class)
                .hasCauseInstanceOf(OptimisticLockException.class)
                .satisfies(e -> assertThat(((StillBusyException) e).attempts()).isEqualTo(Transactor.MAX_ATTEMPTS));
        assertThat(calls).hasValue(Transactor.MAX_ATTEMPTS);
    }

    @Test
    void anythingElseIsNotTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> db.transactor().writeRetrying(session -> {
            calls.incrementAndGet();
            throw new IllegalStateException("not allowed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
    }

    /** For any database: work that conflicts {@code conflicts} times, then succeeds; returns how often it ran. */
    static int succeedsAfterConflicts(Database database, int conflicts) {
        AtomicInteger calls = new AtomicInteger();
        return database.transactor().writeRetrying(session -> {
            if (calls.incrementAndGet() <= conflicts) {
                throw new OptimisticLockException("changed by another terminal");
            }
            return calls.get();
        });
    }

    @Test
    void aJoiningStepCommitsAndRollsBackWithTheUnitOfWorkItRunsIn() {
        Transactor tx = db.transactor();
        java.util.function.Function<String, Integer> insert = name -> tx.writeJoining(s -> s.createNativeMutationQuery(
                        "insert into app_setting (setting_name, setting_value) values (:n, 'x')")
                .setParameter("n", name).executeUpdate());

        assertThatThrownBy(() -> tx.write(session -> {
            insert.apply("joined-then-rolled-back");
            throw new IllegalStateException("a later step fails");
        })).hasMessage("a later step fails");
        tx.write(session -> insert.apply("joined-and-committed"));
        insert.apply("on-its-own");

        assertThat(settings(tx, "joined-then-rolled-back")).as("rolled back with the unit of work it joined").isZero();
        assertThat(settings(tx, "joined-and-committed")).isOne();
        assertThat(settings(tx, "on-its-own")).as("with none open, its own transaction").isOne();
    }

    @Test
    void aJoiningReadSeesWhatTheUnitOfWorkItRunsInHasWrittenSoFar() {
        Transactor tx = db.transactor();
        long seen = tx.write(session -> {
            session.createNativeMutationQuery("insert into app_setting (setting_name, setting_value)"
                    + " values ('written-not-yet-committed', 'x')").executeUpdate();
            return tx.readJoining(s -> s.createNativeQuery(
                    "select count(*) from app_setting where setting_name = 'written-not-yet-committed'", Long.class)
                    .getSingleResult());
        });
        assertThat(seen).as("read inside the same transaction").isOne();
    }

    private static long settings(Transactor tx, String name) {
        return tx.read(s -> s.createNativeQuery("select count(*) from app_setting where setting_name = :n",
                Long.class).setParameter("n", name).getSingleResult());
    }
}
