package nl.connectedstore.feedback;

import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.PostgresAppLogin;
import nl.connectedstore.persistence.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Giving feedback on PostgreSQL, with a kiosk login of its own (column grants on the author link's ids). */
class FeedbackServicePostgresTest extends FeedbackServiceContract {

    @BeforeAll
    static void open() {
        owner = PostgresTestDatabase.fresh("feedback_service", new DemoChain.Size(100, 20, 10));
        kiosk = PostgresAppLogin.as(owner, AppRole.KIOSK);
        setUp();
    }

    @AfterAll
    static void close() {
        kiosk.close();
        owner.close();
    }
}
