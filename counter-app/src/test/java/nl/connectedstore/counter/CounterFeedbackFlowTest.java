package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After handing over a web order, the clerk turns the screen to the customer: they answer in their language, name who
 * helped them, and give the screen back; the manager then finds the answer on the dashboard under that clerk.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class CounterFeedbackFlowTest {

    private static Database database;
    private static Database counter;
    private static StoreInfo amsterdam;
    private static OrderService orders;
    private static ProductCard product;

    @BeforeAll
    static void open() {
        database = DemoDatabase.fresh("counter-asks-feedback-", new DemoChain.Size(100, 0, 0));
        counter = CounterStage.asCounter(database);
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        orders = Services.on(counter.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        product = new CatalogService(database.transactor()).search(amsterdam, new SearchQuery("", null, 100))
                .stream().filter(p -> p.stock() == StockStatus.IN_STOCK && p.price() != null && !p.soldByWeight()
                        && p.minimumAge() == 0 && p.quantityHere() > 3)
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        StoreService stores = Services.on(counter.transactor()).stores();
        ZoneId zone = ZoneId.systemDefault();
        FeedbackComments comments = Services.on(counter.transactor(), Clock.systemDefaultZone()).feedbackComments(zone, Themes.builtIn());
        CounterFeedback feedback;
        try {
            feedback = new CounterFeedback(new FeedbackDashboard(new FeedbackFigures(counter.transactor(),
                    Clock.systemDefaultZone(), zone), comments, stores.stores()), comments,
                    Files.createTempDirectory("counter-feedback-"), Services.on(counter.transactor(), Clock.systemUTC()).feedback(), stores);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CounterShell shell = new CounterShell(stores, new CatalogService(counter.transactor()),
                new InventoryService(counter.transactor()),
                new AssistanceService(counter.transactor(), stores, Clock.systemUTC()), amsterdam,
                CounterStage.ENGLISH, TaskExecutor.direct(), "AMS-COUNTER-1", new CounterTools(
                Optional.of(TestKits.privacy(counter.transactor(), Clock.systemUTC(), "AMS-COUNTER-1")),
                Optional.empty(), Optional.of(new CounterOrders(orders, terminal, terminal, Duration.ofSeconds(2),
                Clock.systemDefaultZone())), Optional.empty(), Optional.of(feedback)));
        CounterStage.show(stage, shell);
    }

    /** Ordered at the kiosk in Dutch, paid there, and put together by the manager: ready for pick-up. */
    private static OrderView readyOrder(StaffSession by) {
        OrderService kiosk = Services.on(HandedOverOrders.kioskOf(database).transactor(), Clock.systemUTC())
                .orders(OrderService.DEFAULT_HOLD);
        OrderPlan plan = kiosk.plan(amsterdam, List.of(new OrderService.Wanted(product.id(), 1)),
                Destination.pickUpAt(amsterdam.id()));
        OrderView placed = kiosk.place(amsterdam, "AMS-KIOSK-1", plan, PaymentChoice.AT_KIOSK, new Locale("nl", "NL"));
        kiosk.paid(placed.code(), new PaymentTerminal.Outcome(PaymentStatus.APPROVED, "T-1"), "AMS-KIOSK-1");
        return orders.markReady(placed.code(), by);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String answer(String column) {
        return database.transactor().read(s -> String.valueOf(s.createNativeQuery("select " + column
                + " from feedback_response where channel = 'COUNTER'", Object.class).getSingleResult()));
    }

    @Test
    void theCustomerAnswersOnTheTurnedScreenAndTheManagerFindsItUnderTheClerk(FxRobot robot) throws Exception {
        StaffSession manager = DemoStaff.signIn(counter, "AMS", "1234");
        OrderView order = readyOrder(manager);
        CounterStage.signIn(robot, "2345"); // Daan, the clerk
        robot.clickOn("#ordersTab");
        robot.clickOn("#orderScan").write(order.qrText()).type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#askFeedback").tryQuery()).as("not before the hand-over").isEmpty();
        robot.clickOn("#handOver");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#askFeedback");
        assertThat(robot.lookup("#customerFeedback").tryQuery()).isPresent();
        assertThat(robot.lookup(".customer-prompt-title").queryAs(Label.class).getText())
                .as("in the language the customer ordered in").isEqualTo(
                        nl.connectedstore.ui.Messages.of(new Locale("nl", "NL")).get("feedback.title"));
        robot.clickOn("#feedback-lang-da");
        assertThat(robot.lookup(".customer-prompt-title").queryAs(Label.class).getText())
                .isEqualTo("Hvordan var dit bes\u00f8g i dag?");
        robot.clickOn("#feedback-rate-5");
        robot.clickOn("#feedback-recommend-10");
        long daan = Services.on(counter.transactor()).stores().signedInToday(amsterdam.id(), ZoneId.systemDefault())
                .stream().filter(s -> s.firstName().equals("Daan")).findFirst().orElseThrow().staffId();
        robot.clickOn("#feedback-helper-" + daan);
        robot.clickOn("#feedbackComment").write("Daan fandt lige det, jeg ledte efter");
        robot.clickOn("#feedbackSend");

        assertThat(text(robot, "#feedbackOutcome")).startsWith("Tak!");
        assertThat(answer("rating")).isEqualTo("5");
        assertThat(answer("staff_id")).isEqualTo(Long.toString(daan));
        assertThat(answer("language")).isEqualTo("da");
        robot.clickOn("#feedbackDone");
        assertThat(robot.lookup("#customerFeedback").tryQuery()).as("the screen is the clerk's again").isEmpty();
        assertThat(text(robot, "#openOrderCode")).contains(order.displayCode());

        robot.clickOn("#signOut");
        CounterStage.signIn(robot, "1234"); // the manager
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Tab dashboard = tabs.getTabs().stream().filter(t -> "experienceTab".equals(t.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(dashboard));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<StaffName> clerks = robot.lookup("#clerkFilter").queryAs(ComboBox.class);
        StaffName daanName = clerks.getItems().stream().filter(c -> c.staffId() == daan).findFirst().orElseThrow();
        robot.interact(() -> clerks.setValue(daanName));
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<FeedbackComments.Comment> comments = robot.lookup("#commentsTable").queryAs(TableView.class);
        assertThat(comments.getItems()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Daan fandt lige det, jeg ledte efter");
            assertThat(c.staffName()).isEqualTo("Daan");
        });
        assertThat(text(robot, "#fig-csat-n")).isEqualTo("n = 1");
    }

    @Test
    void noThanksGivesTheScreenBackAndStoresNothing(FxRobot robot) throws Exception {
        StaffSession manager = DemoStaff.signIn(counter, "AMS", "1234");
        OrderView order = readyOrder(manager);
        long before = database.transactor().read(s -> ((Number) s.createNativeQuery(
                "select count(*) from feedback_response", Object.class).getSingleResult()).longValue());
        CounterStage.signIn(robot, "2345");
        robot.clickOn("#ordersTab");
        robot.clickOn("#orderScan").write(order.qrText()).type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#handOver");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#askFeedback");
        robot.clickOn("#feedback-rate-2");
        robot.clickOn("#feedbackSkip");

        assertThat(robot.lookup("#customerFeedback").tryQuery()).isEmpty();
        long after = database.transactor().read(s -> ((Number) s.createNativeQuery(
                "select count(*) from feedback_response", Object.class).getSingleResult()).longValue());
        assertThat(after).isEqualTo(before);
        assertThat(text(robot, "#openOrderStatus")).isNotBlank();
    }
}
