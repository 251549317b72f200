package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The sign-in screen says what happened to a refused PIN: how many tries are left before a pause, how long the
 * pause runs (even the right PIN waits), then signs in. The lock after ten and a PIN change are {@link
 * SignInPresenterTest}'s. On Gent's counter, so the other counter tests in this JVM keep Amsterdam's count.
 */
@ExtendWith(FxTests.class)
class CounterPinTest {

    private static final String COUNTER = "GNT-COUNTER-1";
    private static Database database;
    private static StoreInfo gent;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private StoreService stores;

    @BeforeAll
    static void openDemoChain() {
        database = DemoDatabase.get();
        CounterStage.clerksRead(database, "en");
        gent = Services.on(database.transactor()).stores().store("GNT").orElseThrow();
    }

    @Start
    void start(Stage stage) {
        stores = Services.on(database.transactor(), clock).stores();
        CounterShell shell = new CounterShell(stores, new CatalogService(database.transactor()),
                new InventoryService(database.transactor()),
                new AssistanceService(database.transactor(), stores, clock), gent, CounterStage.ENGLISH,
                TaskExecutor.direct(), gent.code() + "-COUNTER-1", CounterTools.lookupOnly());
        CounterStage.show(stage, shell);
    }

    @AfterEach
    void unlock() {
        stores.pins().unlockAtMachine(COUNTER, "CounterPinTest");
    }

    private static String error(FxRobot robot) {
        Label error = robot.lookup("#loginError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        return error.getText();
    }

    @Test
    void wrongPinsCountDownToAPauseThatEvenTheRightPinWaitsFor(FxRobot robot) {
        CounterStage.signIn(robot, "12");
        assertThat(error(robot)).isEqualTo("A PIN is 4 to 6 digits.");

        CounterStage.signIn(robot, "9090");
        assertThat(error(robot)).isEqualTo(
                "That PIN is not right. After 4 more wrong PINs, this counter pauses PIN entry.");
        CounterStage.signIn(robot, "9091");
        CounterStage.signIn(robot, "9092");
        CounterStage.signIn(robot, "909300");
        assertThat(error(robot)).isEqualTo(
                "That PIN is not right. After one more wrong PIN, this counter pauses PIN entry.");
        CounterStage.signIn(robot, "9094");
        assertThat(error(robot)).isEqualTo("Too many wrong PINs. Try again in 30 s.");

        CounterStage.signIn(robot, "1234");
        assertThat(error(robot)).as("the manager's right PIN waits too")
                .isEqualTo("Too many wrong PINs. Try again in 30 s.");
        assertThat(robot.lookup("#signedInAs").tryQuery()).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        CounterStage.signIn(robot, "1234");
        assertThat(robot.lookup("#signedInAs").queryAs(Label.class).getText()).contains("Lotte Peeters");
    }

}
