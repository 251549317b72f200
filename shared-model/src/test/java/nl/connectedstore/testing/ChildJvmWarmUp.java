package nl.connectedstore.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.SimulatedPaymentTerminal;

/**
 * What the tests' child JVMs do, once, so that {@link ChildJvm} can archive the classes it loads: create and fill a
 * small shared database, write to it, and sell one item at a till.
 */
public final class ChildJvmWarmUp {

    public static void main(String[] args) {
        try (Database db = Database.open(DatabaseConfig.embeddedIn(Path.of(args[0])), ProgressListener.NONE,
                new DemoChain.Size(100, 20, 5))) {
            long productId = db.transactor().read(s -> s.createNativeQuery(
                    "select min(p.id) from product p where p.minimum_age = 0 and p.sold_by_weight = false", Long.class)
                    .getSingleResult());
            db.transactor().write(s -> s.createNativeMutationQuery(
                    "update stock_level set quantity = quantity + 1000 where product_id = :p")
                    .setParameter("p", productId).executeUpdate());
            CheckoutResult result = Services.on(db.transactor(), Clock.systemUTC()).checkout()
                    .checkout("AMS-CHECKOUT-1", List.of(CartLine.of(productId, 1)), new SimulatedPaymentTerminal());
            if (!(result instanceof CheckoutResult.Paid)) {
                throw new IllegalStateException("The warm-up sale was not paid: " + result);
            }
            System.out.println("OK");
        }
    }
}
