package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
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

/** "How was your visit today?" beside the receipt after a self-checkout payment: answered, or skipped. */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class FeedbackFlowTest {

    private static final String TERMINAL = "AMS-CHECKOUT-1";
    private static Database database;
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static ProductCard item;

    private KioskShell shell;

    @BeforeAll
    static void openDatabase() {
        database = DemoDatabase.fresh("kiosk-feedback-", new DemoChain.Size(300, 100, 10));
        kiosk = DemoDatabase.as(database, AppRole.KIOSK);
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        item = TestKits.everydayItem(new CatalogService(database.transactor()), amsterdam, 5);
    }

    @AfterAll
    static void close() {
        kiosk.close();
        database.close();
    }

    @Start
    void start(Stage stage) {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CheckoutKit kit = new CheckoutKit(TERMINAL, Services.on(kiosk.transactor(), Clock.systemUTC()).checkout(),
                new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(), Clock.systemUTC()),
                new ScanStream(), new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal,
                CameraHolder.none(), Beeper.SILENT, ReceiptPrinter.none(), Duration.ofMillis(100));
        CatalogService catalog = new CatalogService(kiosk.transactor());
        shell = new KioskShell(catalog, new InventoryService(kiosk.transactor()),
                amsterdam, TaskExecutor.direct(), KioskOptions.DEFAULT_IDLE, TERMINAL,
                KioskScreens.checkout(KioskMode.CHECKOUT, new ShopSearch(catalog), kit)
                        .withFeedback(Services.on(kiosk.transactor(), Clock.systemUTC()).feedback()));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void payForOneItem(FxRobot robot, String language) {
        robot.clickOn("#language-" + language);
        HandScanner.scan(robot, shell, item.gtin());
        robot.clickOn("#pay");
        robot.clickOn("#sim-approved");
        assertThat(robot.lookup("#receipt").tryQuery()).isPresent();
    }

    private static long responses(String where) {
        return database.transactor().read(s -> ((Number) s.createNativeQuery(
                "select count(*) from feedback_response where " + where, Object.class).getSingleResult()).longValue());
    }

    @Test
    void afterPayingTheCustomerAnswersInTheirLanguageAndTheReceiptStaysWithItsDoneButton(FxRobot robot) {
        long before = responses("1 = 1");
        payForOneItem(robot, "nl");
        assertThat(robot.lookup("#feedbackPrompt").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
        assertThat(robot.lookup(".feedback-title").queryAs(Label.class).getText())
                .isEqualTo("Hoe was je bezoek vandaag?");
        assertThat(robot.lookup("#feedbackSend").queryButton().isDisabled()).as("nothing chosen yet").isTrue();

        robot.clickOn("#feedback-rate-4");
        robot.clickOn("#feedback-recommend-9");
        robot.clickOn("#feedbackComment").write("Vriendelijk personeel, maar de wachtrij was lang");
        robot.clickOn("#feedbackSend");

        assertThat(robot.lookup("#feedbackOutcome").queryAs(Label.class).getText()).startsWith("Dank je wel!");
        assertThat(responses("rating = 4 and recommend = 9 and language = 'nl'"
                + " and comment_text = 'Vriendelijk personeel, maar de wachtrij was lang'")).isOne();
        assertThat(responses("1 = 1")).isEqualTo(before + 1);
        assertThat(robot.lookup("#receiptNumber").tryQuery()).isPresent();
        robot.clickOn("#done");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }

    @Test
    void theCustomerNamesWhoHelpedAmongTheStaffSignedInHereToday(FxRobot robot) {
        long daan = DemoStaff.signIn(database, "AMS", "2345").staffId();
        long gentsClerk = DemoStaff.signIn(database, "GNT", "2345").staffId();
        payForOneItem(robot, "en");
        robot.clickOn("#feedback-rate-5");

        assertThat(robot.lookup("#feedbackHelpers .toggle-button").queryAllAs(ToggleButton.class))
                .extracting(ToggleButton::getText).contains("Daan").doesNotContain("Daan Bakker");
        assertThat(robot.lookup("#feedback-helper-" + gentsClerk).tryQuery()).as("signed in, but in Gent").isEmpty();
        robot.clickOn("#feedback-helper-" + daan);
        robot.clickOn("#feedbackSend");

        assertThat(robot.lookup("#feedbackOutcome").queryAs(Label.class).getText()).startsWith("Thank you");
        assertThat(responses("staff_id = " + daan + " and rating = 5")).isOne();
    }

    @Test
    void noThanksStoresNothingAndLeavesTheReceipt(FxRobot robot) {
        long before = responses("1 = 1");
        payForOneItem(robot, "en");
        robot.clickOn("#feedback-rate-2");
        robot.clickOn("#feedbackSkip");

        assertThat(robot.lookup("#feedbackPrompt").queryAs(javafx.scene.layout.VBox.class).isVisible()).isFalse();
        assertThat(responses("1 = 1")).isEqualTo(before);
        assertThat(robot.lookup("#receiptNumber").tryQuery()).isPresent();
        robot.clickOn("#done");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }
}
