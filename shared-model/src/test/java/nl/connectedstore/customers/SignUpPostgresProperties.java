package nl.connectedstore.customers;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.PostgresTestDatabase;

/**
 * The sign-up property on PostgreSQL, which (unlike H2) refuses NUL in text: whatever is typed is refused with a
 * reason or stored as typed and exportable, and nothing reaches the database that it would reject.
 */
class SignUpPostgresProperties extends SignUpProperties {

    private static Database postgres;

    private static synchronized Database postgres() {
        if (postgres == null) {
            postgres = PostgresTestDatabase.fresh("signup_properties", new DemoChain.Size(100, 0, 0));
        }
        return postgres;
    }

    @AfterContainer
    static void closePostgres() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    @Override
    @Property(tries = 100)
    void whatIsTypedIsRefusedWithAReasonOrStoredAsTypedAndExportable(@ForAll("signUps") CustomerService.SignUp who)
            throws Exception {
        net.jqwik.api.statistics.Statistics.label("outcome").collect(signUpReadBack(postgres(), who));
    }
}
