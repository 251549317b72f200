package nl.connectedstore.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.orders.SoldOutException;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * Reservation throughput: kiosks placing pick-up orders at once (each order plans its sources, then reserves every
 * unit in one transaction) on the demo chain in the shared, durable H2 server. "spread": each order takes 1 to 3
 * random products of the store's shelf; "hot": every order wants the same product (stock 100,000), so every
 * reservation contends for one stock row and is retried on conflict. Prints a Markdown table.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.bench.OrderBench</pre>
 */
public final class OrderBench {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrderBench.class);
    private static final int ORDERS_PER_KIOSK = 150;

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("order-bench-")),
                ProgressListener.NONE, DemoChain.Size.DEMO)) {
            StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            OrderService orders = Services.on(db.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
            List<ProductCard> shelf = new CatalogService(db.transactor())
                    .search(ams, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                    .filter(p -> p.stock() == StockStatus.IN_STOCK && p.price() != null && !p.soldByWeight())
                    .toList();
            long hot = shelf.get(0).id();
            db.transactor().write(s -> s.createMutationQuery("update StockLevel l set l.quantity = 100000"
                    + " where l.product.id = :p and l.store.id = :s").setParameter("p", hot).setParameter("s", ams.id())
                    .executeUpdate());
            System.out.println("| orders | kiosks | placed | sold out | failed | orders/s | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            run(orders, ams, shelf, -1, 1, 50); // warm-up, not printed
            for (int kiosks : new int[] {1, 8}) {
                System.out.println(run(orders, ams, shelf, -1, kiosks, ORDERS_PER_KIOSK));
            }
            System.out.println(run(orders, ams, shelf, hot, 8, ORDERS_PER_KIOSK));
        }
    }

    private static String run(OrderService orders, StoreInfo store, List<ProductCard> shelf, long hot, int kiosks,
                              int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(kiosks, r -> {
            Thread t = new Thread(r, "kiosk");
            t.setDaemon(true); // a failed run must end the bench, not leave it waiting
            return t;
        });
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger soldOut = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            int kiosk = k;
            futures.add(pool.submit(() -> {
                Random random = new Random(kiosk);
                long[] nanos = new long[each];
                go.await();
                for (int i = 0; i < each; i++) {
                    List<OrderService.Wanted> wanted = new ArrayList<>();
                    if (hot >= 0) {
                        wanted.add(new OrderService.Wanted(hot, 1));
                    } else {
                        int lines = 1 + random.nextInt(3);
                        for (int l = 0; l < lines; l++) {
                            wanted.add(new OrderService.Wanted(shelf.get(random.nextInt(shelf.size())).id(), 1));
                        }
                    }
                    long start = System.nanoTime();
                    try {
                        OrderPlan plan = orders.plan(store, wanted, Destination.pickUpAt(store.id()));
                        if (plan.orderable()) {
                            orders.place(store, "AMS-KIOSK-" + kiosk, plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH);
                        } else {
                            soldOut.incrementAndGet();
                        }
                    } catch (SoldOutException e) {
                        soldOut.incrementAndGet();
                    } catch (RuntimeException e) {
                        if (failed.getAndIncrement() == 0) {
                            log.error("First order that failed (counted in the 'failed' column)", e);
                        }
                    }
                    nanos[i] = System.nanoTime() - start;
                }
                return nanos;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] joined = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, joined, all.length, part.length);
            all = joined;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        int total = kiosks * each;
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.0f | %.1f | %.1f | %.1f |",
                hot >= 0 ? "hot (one product)" : "spread (1-3 products)", kiosks, total - soldOut.get() - failed.get(),
                soldOut.get(), failed.get(),
                total / seconds, all[all.length / 2] / 1e6, all[(int) Math.ceil(0.95 * all.length) - 1] / 1e6,
                all[all.length - 1] / 1e6);
    }

    private OrderBench() {
    }
}
