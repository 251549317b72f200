package nl.connectedstore.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.suggest.CoPurchaseBuilder;
import nl.connectedstore.suggest.CoPurchaseMeasure;
import nl.connectedstore.suggest.CoPurchaseModel;
import nl.connectedstore.suggest.CoPurchaseTraining;

/**
 * Offline quality of the co-purchase recommender on the demo chain's baskets, against "most popular".
 * Two hold-outs: (A) each loyalty customer's last basket, (B) a seeded random 10 % of all baskets. For every
 * held-out basket with two or more products, each product in turn is "in hand" and the recommender ranks what
 * else to offer; a hit@5 is any other product of that basket in the first five, recall@10 the share of the
 * basket's other products in the first ten. Trained only on the baskets not held out.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=nl.connectedstore.bench.CoPurchaseEvaluation</pre>
 */
public final class CoPurchaseEvaluation {

    private record Basket(long saleId, Long customerId, Instant at, long[] products) {
    }

    private CoPurchaseEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("cs-eval-")),
                ProgressListener.NONE, DemoChain.Size.DEMO)) {
            Map<Long, Object[]> sales = new HashMap<>();
            for (Object[] row : db.transactor().read(s -> s.createSelectionQuery(
                    "select x.id, x.customer.id, x.createdAt from Sale x", Object[].class).getResultList())) {
                sales.put((Long) row[0], row);
            }
            List<Basket> baskets = new ArrayList<>();
            new CoPurchaseTraining(db.transactor(), Clock.systemUTC()).readBaskets(ProgressListener.NONE,
                    (sale, products, length) -> {
                        Object[] meta = sales.get(sale);
                        baskets.add(new Basket(sale, (Long) meta[1], (Instant) meta[2],
                                new LinkedHashSet<>(Arrays.stream(products, 0, length).boxed().toList()).stream()
                                        .mapToLong(Long::longValue).toArray()));
                    });
            System.out.printf("%,d baskets, %,d with a loyalty customer%n", baskets.size(),
                    baskets.stream().filter(b -> b.customerId() != null).count());

            // (A) each customer's last basket
            Map<Long, Basket> last = new HashMap<>();
            Map<Long, Integer> count = new HashMap<>();
            for (Basket b : baskets) {
                if (b.customerId() != null) {
                    count.merge(b.customerId(), 1, Integer::sum);
                    last.merge(b.customerId(), b, (x, y) -> y.at().isAfter(x.at()) ? y : x);
                }
            }
            Set<Long> heldA = new HashSet<>();
            last.forEach((customer, b) -> {
                if (count.get(customer) >= 2) {
                    heldA.add(b.saleId());
                }
            });
            report("A: last basket of each customer", baskets, heldA);

            // (B) a random tenth of all baskets
            Random random = new Random(7);
            Set<Long> heldB = new HashSet<>();
            for (Basket b : baskets) {
                if (random.nextDouble() < 0.10) {
                    heldB.add(b.saleId());
                }
            }
            report("B: random 10 % of baskets", baskets, heldB);
        }
    }

    private static void report(String title, List<Basket> baskets, Set<Long> held) {
        System.out.println();
        System.out.println("### " + title);
        System.out.println("| recommender | queries | hit-rate@5 | recall@10 |");
        System.out.println("|---|---|---|---|");
        CoPurchaseModel popular = null;
        for (CoPurchaseMeasure measure : CoPurchaseMeasure.values()) {
            CoPurchaseBuilder builder = new CoPurchaseBuilder(measure, 20, 2);
            for (Basket b : baskets) {
                if (!held.contains(b.saleId())) {
                    builder.add(b.products());
                }
            }
            CoPurchaseModel model = builder.build(Instant.now());
            popular = model;
            score(measure.name().toLowerCase(java.util.Locale.ROOT), baskets, held, seed -> model.partnersOf(seed)
                    .stream().mapToLong(CoPurchaseModel.Partner::productId).toArray());
        }
        long[] top = popular.mostPopular();
        score("most popular (baseline)", baskets, held, seed -> top);
    }

    private interface Ranker {
        long[] rank(long seed);
    }

    private static void score(String name, List<Basket> baskets, Set<Long> held, Ranker ranker) {
        long queries = 0;
        long hits = 0;
        double recall = 0;
        for (Basket b : baskets) {
            if (!held.contains(b.saleId()) || b.products().length < 2) {
                continue;
            }
            for (long seed : b.products()) {
                Set<Long> targets = new HashSet<>();
                for (long p : b.products()) {
                    if (p != seed) {
                        targets.add(p);
                    }
                }
                long[] ranked = Arrays.stream(ranker.rank(seed)).filter(p -> p != seed).limit(10).toArray();
                boolean hit = false;
                int found = 0;
                for (int i = 0; i < ranked.length; i++) {
                    if (targets.contains(ranked[i])) {
                        found++;
                        if (i < 5) {
                            hit = true;
                        }
                    }
                }
                queries++;
                hits += hit ? 1 : 0;
                recall += (double) found / targets.size();
            }
        }
        System.out.printf("| %s | %,d | %.3f | %.3f |%n", name, queries, (double) hits / queries, recall / queries);
    }
}
