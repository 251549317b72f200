package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.HandTicker;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import nl.connectedstore.ui.Ticker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through the kiosk headless, on a real H2 file filled with the demo chain. */
@ExtendWith(FxTests.class)
class KioskFlowTest {

    private static Database database;
    /** What the kiosk's services use: the kiosk's own database user. */
    private static Database kiosk;
    private static StoreInfo amsterdam;

    @BeforeAll
    static void openDemoChain() {
        database = DemoDatabase.get();
        kiosk = DemoDatabase.getAs(nl.connectedstore.persistence.AppRole.KIOSK);
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(kiosk(KioskOptions.DEFAULT_IDLE));
        stage.show();
    }

    private static Scene kiosk(Duration idle) {
        return kiosk(idle, Ticker.onFxThread());
    }

    private static Scene kiosk(Duration idle, Ticker ticker) {
        CatalogService catalog = new CatalogService(kiosk.transactor());
        KioskShell shell = new KioskShell(catalog, new InventoryService(kiosk.transactor()), amsterdam,
                TaskExecutor.direct(), idle, null, KioskScreens.shop(new ShopSearch(catalog)), ticker);
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        return scene;
    }

    @Test
    void aCustomerChoosesDutchSearchesAndSeesPriceAndStock(FxRobot robot) {
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
        robot.clickOn("#language-nl");

        robot.clickOn("#search").write("spaghetti");
        WaitForAsyncUtils.waitForFxEvents();

        Label count = robot.lookup("#resultCount").queryAs(Label.class);
        assertThat(count.getText()).endsWith("producten");
        Node tile = robot.lookup(".product-tile").nth(0).query();
        String tileText = texts(tile);
        assertThat(tileText).contains("Spaghetti").contains("€").containsPattern("\\d+,\\d\\d");
        assertThat(tileText).containsAnyOf("Op voorraad hier", "Hier uitverkocht", "Niet in deze winkel");

        robot.clickOn(tile);
        assertThat(robot.lookup("#productName").queryAs(Label.class).getText()).contains("Spaghetti");
        assertThat(robot.lookup("#productPrice").queryAs(Label.class).getText()).contains("€");
        assertThat(robot.lookup("#location-AMS").tryQuery()).isPresent();
        assertThat(texts(robot.lookup("#location-AMS").query())).contains("(deze winkel)");
        assertThat(robot.lookup("#location-WH").tryQuery()).isPresent();

        robot.clickOn("#back");
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEqualTo("spaghetti");
    }

    @Test
    void aDutchCustomerFindsAndReadsProductsByTheirDutchNames(FxRobot robot) {
        robot.clickOn("#language-nl");
        robot.clickOn("#search").write("appelsap");
        WaitForAsyncUtils.waitForFxEvents();

        Node tile = robot.lookup(".product-tile").nth(0).query();
        assertThat(texts(tile)).contains("Appelsap").doesNotContain("Apple juice");
        robot.clickOn(tile);
        assertThat(robot.lookup("#productName").queryAs(Label.class).getText()).startsWith("Appelsap");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#productDescription").queryAs(Label.class).getText()).startsWith("Appelsap")
                .contains(" van ").doesNotContain(" by ");
    }

    @Test
    void aCategoryNarrowsTheTilesAndAnUnknownWordSaysSo(FxRobot robot) {
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#category-beer-wine");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot.lookup(".product-tile").nth(0).query())).isNotBlank();
        robot.clickOn("#search").write("zzqx");
        WaitForAsyncUtils.waitForFxEvents();
        Label empty = robot.lookup("#emptyResults").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).contains("zzqx").contains("Try another word");
    }

    @Test
    void startOverForgetsTheSession(FxRobot robot) {
        robot.clickOn("#language-da");
        robot.clickOn("#search").write("kaffe");
        robot.clickOn("#home");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
        robot.clickOn("#language-en");
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void anIdleKioskReturnsToTheAttractScreenAndForgetsTheSearch(FxRobot robot) throws Exception {
        // time is the test's to give (a hand ticker): a busy machine cannot make the kiosk reset while the robot types
        HandTicker time = new HandTicker();
        robot.interact(() -> stage.setScene(kiosk(Duration.ofSeconds(2), time)));
        robot.clickOn("#language-en");
        robot.clickOn("#search").write("gin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stillThere").tryQuery()).as("asked before the idle time passed").isEmpty();
        robot.interact(time::tick); // the idle time passes: "Are you still there?"
        assertThat(robot.lookup("#stillThere").tryQuery()).isPresent();
        assertThat(robot.lookup("#catalogue").tryQuery()).as("the search stays while the kiosk asks").isPresent();
        // its countdown (at least 5 s) runs out one second at a time; only at its end is the session reset
        for (int second = 1; second < KioskShell.STILL_THERE_MIN.toSeconds(); second++) {
            robot.interact(time::tick);
        }
        assertThat(robot.lookup("#attract").tryQuery()).as("not reset before the countdown ends").isEmpty();
        robot.interact(time::tick);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
        assertThat(robot.lookup("#catalogue").tryQuery()).isEmpty();
        assertThat(robot.lookup("#stillThere").tryQuery()).isEmpty();
        robot.clickOn("#language-en");
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEmpty();
    }

    private static String texts(Node node) {
        StringBuilder sb = new StringBuilder();
        if (node instanceof Label label) {
            sb.append(label.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                sb.append(texts(child));
            }
        }
        return sb.toString();
    }
}
