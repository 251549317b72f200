package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.Shown;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 17: a customer cannot close, minimise or leave the full-screen kiosk; staff close it with the terminal's
 * exit PIN, and guessing it stops after five tries.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class KioskLockTest {

    private Stage stage;
    private StackPane host;
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage primary) {
        // a stage of its own: the lock stays on the stage it holds, and the other tests of this JVM use the primary
        this.stage = new Stage();
        host = new StackPane(new Label("the welcome screen"));
        stage.setScene(new Scene(host, 1280, 800));
        stage.show();
    }

    @AfterEach
    void release(FxRobot robot) {
        robot.interact(stage::hide); // hide() is no close request: the lock lets it
    }

    private void lock(FxRobot robot, String pin) {
        robot.interact(() -> KioskLock.of(pin, Clock.systemUTC()).hold(stage, host, Messages.of(Locale.ENGLISH),
                exits::incrementAndGet));
    }

    private void closeRequest(FxRobot robot) {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private void typePin(FxRobot robot, String pin) {
        for (char digit : pin.toCharArray()) {
            robot.clickOn("#key-" + digit);
        }
        robot.clickOn("#keypadOk");
    }

    private String answer(FxRobot robot) {
        return robot.lookup("#exitPadAnswer").queryAs(Label.class).getText();
    }

    @Test
    void aCloseRequestOnlyBringsUpTheStaffPadAndTheRightPinCloses(FxRobot robot) {
        lock(robot, "2468");
        closeRequest(robot); // Alt+F4 or the window's close button
        Shown.await(robot, "#exitPad");
        assertThat(stage.isShowing()).isTrue();
        assertThat(exits).hasValue(0);

        typePin(robot, "1357");
        assertThat(answer(robot)).isEqualTo("That PIN is not right.");
        assertThat(robot.lookup("#keypadDisplay").queryAs(Label.class).getText()).as("emptied, never shown")
                .isEmpty();
        assertThat(exits).hasValue(0);

        robot.clickOn("#keypadCancel");
        assertThat(robot.lookup("#exitPad").tryQuery()).as("a customer who got here goes back").isEmpty();

        closeRequest(robot);
        Shown.await(robot, "#exitPad");
        robot.clickOn("#key-2");
        assertThat(robot.lookup("#keypadDisplay").queryAs(Label.class).getText()).as("the PIN is masked")
                .isEqualTo("\u2022");
        robot.clickOn("#key-back");
        typePin(robot, "2468");
        assertThat(exits).hasValue(1);
        assertThat(robot.lookup("#exitPad").tryQuery()).isEmpty();
    }

    @Test
    void theKioskStaysFullScreenAndComesBackWhenMinimised(FxRobot robot) {
        lock(robot, null);
        assertThat(stage.isFullScreen()).isTrue();
        robot.interact(() -> stage.setFullScreen(false));
        robot.interact(() -> { });
        assertThat(stage.isFullScreen()).as("full screen again").isTrue();
        robot.interact(() -> stage.setIconified(true));
        robot.interact(() -> { });
        assertThat(stage.isIconified()).as("not minimised").isFalse();

        closeRequest(robot);
        Shown.await(robot, "#exitPad");
        typePin(robot, "0000");
        assertThat(answer(robot)).contains("no exit PIN");
        assertThat(exits).hasValue(0);
    }

    @Test
    void fiveWrongPinsLockThePadForFiveMinutesEvenForTheRightOne() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-29T09:00:00Z"));
        KioskLock lock = KioskLock.of("2468", clock);
        for (int i = 1; i < KioskLock.MAX_TRIES; i++) {
            assertThat(lock.check("000" + i)).isEqualTo(KioskLock.Answer.WRONG);
        }
        assertThat(lock.check("9999")).isEqualTo(KioskLock.Answer.LOCKED);
        assertThat(lock.check("2468")).as("locked: the right PIN waits too").isEqualTo(KioskLock.Answer.LOCKED);
        clock.advance(KioskLock.LOCKOUT.plusSeconds(1));
        assertThat(lock.check("2468")).isEqualTo(KioskLock.Answer.EXIT);
    }

    @Test
    void anExitPinMustBeFourToEightDigitsAndIsNeverQuoted() {
        assertThatThrownBy(() -> KioskLock.of("12a4", Clock.systemUTC()))
                .isInstanceOf(BadSettingException.class).hasMessage("exit-pin must be 4 to 8 digits");
        assertThatThrownBy(() -> KioskLock.of("123", Clock.systemUTC())).hasMessageNotContaining("123");
        assertThat(KioskLock.of(" 123456 ", Clock.systemUTC()).check("123456")).isEqualTo(KioskLock.Answer.EXIT);
    }
}
