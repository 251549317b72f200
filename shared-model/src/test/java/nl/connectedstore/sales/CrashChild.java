package nl.connectedstore.sales;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.testing.Services;

/**
 * A till that sells one item after another and prints "ACK n" the moment sale n is confirmed to the
 * customer, until it is killed. Used by {@link CrashHarness}.
 */
public final class CrashChild {

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        String till = args[1];
        long productId = Long.parseLong(args[2]);
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE)) {
            CheckoutService checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout();
            SimulatedPaymentTerminal payments = new SimulatedPaymentTerminal();
            System.out.println("READY");
            System.out.flush();
            while (true) {
                CheckoutResult.Paid paid = (CheckoutResult.Paid) checkout.checkout(till,
                        List.of(CartLine.of(productId, 1)), payments);
                System.out.println("ACK " + paid.receipt().receiptNumber());
                System.out.flush();
            }
        }
    }
}
