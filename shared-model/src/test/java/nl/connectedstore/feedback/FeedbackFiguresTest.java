package nl.connectedstore.feedback;

import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The figures on an embedded H2 file. */
class FeedbackFiguresTest extends FeedbackFiguresContract {

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("feedback-figures-", new DemoChain.Size(100, 40, 10));
        setUp();
    }

    @AfterAll
    static void close() {
        db.close();
    }
}
