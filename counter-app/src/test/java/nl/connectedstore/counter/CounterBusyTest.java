package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.HeldExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Checking a PIN takes seconds: the sign-in button shows a spinner while it is checked (issue 16, item 6). */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class CounterBusyTest {

    private static Database database;
    private static StoreInfo amsterdam;
    private final HeldExecutor executor = new HeldExecutor();

    @BeforeAll
    static void openDemoChain() {
        database = DemoDatabase.get();
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
    }

    @Start
    void start(Stage stage) {
        StoreService stores = Services.on(database.transactor()).stores();
        CounterShell shell = new CounterShell(stores, new CatalogService(database.transactor()),
                new InventoryService(database.transactor()),
                new AssistanceService(database.transactor(), stores, java.time.Clock.systemUTC()), amsterdam,
                CounterStage.ENGLISH, executor, amsterdam.code() + "-COUNTER-1", CounterTools.lookupOnly());
        CounterStage.show(stage, shell);
    }

    @Test
    void signingInShowsASpinnerWhileThePinIsChecked(FxRobot robot) {
        Button signIn = robot.lookup("#signIn").queryButton();
        assertThat(signIn.getGraphic() instanceof ProgressIndicator).as("no spinner before the tap").isFalse();
        robot.clickOn("#pin").write("1234");
        executor.hold();
        robot.clickOn("#signIn");

        assertThat(signIn.getGraphic()).as("a spinner in the button while the PIN is checked")
                .isInstanceOf(ProgressIndicator.class);
        assertThat(signIn.getPseudoClassStates()).contains(Busy.BUSY);
        assertThat(robot.lookup("#signedInAs").tryQuery()).isEmpty();
        robot.clickOn("#signIn"); // a second tap meanwhile checks nothing more

        robot.interact(executor::release);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#signedInAs").queryLabeled().getText()).contains("Sanne de Vries");
        assertThat(robot.lookup("#login").tryQuery()).isEmpty();
    }
}
