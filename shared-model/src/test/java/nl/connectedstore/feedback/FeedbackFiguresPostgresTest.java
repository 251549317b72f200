package nl.connectedstore.feedback;

import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The figures on PostgreSQL: the same hand-worked week, roll-up and recount. */
class FeedbackFiguresPostgresTest extends FeedbackFiguresContract {

    @BeforeAll
    static void open() {
        db = PostgresTestDatabase.fresh("feedback_figures", new DemoChain.Size(100, 40, 10));
        setUp();
    }

    @AfterAll
    static void close() {
        db.close();
    }
}
