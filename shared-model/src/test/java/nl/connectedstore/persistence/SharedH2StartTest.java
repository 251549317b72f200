package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine under heavy load starts the database server slowly. Start-up waits for it, longer with each
 * attempt and visibly (progress with the share of the time budget used), and fails clearly only when the budget
 * is spent. The time limits are shortened here; the server is slowed down by a start delay.
 */
@H2Only("starting the embedded H2 server the apps share")
class SharedH2StartTest {

    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final List<Double> fractions = new CopyOnWriteArrayList<>();
    private final ProgressListener progress = (fraction, key) -> {
        keys.add(key);
        fractions.add(fraction);
    };

    private final String serverOptions = System.getProperty(SharedH2.SERVER_JVM_OPTIONS_PROPERTY);
    /** The build's idle stop for test servers (20 s): cleared, the next tests' servers would linger for 15 minutes. */
    private final String idleSeconds = System.getProperty(SharedH2.IDLE_PROPERTY);

    @AfterEach
    void restore() {
        if (serverOptions == null) {
            System.clearProperty(SharedH2.SERVER_JVM_OPTIONS_PROPERTY);
        } else {
            System.setProperty(SharedH2.SERVER_JVM_OPTIONS_PROPERTY, serverOptions);
        }
        System.clearProperty(SharedH2.ATTEMPT_PROPERTY);
        System.clearProperty(SharedH2.BUDGET_PROPERTY);
        System.clearProperty(SharedH2.START_DELAY_PROPERTY);
        if (idleSeconds == null) {
            System.clearProperty(SharedH2.IDLE_PROPERTY);
        } else {
            System.setProperty(SharedH2.IDLE_PROPERTY, idleSeconds);
        }
    }

    @Test
    void aServerSlowerThanTheFirstAttemptsIsWaitedForAndTheWaitIsShown(@TempDir Path home) {
        // attempts get 2 s, 4 s, 6 s...; the server needs over 5 s: the old fixed three tries of the first
        // attempt's length gave up on it
        System.setProperty(SharedH2.ATTEMPT_PROPERTY, "2");
        System.setProperty(SharedH2.BUDGET_PROPERTY, "60");
        System.setProperty(SharedH2.START_DELAY_PROPERTY, "5000");
        System.setProperty(SharedH2.IDLE_PROPERTY, "5");

        SharedH2 shared = SharedH2.start(home, 0, progress);

        assertThat(shared.url()).startsWith("jdbc:h2:tcp://127.0.0.1:");
        assertThat(keys).contains(SharedH2.WAITING_KEY);
        assertThat(fractions).allMatch(f -> f > 0 && f < 1);
        assertThat(fractions).isSorted();
    }

    @Test
    void aServerThatNeverAnswersFailsClearlyWhenTheBudgetIsSpent(@TempDir Path home) {
        System.setProperty(SharedH2.ATTEMPT_PROPERTY, "1");
        System.setProperty(SharedH2.BUDGET_PROPERTY, "4");
        System.setProperty(SharedH2.START_DELAY_PROPERTY, "60000");

        assertThatThrownBy(() -> SharedH2.start(home, 0, progress))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("did not start within 4 seconds")
                .hasMessageContaining("server.log");
        assertThat(keys).contains(SharedH2.WAITING_KEY);
    }

    @Test
    void extraJvmOptionsReachTheServerProcess(@TempDir Path home) {
        System.setProperty(SharedH2.SERVER_JVM_OPTIONS_PROPERTY, " -XX:TieredStopAtLevel=1   -Dconnectedstore.test.marker=yes ");
        System.setProperty(SharedH2.IDLE_PROPERTY, "2");

        SharedH2.start(home, 0, progress);

        String server = "H2ServerMain " + home.resolve("db").toAbsolutePath();
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains(server)).toList())
                .singleElement().asString().contains(" -XX:TieredStopAtLevel=1 -Dconnectedstore.test.marker=yes ");
    }
}
