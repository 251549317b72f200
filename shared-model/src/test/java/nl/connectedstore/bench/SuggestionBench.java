package nl.connectedstore.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.suggest.CoPurchaseModel;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.testing.Services;

/**
 * How long one suggestion question takes on the demo chain (embedded H2, model in memory): upsell for one
 * product in hand, alternatives for a product, and a whole customer card (one product in hand plus a
 * 30-product history). 2,000 questions each after 500 warm-up, random products.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=nl.connectedstore.bench.SuggestionBench</pre>
 */
public final class SuggestionBench {

    private SuggestionBench() {
    }

    private interface Question {
        int ask(long product, Random random);
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("cs-suggest-")),
                ProgressListener.NONE, DemoChain.Size.DEMO)) {
            CoPurchaseModel model = new CoPurchaseTraining(db.transactor(), Clock.systemUTC())
                    .train(ProgressListener.NONE);
            SuggestionService suggestions = new SuggestionService(db.transactor(), new CatalogService(db.transactor()),
                    new InventoryService(db.transactor()), Services.on(db.transactor()).consents(), () -> model,
                    Clock.systemUTC());
            StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            List<Long> products = db.transactor().read(s -> s.createSelectionQuery("select p.id from Product p",
                    Long.class).getResultList());
            System.out.printf("%,d products, model from %,d baskets%n", products.size(), model.baskets());
            run("upsell (goes with 1 item)", products, (p, r) -> suggestions.goesWith(ams, List.of(p), Set.of(), 5)
                    .size());
            run("alternatives (similar, in stock)", products, (p, r) -> suggestions.alternatives(ams, p, 5).size());
            // customers who allow personal advice and bought something: the card reads their history and consent
            List<Long> advised = db.transactor().read(s -> s.createSelectionQuery("select distinct f.customerId"
                    + " from ConsentFact f where f.purpose = :p and exists (select 1 from Sale x"
                    + " where x.customer.id = f.customerId)", Long.class)
                    .setParameter("p", nl.connectedstore.consent.Purpose.PERSONAL_ADVICE).getResultList());
            System.out.printf("%,d customers allow personal advice and bought something%n", advised.size());
            run("customer card (1 in hand + their history)", products, (p, r) -> suggestions.forCustomer(ams,
                    List.of(p), advised.get(r.nextInt(advised.size())), 5).size());
        }
    }

    private static void run(String name, List<Long> products, Question question) {
        Random random = new Random(3);
        long[] nanos = new long[2_000];
        long answers = 0;
        for (int i = -500; i < nanos.length; i++) {
            long product = products.get(random.nextInt(products.size()));
            long start = System.nanoTime();
            answers += question.ask(product, random);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-40s p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%.1f suggestions per question)%n", name,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, answers / 2500.0);
    }
}
