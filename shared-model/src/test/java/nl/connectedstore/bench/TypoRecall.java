package nl.connectedstore.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.catalog.TypoQuerySet;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * Recall of the labelled queries in {@code search/typo-queries.tsv} on the demo catalogue: found when a right
 * answer is among the first 20 tiles. Prints a Markdown table by kind of mistake, and the misses.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.bench.TypoRecall</pre>
 */
public final class TypoRecall {

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("typo-recall-")),
                ProgressListener.NONE, DemoChain.Size.DEMO)) {
            StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            ShopSearch search = Services.on(db.transactor()).search();
            search.rebuild(ProgressListener.NONE);
            List<TypoQuerySet.Outcome> outcomes = TypoQuerySet.run(search, ams);
            Map<String, List<TypoQuerySet.Outcome>> byKind = outcomes.stream()
                    .collect(Collectors.groupingBy(o -> o.labelled().kind(), TreeMap::new, Collectors.toList()));
            System.out.println("| kind | queries | found in first 20 | mean rank when found |");
            System.out.println("|---|---:|---:|---:|");
            byKind.forEach((kind, list) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f |%n", kind,
                    list.size(), list.stream().filter(TypoQuerySet.Outcome::found).count(),
                    list.stream().filter(TypoQuerySet.Outcome::found).mapToInt(TypoQuerySet.Outcome::rank).average()
                            .orElse(0)));
            System.out.printf(Locale.ROOT, "| **all** | %d | %d (%.0f %%) | |%n", outcomes.size(),
                    outcomes.stream().filter(TypoQuerySet.Outcome::found).count(), 100 * TypoQuerySet.recall(outcomes));
            System.out.println("\nMissed: " + outcomes.stream().filter(o -> !o.found())
                    .map(o -> "'" + o.labelled().query() + "' (" + o.labelled().kind() + ")").toList());
        }
    }

    private TypoRecall() {
    }
}
