package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 16: when the database went away, the counter logged every failed poll (~5,400 lines in 90 s). A lost
 * connection is now logged once with its cause, and once when it answers again.
 */
class ConnectionWatchTest {

    @Test
    @H2Only("stops the H2 server process the apps share; PostgreSQL is a server someone else runs")
    void aLostDatabaseIsLoggedOnceWithItsCauseAndOnceWhenItAnswersAgain() throws Exception {
        Database owner = DemoDatabase.freshWithServerProcess("lost-connection", new DemoChain.Size(100, 20, 5));
        Database counter = DemoDatabase.as(owner, AppRole.COUNTER);
        Logger watchLog = (Logger) LoggerFactory.getLogger(ConnectionWatch.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        watchLog.addAppender(lines);
        try {
            assertThat(countStores(counter)).isPositive();
            ProcessHandle server = ProcessHandle.of(Long.parseLong(Files.readString(
                    owner.home().resolve("db").resolve(H2ServerMain.PID_FILE)).strip())).orElseThrow();
            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);

            // a few polls, each failing: since the pool throws dead connections out (LostConnections), each one waits
            // for a new connection until the pool's 10 s time-out, so not the counter's hundreds
            for (int poll = 0; poll < 3; poll++) {
                assertThatThrownBy(() -> countStores(counter)).isInstanceOf(RuntimeException.class);
            }
            assertThat(counter.transactor().connectionLost()).isTrue();
            // another app starts the server again (same data folder, the port it had)
            SharedH2.start(owner.home(), 0);
            // the pool replaces its dead connections once they were idle a moment: poll, 30 s at most
            await("the counter reads again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> countStores(counter) > 0);
        } finally {
            watchLog.detachAppender(lines);
        }
        List<ILoggingEvent> warnings = lines.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        List<ILoggingEvent> infos = lines.list.stream().filter(e -> e.getLevel() == Level.INFO).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage()).startsWith("Lost the connection to the database")
                .containsAnyOf("closed", "broken", "refused");
        assertThat(infos).hasSize(1);
        assertThat(infos.get(0).getFormattedMessage()).contains("answers again");
        assertThat(counter.transactor().connectionLost()).isFalse();
    }

    @Test
    void aBrokenRuleIsNoLostConnection() {
        Database owner = DemoDatabase.get();
        assertThatThrownBy(() -> owner.transactor().read(s -> s.createNativeQuery("select * from no_such_table")
                .getResultList())).isInstanceOf(RuntimeException.class);
        assertThat(owner.transactor().connectionLost()).isFalse();
    }

    private static long countStores(Database db) {
        return db.transactor().read(s -> ((Number) s.createNativeQuery("select count(*) from store")
                .getSingleResult()).longValue());
    }
}
