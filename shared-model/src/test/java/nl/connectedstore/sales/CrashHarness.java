package nl.connectedstore.sales;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.ChildJvm;
import nl.connectedstore.testing.Services;

/**
 * Sells in a child JVM and kills it, and the database server process with it, with SIGKILL at random
 * moments; afterwards counts which sales the customer saw as paid are missing, and whether stock matches
 * the stored sales.
 */
final class CrashHarness {

    static final String TILL = "AMS-CHECKOUT-1";
    private static final int START_STOCK = 1_000_000;

    record Outcome(int rounds, int acknowledged, int lost, long storedSales, long stockTaken) {
    }

    private CrashHarness() {
    }

    static Outcome run(Path home, int rounds, int writeDelayMillis, long seed) throws Exception {
        long productId;
        long receiptsBefore;
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE,
                new DemoChain.Size(200, 100, 5))) {
            StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            ProductCard product = new CatalogService(db.transactor())
                    .search(ams, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                    .filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.stock() == StockStatus.IN_STOCK)
                    .findFirst().orElseThrow();
            productId = product.id();
            db.transactor().write(s -> s.createNativeMutationQuery(
                            "update stock_level set quantity = :q where product_id = :p and store_id = :s")
                    .setParameter("q", START_STOCK).setParameter("p", productId).setParameter("s", ams.id())
                    .executeUpdate());
            receiptsBefore = maxReceipt(db);
        }
        killServer(home);

        Random random = new Random(seed);
        Set<Long> acknowledged = Collections.synchronizedSet(new HashSet<>());
        for (int round = 0; round < rounds; round++) {
            Process child = child(home, productId, writeDelayMillis);
            CountDownLatch firstSale = new CountDownLatch(1);
            Thread reader = new Thread(() -> read(child, acknowledged, firstSale));
            reader.start();
            // a till on a busy machine may need the database server's whole start budget (SharedH2: 240 s) first
            if (!firstSale.await(300, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException("round " + round + ": the till never sold anything");
            }
            // let it sell on for a random moment, then crash; a till that ends by itself meanwhile is a failure
            if (child.waitFor(50 + random.nextInt(900), TimeUnit.MILLISECONDS)) {
                reader.join();
                throw new IllegalStateException("round " + round + ": the till stopped by itself (exit "
                        + child.exitValue() + ") before the crash");
            }
            killServer(home);
            child.destroyForcibly().waitFor();
            reader.join();
        }

        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE)) {
            List<Long> stored = db.transactor().read(s -> s.createSelectionQuery(
                            "select s.receiptNumber from Sale s where s.terminal.code = :till and s.receiptNumber > :before",
                            Long.class)
                    .setParameter("till", TILL).setParameter("before", receiptsBefore).getResultList());
            Set<Long> missing = new HashSet<>(acknowledged);
            missing.removeAll(stored);
            long quantity = db.transactor().read(s -> s.createNativeQuery(
                            "select quantity from stock_level where product_id = :p and store_id ="
                                    + " (select id from store where code = 'AMS')", Integer.class)
                    .setParameter("p", productId).getSingleResult());
            return new Outcome(rounds, acknowledged.size(), missing.size(), stored.size(), START_STOCK - quantity);
        } finally {
            killServer(home);
        }
    }

    private static long maxReceipt(Database db) {
        Long max = db.transactor().read(s -> s.createSelectionQuery(
                        "select max(s.receiptNumber) from Sale s where s.terminal.code = :till", Long.class)
                .setParameter("till", TILL).getSingleResult());
        return max == null ? 0 : max;
    }

    private static void read(Process child, Set<Long> acknowledged, CountDownLatch firstSale) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.matches("ACK \\d+")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                    firstSale.countDown();
                }
            }
        } catch (IOException e) {
            // the child was killed mid-line: what it printed whole before that is all it acknowledged
        }
    }

    /** SIGKILL for the database server of this data folder, as a crash would. */
    static void killServer(Path home) throws InterruptedException {
        String marker = "H2ServerMain " + home.resolve("db").toAbsolutePath();
        List<ProcessHandle> servers = new ArrayList<>(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(marker)).toList());
        for (ProcessHandle server : servers) {
            server.destroyForcibly();
            server.onExit().join();
        }
    }

    private static Process child(Path home, long productId, int writeDelayMillis) throws IOException {
        return new ProcessBuilder(ChildJvm.command(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dconnectedstore.h2.idleSeconds=30", "-Dconnectedstore.h2.writeDelayMillis=" + writeDelayMillis),
                CrashChild.class, home.toString(), TILL, Long.toString(productId)))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }
}
