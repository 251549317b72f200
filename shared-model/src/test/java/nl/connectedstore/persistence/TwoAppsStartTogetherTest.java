package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kiosk and counter on one machine start at the same moment, 20 times: half on a brand-new data folder
 * (both race to create and fill it), half on one that exists. Every start must succeed, and every write of
 * both must be there afterwards. H2's AUTO_SERVER failed 1 start in 15 this way.
 */
class TwoAppsStartTogetherTest {

    private static final int ROUNDS = 20;

    @Test
    void twoProcessesStartingTogetherNeverFailAndLoseNothing(@TempDir Path temp) throws Exception {
        Path reused = temp.resolve("reused");
        int reusedRounds = 0;
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            boolean fresh = round % 2 == 0;
            Path home = fresh ? temp.resolve("fresh-" + round) : reused;
            long startAt = System.currentTimeMillis() + 1_500;
            Process a = child(home, startAt);
            Process b = child(home, startAt);
            for (Process p : List.of(a, b)) {
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("round %d finished", round).isTrue();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.exitValue() != 0 || !out.contains("OK")) {
                    failures.add("round " + round + ": exit " + p.exitValue() + "\n" + out);
                }
            }
            if (!fresh) {
                reusedRounds++;
            }
            assertThat(failures).isEmpty();
            long expectedIncrements = 2L * 25 * (fresh ? 1 : reusedRounds);
            assertThat(increments(home)).as("round %d writes", round).isEqualTo(expectedIncrements);
        }
        assertThat(failures).isEmpty();
    }

    private static long increments(Path home) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE);
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            // The demo fill is deterministic: re-create it next to the counter to learn the starting quantity.
            try (ResultSet rs = s.executeQuery("select quantity from stock_level where id = (select min(id) from stock_level)")) {
                rs.next();
                return rs.getLong(1) - initialQuantity();
            }
        }
    }

    private static Long initial;

    private static synchronized long initialQuantity() throws Exception {
        if (initial == null) {
            Path home = java.nio.file.Files.createTempDirectory("cs-initial-");
            try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE,
                    new DemoChain.Size(100, 20, 5));
                 Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select quantity from stock_level where id = (select min(id) from stock_level)")) {
                rs.next();
                initial = rs.getLong(1);
            }
        }
        return initial;
    }

    private static Process child(Path home, long startAt) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dconnectedstore.h2.idleSeconds=20", "-cp", classpath, TwoAppsStartTogetherChild.class.getName(),
                home.toString(), Long.toString(startAt))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }
}
