package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks through the counter headless, on a real H2 file filled with the demo chain: a refused PIN, then the stock
 * look-up's happy path. Its branches (a scanned barcode, no hits, sold out, reserving) are
 * {@link StockLookupPresenterTest}'s.
 */
@ExtendWith(FxTests.class)
class CounterFlowTest {

    private static Database database;
    private static StoreInfo amsterdam;

    @BeforeAll
    static void openDemoChain() {
        database = DemoDatabase.get();
        CounterStage.clerksRead(database, "en");
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
    }

    @Start
    void start(Stage stage) {
        CounterShell shell = new CounterShell(Services.on(database.transactor()).stores(),
                new CatalogService(database.transactor()), new InventoryService(database.transactor()),
                new AssistanceService(database.transactor(), Services.on(database.transactor()).stores(), Clock.systemUTC()),
                amsterdam, CounterStage.ENGLISH, TaskExecutor.direct(), amsterdam.code() + "-COUNTER-1",
                CounterTools.lookupOnly());
        CounterStage.show(stage, shell);
    }

    @Test
    void aWrongPinIsRefusedThenTheRightPinOpensStockLookUp(FxRobot robot) {
        robot.clickOn("#pin").write("9999");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#loginError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("That PIN is not right. After ")
                .endsWith(" more wrong PINs, this counter pauses PIN entry.");
        assertThat(robot.lookup("#pin").queryTextInputControl().getText()).as("PIN field cleared").isEmpty();
        assertThat(robot.lookup("#stockLookup").tryQuery()).isEmpty();

        robot.clickOn("#pin").write("1234");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#signedInAs").queryAs(Label.class).getText()).contains("Sanne de Vries");

        robot.clickOn("#lookupSearch").write("olive oil");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ProductCard> products = robot.lookup("#products").queryTableView();
        assertThat(products.getItems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.name()).containsIgnoringCase("olive oil"));

        String first = products.getItems().get(0).name();
        robot.clickOn(robot.lookup("#products .table-cell").match(
                (javafx.scene.control.Labeled cell) -> first.equals(cell.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<LocationStock> locations = robot.lookup("#locations").queryTableView();
        assertThat(locations.getItems()).extracting(LocationStock::storeCode)
                .containsExactly("AMS", "GNT", "CPH", "WH");
        assertThat(robot.lookup("#locationsTitle").queryAs(Label.class).getText())
                .contains(first);
        // Per-store quantities as the table shows them: a count, "Sold out" or "Not stocked" per location.
        String shown = robot.lookup("#locations .table-row-cell").queryAll().stream()
                .map(CounterFlowTest::rowText).reduce("", String::concat);
        assertThat(shown).contains("(this store)").contains("Warehouse, Tilburg").contains("København");
        assertThat(shown).containsPattern("\\d+ in stock|Sold out|Not stocked");
    }

    private static String rowText(javafx.scene.Node row) {
        StringBuilder sb = new StringBuilder();
        for (javafx.scene.Node cell : row.lookupAll(".table-cell")) {
            if (cell instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
                sb.append(labeled.getText()).append(" | ");
            }
        }
        return sb.append('\n').toString();
    }
}
