package nl.connectedstore.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.suggest.CoPurchaseBuilder;
import nl.connectedstore.suggest.CoPurchaseModel;
import nl.connectedstore.suggest.CoPurchaseTraining;

/**
 * How long learning the co-purchase model takes, and how much memory it needs, for 1,000,000 basket lines:
 * (1) the builder alone on generated baskets (100,000 products, Zipf popularity, planted pairs), three runs;
 * (2) the counter's real path, reading every line from an embedded H2 database filled by the demo chain
 * generator with ~1,000,000 lines, then building.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=nl.connectedstore.bench.CoPurchaseBench [-Dexec.args="skip-db"]</pre>
 */
public final class CoPurchaseBench {

    private static final int PRODUCTS = 100_000;
    private static final long LINES = 1_000_000;

    private CoPurchaseBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= 3; run++) {
            inMemory(run);
        }
        if (args.length == 0 || !args[0].equals("skip-db")) {
            fromDatabase();
        }
    }

    private static void inMemory(int run) {
        Random random = new Random(42);
        double[] cumulative = zipf(PRODUCTS, 1.0);
        long before = usedAfterGc();
        long start = System.nanoTime();
        CoPurchaseBuilder builder = CoPurchaseBuilder.standard();
        long[] basket = new long[40];
        long lines = 0;
        while (lines < LINES) {
            int size = 1 + Math.min(39, (int) Math.round(-Math.log(1 - random.nextDouble()) * 3.0));
            int n = 0;
            while (n < size) {
                long product = pick(cumulative, random);
                basket[n++] = product;
                // planted partner: product p often comes with p ^ 1
                if (n < size && random.nextDouble() < 0.35) {
                    basket[n++] = product ^ 1;
                }
            }
            builder.add(basket, n);
            lines += n;
        }
        long fed = System.nanoTime();
        long peak = usedNow();
        CoPurchaseModel model = builder.build(Instant.now());
        long built = System.nanoTime();
        builder = null;
        long retained = usedAfterGc() - before;
        System.out.printf("run %d (generated): %,d lines, %,d baskets: counting %d ms + building %d ms = %d ms;"
                        + " heap while counting %d MB; model keeps %d MB (%,d products with partners)%n", run, lines,
                model.baskets(), (fed - start) / 1_000_000, (built - fed) / 1_000_000, (built - start) / 1_000_000,
                (peak - before) >> 20, retained >> 20, model.products());
        if (model.partnersOf(0).isEmpty()) {
            throw new IllegalStateException("the planted pair was not learnt");
        }
    }

    private static void fromDatabase() throws Exception {
        long t0 = System.nanoTime();
        try (Database db = Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("cs-copurchase-")),
                ProgressListener.NONE, new DemoChain.Size(2_000, 318_000, 400))) {
            long lines = db.transactor().read(s -> s.createSelectionQuery("select count(l) from SaleLine l",
                    Long.class).getSingleResult());
            System.out.printf("demo database with %,d lines filled in %d s%n", lines, (System.nanoTime() - t0)
                    / 1_000_000_000);
            CoPurchaseTraining training = new CoPurchaseTraining(db.transactor(), Clock.systemUTC());
            for (int run = 1; run <= 3; run++) {
                long before = usedAfterGc();
                long start = System.nanoTime();
                CoPurchaseModel model = training.train(ProgressListener.NONE);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("run %d (from H2): %,d lines, %,d baskets read and learnt in %d ms;"
                        + " model keeps %d MB%n", run, model.lines(), model.baskets(), ms, (usedAfterGc() - before) >> 20);
            }
        }
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static long pick(double[] cumulative, Random random) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return i >= 0 ? i : -i - 1;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return usedNow();
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
