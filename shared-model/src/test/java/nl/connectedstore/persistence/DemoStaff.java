package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.store.PinCheck;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/** Demo staff signed in for tests: PIN 1234 is each store's manager, 2345 its clerk (see DemoChain). */
public final class DemoStaff {

    private DemoStaff() {
    }

    public static StaffSession signIn(Database db, String storeCode, String pin) {
        return signIn(db, storeCode, pin, java.time.Clock.systemUTC());
    }

    /** Signed in at {@code clock}'s time: for tests whose services run on a clock they move. */
    public static StaffSession signIn(Database db, String storeCode, String pin, java.time.Clock clock) {
        StoreService stores = Services.on(db.transactor(), clock).stores();
        PinCheck check = stores.signIn(storeCode + "-COUNTER-1", pin.toCharArray());
        if (check instanceof PinCheck.Accepted accepted) {
            return accepted.staff();
        }
        throw new IllegalStateException("Demo PIN " + pin + " refused at " + storeCode + ": " + check);
    }
}
