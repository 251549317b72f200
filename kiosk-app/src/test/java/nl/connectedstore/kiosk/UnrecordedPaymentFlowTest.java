package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceKind;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.sales.UnresolvedPayment;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The card is approved, then the sale cannot be saved (its payment table is gone for the moment): the customer is
 * told the charge was reversed, or, when the terminal cannot reverse it, gets a receipt-like note for staff.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class UnrecordedPaymentFlowTest {

    private static final String TERMINAL = "AMS-CHECKOUT-1";
    private static Database database;
    private static StoreInfo amsterdam;
    private static AssistanceService assistance;
    private static InventoryService inventory;
    private static PaymentsToResolve toResolve;
    private static ProductCard item;

    private SimulatedPaymentTerminal terminal;
    private KioskShell shell;

    @BeforeAll
    static void openDatabase() {
        database = DemoDatabase.fresh("kiosk-unrecorded-", new DemoChain.Size(200, 0, 0));
        StoreService stores = Services.on(database.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        assistance = new AssistanceService(database.transactor(), stores, Clock.systemUTC());
        inventory = new InventoryService(database.transactor());
        toResolve = PaymentsToResolve.of(database, Clock.systemUTC());
        item = TestKits.everydayItem(new CatalogService(database.transactor()), amsterdam, 3);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        terminal = new SimulatedPaymentTerminal();
        CheckoutKit kit = new CheckoutKit(TERMINAL, Services.on(database.transactor(), Clock.systemUTC()).checkout(toResolve), assistance, new ScanStream(), new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal,
                CameraHolder.none(), Beeper.SILENT, ReceiptPrinter.none(), Duration.ofMillis(100));
        CatalogService catalog = new CatalogService(database.transactor());
        shell = new KioskShell(catalog, inventory, amsterdam, TaskExecutor.direct(), KioskOptions.DEFAULT_IDLE, null,
                KioskScreens.checkout(KioskMode.CHECKOUT, new ShopSearch(catalog), kit));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static int stockHere() {
        return inventory.availability(item.id(), amsterdam.id()).get(0).quantity();
    }

    private static long sales() {
        return database.transactor().read(s -> s.createSelectionQuery("select count(*) from Sale", Long.class)
                .getSingleResult());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The card terminal approves; the sale's payment cannot be written just then. */
    private void payWhileTheSaleCannotBeSaved(FxRobot robot) {
        robot.clickOn("#language-en");
        HandScanner.scan(robot, shell, item.gtin());
        robot.clickOn("#pay");
        rename("payment", "payment_gone");
        try {
            robot.clickOn("#sim-approved");
        } finally {
            rename("payment_gone", "payment");
        }
    }

    private static void rename(String from, String to) {
        database.transactor().write(s -> s.createNativeMutationQuery("alter table " + from + " rename to " + to)
                .executeUpdate());
    }

    @Test
    void whenTheSaleCannotBeSavedTheChargeIsReversedAndTheCustomerIsToldNothingWasCharged(FxRobot robot) {
        int stock = stockHere();
        long salesBefore = sales();

        payWhileTheSaleCannotBeSaved(robot);

        assertThat(text(robot, "#scanMessage")).contains("cancelled").contains("nothing was charged")
                .contains("call a member of staff");
        assertThat(robot.lookup("#unrecordedNote").tryQuery()).isEmpty();
        assertThat(robot.lookup("#basketLines").queryAs(Pane.class).getChildren()).as("the basket stays").hasSize(1);
        assertThat(terminal.wasReversed("SIM-1")).isTrue();
        assertThat(stockHere()).isEqualTo(stock);
        assertThat(sales()).isEqualTo(salesBefore);
    }

    @Test
    void whenTheChargeCannotBeReversedEitherTheCustomerGetsANoteToShowStaffAndCanCallThem(FxRobot robot) {
        terminal.failReversals(true);
        long salesBefore = sales();

        payWhileTheSaleCannotBeSaved(robot);

        assertThat(robot.lookup("#unrecordedNote").tryQuery()).isPresent();
        List<UnresolvedPayment> open = toResolve.open(amsterdam.id());
        UnresolvedPayment listed = open.stream().filter(p -> p.terminalReference().equals("SIM-1")).findFirst()
                .orElseThrow();
        assertThat(text(robot, "#unrecordedCase")).isEqualTo(listed.caseCodeShown());
        assertThat(text(robot, "#unrecordedAmount").replaceAll("\\D", ""))
                .isEqualTo(listed.amount().amount().unscaledValue().toString());
        assertThat(text(robot, "#unrecordedTerminal")).isEqualTo(TERMINAL);
        assertThat(text(robot, "#unrecordedReference")).isEqualTo("SIM-1");
        assertThat(text(robot, "#unrecordedTime")).isNotBlank();
        assertThat(text(robot, "#unrecordedText")).contains("charged").contains("do not pay again")
                .doesNotContain("Exception");
        assertThat(sales()).isEqualTo(salesBefore);

        robot.clickOn("#unrecordedCallStaff");
        assertThat(assistance.open(amsterdam.id())).anyMatch(r -> r.kind() == AssistanceKind.HELP
                && r.terminalCode().equals(TERMINAL));
        assertThat(text(robot, "#unrecordedText")).contains("on the way");
    }
}
