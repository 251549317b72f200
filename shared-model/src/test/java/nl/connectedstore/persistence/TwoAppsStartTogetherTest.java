package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.testing.ChildJvm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kiosk and counter on one machine start at the same moment, 20 times: half on a brand-new data folder
 * (both race to create and fill it), half on one that exists. Every start must succeed, and every write of
 * both must be there afterwards. H2's AUTO_SERVER failed 1 start in 15 this way.
 */
@H2Only("two apps starting the one embedded H2 server between them; on PostgreSQL the server is already there")
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
            long roundStart = System.nanoTime();
            Child a = Child.start(home);
            Child b = Child.start(home);
            // both JVMs are up and waiting: release them at the same moment (a fixed start time, as before,
            // came before a JVM was up when the machine was busy, and then they did not start together)
            assertThat(a.ready.await(300, TimeUnit.SECONDS) && b.ready.await(300, TimeUnit.SECONDS))
                    .as("round %d: both apps up\n%s\n%s", round, a.output, b.output).isTrue();
            long up = System.nanoTime();
            a.go();
            b.go();
            for (Child p : List.of(a, b)) {
                // an app may wait the database server's whole start budget (SharedH2: 240 s) on a busy machine
                if (!p.process.waitFor(300, TimeUnit.SECONDS)) {
                    a.process.destroyForcibly();
                    b.process.destroyForcibly();
                    throw new AssertionError("round " + round + ": an app did not finish within 300 s\n" + a.output
                            + "\n" + b.output);
                }
                p.reader.join();
                String out = p.output.toString();
                if (p.process.exitValue() != 0 || !out.contains("OK")) {
                    failures.add("round " + round + ": exit " + p.process.exitValue() + "\n" + out);
                }
            }
            System.out.printf("round %d (%s): JVMs up %d ms, open and write %d ms%n", round, fresh ? "fresh" : "reused",
                    (up - roundStart) / 1_000_000, (System.nanoTime() - up) / 1_000_000);
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
        // plain JDBC through the shared server, as the apps reach it: no ORM start-up per round
        SharedH2 shared = SharedH2.start(home, 0);
        try (Connection c = DriverManager.getConnection(shared.url(), shared.user(), shared.password());
             Statement s = c.createStatement()) {
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
            Path home = Files.createTempDirectory("cs-initial-");
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

    /** One app's process, its output as it comes, and whether it said READY. */
    private static final class Child {
        final Process process;
        final StringBuffer output = new StringBuffer();
        final CountDownLatch ready = new CountDownLatch(1);
        final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        output.append(line).append('\n');
                        if (line.equals("READY")) {
                            ready.countDown();
                        }
                    }
                } catch (IOException e) {
                    output.append("reading failed: ").append(e);
                }
            });
            reader.start();
        }

        static Child start(Path home) throws IOException {
            return new Child(new ProcessBuilder(ChildJvm.command(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Dconnectedstore.h2.idleSeconds=20"), TwoAppsStartTogetherChild.class, home.toString()))
                    .redirectErrorStream(true)
                    .start());
        }

        void go() throws IOException {
            OutputStream in = process.getOutputStream();
            in.write("GO\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
    }
}
