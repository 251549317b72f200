package nl.connectedstore.feedback;

import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Giving feedback on an embedded H2 file, with the kiosk's login. */
class FeedbackServiceTest extends FeedbackServiceContract {

    @BeforeAll
    static void open() {
        owner = DemoDatabase.fresh("feedback-service-", new DemoChain.Size(100, 20, 10));
        kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
        setUp();
    }

    @AfterAll
    static void close() {
        kiosk.close();
        owner.close();
    }
}
