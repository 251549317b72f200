package nl.connectedstore.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * Sales per second and time per sale (quote, simulated payment, commit of sale + payment + receipt number +
 * stock) with 1 and with 8 tills selling at once, on the demo chain in the shared embedded H2 database
 * with durable commits. Each till sells baskets of 1 to 5 random items its store carries (no 18+ items:
 * at a self-checkout those need a clerk's approval first).
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.bench.SalesBench</pre>
 */
public final class SalesBench {

    private static final List<String> TILLS = List.of("AMS-CHECKOUT-1", "AMS-KIOSK-1", "AMS-COUNTER-1",
            "GNT-CHECKOUT-1", "GNT-KIOSK-1", "GNT-COUNTER-1", "CPH-CHECKOUT-1", "CPH-KIOSK-1");

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("cs-sales-")),
                ProgressListener.NONE, DemoChain.Size.DEMO)) {
            CheckoutService checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout();
            StoreService stores = Services.on(db.transactor()).stores();
            CatalogService catalog = new CatalogService(db.transactor());
            java.util.Map<String, List<Long>> productsByStore = new java.util.HashMap<>();
            for (String code : List.of("AMS", "GNT", "CPH")) {
                StoreInfo store = stores.store(code).orElseThrow();
                productsByStore.put(code, catalog.search(store, new SearchQuery("", null, SearchQuery.MAX_LIMIT))
                        .stream().filter(p -> !p.soldByWeight() && p.price() != null && p.minimumAge() == 0)
                        .map(ProductCard::id).toList());
            }
            run(checkout, productsByStore, 1, 400);
            System.out.println("| tills | sales | sales/s | p50 ms | p95 ms | p99 ms |");
            System.out.println("|---:|---:|---:|---:|---:|---:|");
            run(checkout, productsByStore, 1, 1_000).print(1);
            run(checkout, productsByStore, 8, 250).print(8);
        }
    }

    record Result(int sales, double seconds, long[] nanos) {
        void print(int tills) {
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "| %d | %,d | %.0f | %.2f | %.2f | %.2f |%n", tills, sales, sales / seconds,
                    nanos[sales / 2] / 1e6, nanos[(int) (sales * 0.95)] / 1e6, nanos[(int) (sales * 0.99)] / 1e6);
        }
    }

    private static Result run(CheckoutService checkout, java.util.Map<String, List<Long>> products, int tills,
                              int salesPerTill) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        long[] nanos = new long[tills * salesPerTill];
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < tills; t++) {
            int till = t;
            done.add(pool.submit(() -> {
                Random random = new Random(till);
                String code = TILLS.get(till);
                List<Long> carried = products.get(code.substring(0, 3));
                SimulatedPaymentTerminal payments = new SimulatedPaymentTerminal();
                for (int i = 0; i < salesPerTill; i++) {
                    List<CartLine> basket = new ArrayList<>();
                    int items = 1 + random.nextInt(5);
                    java.util.Set<Long> chosen = new java.util.HashSet<>();
                    while (chosen.size() < items) {
                        chosen.add(carried.get(random.nextInt(carried.size())));
                    }
                    chosen.forEach(id -> basket.add(CartLine.of(id, 1)));
                    long s = System.nanoTime();
                    if (!(checkout.checkout(code, basket, payments) instanceof CheckoutResult.Paid)) {
                        throw new IllegalStateException("not paid");
                    }
                    nanos[till * salesPerTill + i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(tills * salesPerTill, seconds, nanos);
    }
}
