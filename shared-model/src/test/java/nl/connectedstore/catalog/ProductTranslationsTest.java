package nl.connectedstore.catalog;

import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.DemoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Products and locations in the customer's language on H2, through the kiosk's login. */
class ProductTranslationsTest extends ProductTranslationsContract {

    @BeforeAll
    static void open() {
        owner = DemoDatabase.fresh("translations-", new DemoChain.Size(200, 300, 10));
        kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
        setUp();
    }

    @AfterAll
    static void close() {
        kiosk.close();
        owner.close();
    }
}
