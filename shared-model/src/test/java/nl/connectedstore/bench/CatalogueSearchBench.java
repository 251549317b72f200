package nl.connectedstore.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.SearchText;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * Catalogue search latency as the kiosk sees it: 1,000 random prefix queries (1 to 6 letters of a word of a
 * real product name; every fifth query two words) against the shared embedded database over its TCP
 * server, first page of 120 tiles, at 2,000 and 100,000 products. Prints a Markdown table for
 * docs/benchmarks.md.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.bench.CatalogueSearchBench</pre>
 */
public final class CatalogueSearchBench {

    private static final int QUERIES = 1_000;
    private static final int WARM_UP = 300;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {2_000, 100_000};
        System.out.println("| products | queries | p50 ms | p95 ms | p99 ms | max ms | mean results |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int size) throws Exception {
        Path home = Files.createTempDirectory("cs-bench-");
        long fillStart = System.nanoTime();
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE,
                new DemoChain.Size(size, 2_000, 20))) {
            System.err.printf("(%d products: database created and filled in %d ms, file %d MB)%n", size,
                    (System.nanoTime() - fillStart) / 1_000_000, Files.size(home.resolve("db/connectedstore.mv.db")) >> 20);
        }
        // Measure the steady state: right after a bulk fill H2 spends minutes reclaiming the space the fill
        // left behind (see docs/benchmarks.md), so restart the database server as a shop's next day would.
        restartServer(home);
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE)) {
            StoreInfo store = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            CatalogService catalog = new CatalogService(db.transactor());
            List<String> names = catalog.search(store, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                    .map(ProductCard::name).toList();
            List<String> queries = queries(names, new Random(42), WARM_UP + QUERIES);
            for (String q : queries.subList(0, WARM_UP)) {
                catalog.search(store, new SearchQuery(q, null, 120));
            }
            long[] nanos = new long[QUERIES];
            long results = 0;
            java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
            for (int i = 0; i < QUERIES; i++) {
                String q = queries.get(WARM_UP + i);
                long start = System.nanoTime();
                results += catalog.search(store, new SearchQuery(q, null, 120)).size();
                nanos[i] = System.nanoTime() - start;
                slowest.put(nanos[i], q);
                if (slowest.size() > 8) {
                    slowest.pollFirstEntry();
                }
            }
            System.err.println("(slowest: " + slowest.descendingMap().entrySet().stream()
                    .map(e -> "'" + e.getValue() + "' " + e.getKey() / 1_000_000 + " ms").toList() + ")");
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.1f |%n", size, QUERIES,
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[QUERIES - 1] / 1e6,
                    results / (double) QUERIES);
        }
    }

    /** Stops the shared H2 server of this data folder; the next open starts it afresh, as a shop's next day would. */
    public static void restartServer(Path home) throws InterruptedException {
        String marker = home.resolve("db").toAbsolutePath().toString();
        for (ProcessHandle server : ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("H2ServerMain " + marker)).toList()) {
            server.destroy();
            server.onExit().join();
        }
    }

    /** Typed prefixes: 1 to 6 letters of a word of a real name; every fifth query two words. */
    public static List<String> queries(List<String> names, Random random, int count) {
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            List<String> words = SearchText.terms(names.get(random.nextInt(names.size())));
            String word = words.get(random.nextInt(words.size()));
            String q = word.substring(0, Math.min(word.length(), 1 + random.nextInt(6)));
            if (queries.size() % 5 == 4 && words.size() > 1) {
                String other = words.get((words.indexOf(word) + 1) % words.size());
                q = q + " " + other.substring(0, Math.min(other.length(), 1 + random.nextInt(4)));
            }
            queries.add(q);
        }
        return queries;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
