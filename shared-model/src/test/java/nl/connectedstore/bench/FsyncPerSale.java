package nl.connectedstore.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.PostgresTestDatabase;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;

/**
 * Sells {@code sales} baskets at one self-checkout, on H2 (the embedded database, served by its own process) or on
 * PostgreSQL, after waiting for {@code go} to exist: scripts/fsync-per-sale.sh traces the database server's
 * {@code fsync} calls in that window only. Prints the server's process id for H2, READY, then each sale's time.
 *
 * <pre>h2|pg SALES GO-FILE</pre>
 */
public final class FsyncPerSale {

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int sales = Integer.parseInt(args[1]);
        Path go = Path.of(args[2]);
        DemoChain.Size size = new DemoChain.Size(300, 0, 0);
        Path home = Files.createTempDirectory("cs-fsync-");
        try (Database db = kind.equals("pg") ? PostgresTestDatabase.fresh("fsync_bench", size)
                : Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, size)) {
            CheckoutService checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout();
            StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            List<Long> carried = new CatalogService(db.transactor())
                    .search(ams, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                    .filter(p -> !p.soldByWeight() && p.price() != null && p.minimumAge() == 0)
                    .map(ProductCard::id).toList();
            if (!kind.equals("pg")) {
                System.out.println("SERVER " + Files.readString(home.resolve("db").resolve("server.pid")).strip());
            }
            System.out.println("READY");
            System.out.flush();
            while (!Files.exists(go)) {
                Thread.sleep(50);
            }
            Random random = new Random(1);
            SimulatedPaymentTerminal payments = new SimulatedPaymentTerminal();
            long[] nanos = new long[sales];
            long syncedBefore = db.transactor().syncedCommits();
            for (int i = 0; i < sales; i++) {
                List<CartLine> basket = new ArrayList<>();
                for (int n = 1 + random.nextInt(5); n > 0; n--) {
                    basket.add(CartLine.of(carried.get(random.nextInt(carried.size())), 1));
                }
                long start = System.nanoTime();
                if (!(checkout.checkout("AMS-CHECKOUT-1", basket, payments) instanceof CheckoutResult.Paid)) {
                    throw new IllegalStateException("not paid");
                }
                nanos[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "DONE %d sales, %d commits forced by the app, p50 %.2f ms, p95 %.2f ms%n",
                    sales, db.transactor().syncedCommits() - syncedBefore, nanos[sales / 2] / 1e6,
                    nanos[(int) (sales * 0.95)] / 1e6);
            System.out.flush();
        }
    }
}
