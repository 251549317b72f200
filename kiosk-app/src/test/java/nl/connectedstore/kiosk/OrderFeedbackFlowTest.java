package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
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

/** "How was it today?" beside the placed web order: answered in the customer's language, or skipped. */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class OrderFeedbackFlowTest {

    private static Database database;
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static ProductCard item;

    private KioskShell shell;

    @BeforeAll
    static void openDatabase() {
        database = DemoDatabase.fresh("kiosk-order-feedback-", new DemoChain.Size(300, 100, 10));
        kiosk = DemoDatabase.as(database, AppRole.KIOSK);
        amsterdam = Services.on(kiosk.transactor()).stores().store("AMS").orElseThrow();
        item = TestKits.everydayItem(new CatalogService(kiosk.transactor()), amsterdam, 5);
    }

    @AfterAll
    static void close() {
        kiosk.close();
        database.close();
    }

    @Start
    void start(Stage stage) {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CatalogService catalog = new CatalogService(kiosk.transactor());
        InventoryService inventory = new InventoryService(kiosk.transactor());
        OrderService orders = Services.on(kiosk.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        ShopSearch search = new ShopSearch(catalog);
        SuggestionService suggestions = new SuggestionService(kiosk.transactor(), catalog, inventory,
                Services.on(kiosk.transactor()).consents(), new CurrentModel(new CoPurchaseTraining(kiosk.transactor(), Clock.systemUTC())), Clock.systemUTC());
        OrderKit kit = new OrderKit(search, orders, suggestions,
                orders.pickupStores(amsterdam, Services.on(kiosk.transactor()).stores().stores()), Optional.of(terminal),
                Optional.of(terminal),
                new SimpleDoubleProperty(1));
        shell = new KioskShell(catalog, inventory, amsterdam, TaskExecutor.direct(), KioskOptions.DEFAULT_IDLE,
                "AMS-KIOSK-1", KioskScreens.shop(search).withWebshop(kit)
                .withFeedback(Services.on(kiosk.transactor(), Clock.systemUTC()).feedback()));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void order(FxRobot robot, String language, String payWith) {
        robot.clickOn("#language-" + language);
        robot.interact(() -> shell.catalogueForTest(item));
        robot.clickOn("#addToBasket");
        robot.clickOn("#toBasket");
        robot.clickOn(payWith);
        if (payWith.equals("#payHere")) {
            robot.clickOn("#sim-approved");
        }
        assertThat(robot.lookup("#orderCode").tryQuery()).isPresent();
    }

    private static long responses(String where) {
        return database.transactor().read(s -> ((Number) s.createNativeQuery(
                "select count(*) from feedback_response f join customer_order o on o.id = f.order_id where " + where,
                Object.class).getSingleResult()).longValue());
    }

    @Test
    void afterPayingForAWebOrderTheCustomerAnswersInTheirLanguageBesideTheOrderCode(FxRobot robot) {
        order(robot, "da", "#payHere");
        String code = shell.lookup("#orderCode") instanceof Label l ? l.getText() : null;
        assertThat(robot.lookup("#feedbackPrompt").queryAs(VBox.class).isVisible()).isTrue();
        assertThat(robot.lookup(".feedback-title").queryAs(Label.class).getText())
                .isEqualTo("Hvordan var dit bes\u00f8g i dag?");

        robot.clickOn("#feedback-rate-5");
        robot.clickOn("#feedback-recommend-8");
        robot.clickOn("#feedbackComment").write("Nemt at bestille");
        robot.clickOn("#feedbackSend");
        // once stored, Send is gone with the question: a tap while it is on its way stores one (FeedbackPresenterTest)
        assertThat(robot.lookup("#feedbackSend").tryQuery().map(n -> n.isVisible() && n.getParent().isVisible()
                && n.getParent().getParent().isVisible())).contains(false);

        assertThat(robot.lookup("#feedbackOutcome").queryAs(Label.class).getText()).startsWith("Tak!");
        assertThat(responses("f.channel = 'WEB_ORDER' and f.rating = 5 and f.recommend = 8 and f.language = 'da'"
                + " and f.comment_text = 'Nemt at bestille' and f.store_id = " + amsterdam.id()
                + " and o.code = '" + code.replace("-", "").replace(" ", "") + "'")).isOne();
        assertThat(robot.lookup("#orderCode").queryAs(Label.class).getText()).isEqualTo(code);
        robot.clickOn("#orderFinished");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }

    @Test
    void noThanksStoresNothingAndTheOrderStaysOnScreen(FxRobot robot) {
        long before = responses("1 = 1");
        order(robot, "nl", "#payAtCounter");
        robot.clickOn("#feedback-rate-1");
        robot.clickOn("#feedbackSkip");

        assertThat(robot.lookup("#feedbackPrompt").queryAs(VBox.class).isVisible()).isFalse();
        assertThat(responses("1 = 1")).isEqualTo(before);
        assertThat(robot.lookup("#orderCode").tryQuery()).isPresent();
        robot.clickOn("#orderFinished");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }
}
