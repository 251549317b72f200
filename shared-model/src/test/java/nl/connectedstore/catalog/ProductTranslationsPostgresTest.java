package nl.connectedstore.catalog;

import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.PostgresAppLogin;
import nl.connectedstore.persistence.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Products and locations in the customer's language on PostgreSQL, through the kiosk's own login. */
class ProductTranslationsPostgresTest extends ProductTranslationsContract {

    @BeforeAll
    static void open() {
        owner = PostgresTestDatabase.fresh("translations", new DemoChain.Size(200, 300, 10));
        kiosk = PostgresAppLogin.as(owner, AppRole.KIOSK);
        setUp();
    }

    @AfterAll
    static void close() {
        kiosk.close();
        owner.close();
    }
}
