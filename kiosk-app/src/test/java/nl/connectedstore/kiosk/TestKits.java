package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.PrivacyPortal;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.testing.Services;

/** The tests' one place to build the kiosk's kits as {@code KioskApp} does, on one database and clock. */
final class TestKits {

    private TestKits() {
    }

    static LoyaltyKit loyalty(Transactor tx, Clock clock, Path exportDir) {
        return new LoyaltyKit(Services.on(tx, clock).customers(), new ConsentService(tx, clock),
                Services.on(tx, clock).privacyPortal(), Services.on(tx, clock).arrivals(), exportDir, clock);
    }
}
