package nl.connectedstore.counter;

import java.util.Locale;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.LookShots;
import nl.connectedstore.ui.Messages;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Not a check but a look (issue 16, item 6): the counter's sign-in while the PIN is checked, in Dutch and Danish, saved
 * as PNGs. Runs only when asked: {@code mvn -o -pl counter-app -am test -Dtest=BusyLookTour -Dlook.out=/tmp/look
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "look.out", matches = ".+")
@ExtendWith(FxTests.class)
class BusyLookTour {

    private final HeldExecutor executor = new HeldExecutor();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "da"})
    void signingIn(String lang, FxRobot robot) {
        Database database = DemoDatabase.get();
        StoreInfo amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        StoreService stores = Services.on(database.transactor()).stores();
        robot.interact(() -> CounterStage.show(stage, new CounterShell(stores, new CatalogService(database.transactor()),
                new InventoryService(database.transactor()),
                new AssistanceService(database.transactor(), stores, java.time.Clock.systemUTC()), amsterdam,
                Messages.of(new Locale(lang, "NL")), executor, "AMS-COUNTER-1", CounterTools.lookupOnly())));
        robot.clickOn("#pin").write("1234");
        executor.hold();
        robot.clickOn("#signIn");
        shoot(lang, "busy-signin");
        robot.interact(executor::release);
        executor.hold();
        robot.clickOn("#lookupSearch").write("juice");
        shoot(lang, "busy-lookup-search");
        robot.interact(executor::release);
    }

    private static void shoot(String lang, String name) {
        LookShots.save("counter-" + name + "-" + lang + ".png");
    }
}
