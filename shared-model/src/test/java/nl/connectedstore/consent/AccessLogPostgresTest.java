package nl.connectedstore.consent;

import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.PostgresTestDatabase;

/** The access log's tamper checks (edit, delete in the middle, delete at the end, recompute) on PostgreSQL. */
class AccessLogPostgresTest extends AccessLogTest {

    @Override
    protected Database openDatabase() {
        return PostgresTestDatabase.fresh("access_log", new DemoChain.Size(100, 10, 5));
    }
}
