package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.PrivacyPortal;
import nl.connectedstore.persistence.Transactor;

/** The tests' one place to build the kiosk's kits as {@code KioskApp} does, on one database and clock. */
final class TestKits {

    private TestKits() {
    }

    static LoyaltyKit loyalty(Transactor tx, Clock clock, Path exportDir) {
        return new LoyaltyKit(new CustomerService(tx, clock), new ConsentService(tx, clock),
                new PrivacyPortal(tx, clock), new ArrivalService(tx, clock), exportDir, clock);
    }
}
