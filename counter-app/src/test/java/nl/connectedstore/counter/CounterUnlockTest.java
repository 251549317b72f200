package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.store.PinCheck;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.store.Terminal;
import nl.connectedstore.store.TerminalKind;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Gent's first counter is locked after ten wrong PINs; its manager unlocks it from a second counter's Admin menu. */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class CounterUnlockTest {

    private static final String LOCKED = "GNT-COUNTER-1";
    private static final String SECOND = "GNT-COUNTER-2";
    private static Database database;
    private static StoreInfo gent;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private StoreService stores;

    @BeforeAll
    static void openDemoChainWithASecondCounter() {
        database = DemoDatabase.get();
        CounterStage.clerksRead(database, "en");
        gent = Services.on(database.transactor()).stores().store("GNT").orElseThrow();
        database.transactor().write(session -> {
            if (session.createSelectionQuery("from Terminal t where t.code = :code", Terminal.class)
                    .setParameter("code", SECOND).uniqueResultOptional().isEmpty()) {
                Store store = session.createSelectionQuery("from Store s where s.code = 'GNT'", Store.class)
                        .getSingleResult();
                session.persist(new Terminal(store, SECOND, "Gent counter 2", TerminalKind.COUNTER));
            }
            return null;
        });
    }

    @Start
    void start(Stage stage) {
        stores = Services.on(database.transactor(), clock).stores();
        CounterShell shell = new CounterShell(stores, new CatalogService(database.transactor()),
                new InventoryService(database.transactor()),
                new AssistanceService(database.transactor(), stores, clock), gent, CounterStage.ENGLISH,
                TaskExecutor.direct(), SECOND, CounterTools.cards(TestKits.privacy(database.transactor(), clock, SECOND)));
        CounterStage.show(stage, shell);
    }

    @AfterEach
    void unlock() {
        stores.pins().unlockAtMachine(LOCKED, "CounterUnlockTest");
    }

    @Test
    void aManagerAtTheSecondCounterUnlocksTheFirstFromTheAdminMenu(FxRobot robot) {
        for (int i = 0; i < 10; i++) {
            stores.signIn(LOCKED, ("80" + (10 + i)).toCharArray());
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(stores.signIn(LOCKED, "1234".toCharArray())).isEqualTo(new PinCheck.Locked());

        CounterStage.signIn(robot, "2345");
        robot.clickOn("#cardsTab");
        robot.clickOn("#adminMenu");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#adminMenu").queryAs(MenuButton.class).getItems())
                .as("a clerk is offered no unlock").noneMatch(item -> item.getText().startsWith("Unlock"));
        robot.clickOn("#stockTab");
        robot.clickOn("#signOut");

        CounterStage.signIn(robot, "1234");
        robot.clickOn("#cardsTab");
        robot.clickOn("#adminMenu");
        robot.clickOn("Unlock PIN entry at Gent counter 1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#adminStatus").queryAs(Label.class).getText())
                .isEqualTo("PIN entry at Gent counter 1 is unlocked.");
        assertThat(stores.signIn(LOCKED, "2345".toCharArray())).isInstanceOf(PinCheck.Accepted.class);
    }
}
