package nl.connectedstore.store;

import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;

/** The PIN guessing limits on PostgreSQL: the count, the pause and the lock live in its rows too. */
class PinGuardPostgresTest extends PinGuardTest {

    private static Database postgres;

    @Override
    protected synchronized Database database() {
        if (postgres == null) {
            postgres = PostgresTestDatabase.fresh("pin_guard", new DemoChain.Size(300, 200, 10));
        }
        return postgres;
    }

    @AfterAll
    static void closePostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
