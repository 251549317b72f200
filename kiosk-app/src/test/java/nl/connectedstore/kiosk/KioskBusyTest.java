package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language tap took seconds before the catalogue appeared, with nothing on screen saying so (issue 16, item 6): the
 * tapped button turns the moment the finger lands, and the catalogue is veiled with a spinner until its first answer.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class KioskBusyTest {

    private static Database kiosk;
    private static StoreInfo amsterdam;
    private final HeldExecutor executor = new HeldExecutor();

    @BeforeAll
    static void openDemoChain() {
        kiosk = DemoDatabase.getAs(AppRole.KIOSK);
        amsterdam = Services.on(DemoDatabase.get().transactor()).stores().store("AMS").orElseThrow();
    }

    @Start
    void start(Stage stage) {
        CatalogService catalog = new CatalogService(kiosk.transactor());
        KioskShell shell = new KioskShell(catalog, new InventoryService(kiosk.transactor()), amsterdam, executor,
                KioskOptions.DEFAULT_IDLE, null, KioskScreens.shop(new ShopSearch(catalog)));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLanguageTapShowsItIsBusyBeforeTheCatalogueIsThere(FxRobot robot) {
        Button dutch = robot.lookup("#language-nl").queryButton();
        executor.hold();
        robot.moveTo(dutch).press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dutch.getGraphic()).as("the finger landed: a spinner in the button").isInstanceOf(ProgressIndicator.class);
        assertThat(robot.lookup("#attract").tryQuery()).as("the catalogue is not there yet").isPresent();
        assertThat(robot.lookup("#catalogue").tryQuery()).isEmpty();

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#catalogue").tryQuery()).isPresent();
        Node veil = robot.lookup("#catalogueResults .busy-cover").query();
        assertThat(veil.isVisible()).as("a veil with a spinner until the first products are in").isTrue();
        assertThat(robot.lookup(".product-tile").tryQuery()).isEmpty();

        robot.interact(executor::release);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(veil.isVisible()).isFalse();
        assertThat(robot.lookup(".product-tile").tryQuery()).isPresent();
    }

    @Test
    void aSearchShowsASpinnerInPlaceOfTheMagnifierWhileItRuns(FxRobot robot) {
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        executor.hold();
        robot.clickOn("#search").write("spag");
        WaitForAsyncUtils.waitForFxEvents();

        Node spinner = robot.lookup(".busy-icon .busy-spinner").query();
        assertThat(spinner.isVisible()).isTrue();
        assertThat(robot.lookup("#catalogueResults .busy-cover").query().isVisible())
                .as("the last products stay readable; no veil over them").isFalse();

        robot.interact(executor::release);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(spinner.isVisible()).isFalse();
    }
}
