package nl.connectedstore.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.connectedstore.persistence.H2Only;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sale the customer saw as paid survives a crash: a till sells in a loop and is killed, together with the
 * database server process, with SIGKILL at 20 random moments. Every acknowledged sale must be stored, and
 * stock must be lower by exactly the stored sales. (The control run with H2's default write delay is
 * {@link CrashControl}; its figures are in docs/benchmarks.md.)
 */
@H2Only("kills a till writing to the embedded H2 file; PostgreSQL keeps its own promise (docs/reliability.md)")
class CrashDurabilityTest {

    @Test
    void everyAcknowledgedSaleSurvivesKillDashNineAndStockMatchesTheSales(@TempDir Path home) throws Exception {
        CrashHarness.Outcome outcome = CrashHarness.run(home, 20, 0, 20261123L);
        System.out.println("Crash test with durable commits: " + outcome);
        assertThat(outcome.acknowledged()).as("sales acknowledged").isGreaterThan(20);
        assertThat(outcome.lost()).as("acknowledged sales lost").isZero();
        assertThat(outcome.stockTaken()).as("stock taken equals stored sales").isEqualTo(outcome.storedSales());
    }
}
