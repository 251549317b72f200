package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.connectedstore.clienteling.ArrivalView;
import nl.connectedstore.persistence.DatabaseUnavailableException;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The feed when the database goes away mid-polling: it says so, keeps what it showed, and recovers. */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class ArrivalFeedTest {

    private final AtomicBoolean down = new AtomicBoolean();
    private volatile List<ArrivalView> arrivals = List.of();

    @Start
    void start(Stage stage) {
        ArrivalFeed feed = new ArrivalFeed(new ArrivalFeedPresenter(() -> {
            if (down.get()) {
                throw new DatabaseUnavailableException("jdbc:h2:tcp://localhost/connectedstore", "Connection refused",
                        null);
            }
            return arrivals;
        }, Clock.systemUTC(), Duration.ofMinutes(20), Duration.ofMillis(100), TaskExecutor.direct(),
                Ticker.onFxThread(), arrival -> { }),
                CounterStage.ENGLISH);
        CounterStage.show(stage, feed);
        feed.start();
    }

    @Test
    void aDatabaseThatGoesAwayShowsReconnectingAndTheFeedRecovers(FxRobot robot) throws Exception {
        Instant now = Instant.now();
        arrivals = List.of(new ArrivalView(7, "Rasmus", now, now, "CPH-KIOSK-1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, OnFx.present(robot, "#arrival-7"));

        down.set(true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, OnFx.test(() ->
                robot.lookup("#feedStatus").queryAs(Label.class).isVisible()));
        assertThat(robot.lookup("#feedStatus").queryAs(Label.class).getText()).contains("reconnecting");
        assertThat(robot.lookup("#arrival-7").tryQuery()).as("what was shown stays").isPresent();

        arrivals = List.of(new ArrivalView(8, "Freja", now, now, "CPH-SCO-1"));
        down.set(false);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, OnFx.present(robot, "#arrival-8"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#feedStatus").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#arrival-7").tryQuery()).isEmpty();
    }
}
