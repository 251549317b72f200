package nl.connectedstore.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.connectedstore.privacy.RetentionJob;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.testing.Services;

/**
 * How long the privacy clean-up takes on a store chain with many loyalty customers: it runs at every counter
 * start-up (off the FX thread) and reads every consent's times. Three runs on one database: the first
 * clean-up of the demo data, the same day again (what most start-ups cost), and 13 months later (every demo
 * consent has ended by then).
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.bench.RetentionBench -Dexec.args=20000</pre>
 */
public final class RetentionBench {

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (Database db = Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("cs-retention-")),
                ProgressListener.NONE, new DemoChain.Size(1_000, 2_000, customers))) {
            long facts = db.transactor().read(s -> s.createSelectionQuery("select count(*) from ConsentFact f",
                    Long.class).getSingleResult());
            System.out.printf("%d customers, %d consent facts%n", customers, facts);
            System.out.println("| run | facts removed | customers erased | ms |");
            System.out.println("|---|---:|---:|---:|");
            Instant now = Instant.now();
            run(db, "first clean-up", now);
            run(db, "same day again", now.plusSeconds(60));
            run(db, "13 months later", now.plus(Duration.ofDays(396)));
        }
    }

    private static void run(Database db, String name, Instant at) {
        RetentionJob job = Services.on(db.transactor(), Clock.fixed(at, ZoneOffset.UTC)).retention();
        long start = System.nanoTime();
        RetentionJob.Report report = job.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("| %s | %d | %d | %d |%n", name, report.consentFactsRemoved(), report.customersErased(), ms);
    }
}
