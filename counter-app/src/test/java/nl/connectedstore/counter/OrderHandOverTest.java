package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.HeldExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter's side of the webshop, headless on its own H2 database: an order placed at the kiosk appears to
 * prepare, is marked ready, its QR code is scanned, the payment taken and the order handed over; an unknown code
 * and another store's order are refused with the reason.
 */
@ExtendWith(ApplicationExtension.class)
class OrderHandOverTest {

    private static Database database;
    private static StoreInfo amsterdam;
    private static StoreInfo gent;
    private static OrderService orders;
    private static List<ProductCard> inStock;
    private static List<ProductCard> ageLimited;

    @BeforeAll
    static void open() {
        database = DemoDatabase.fresh("counter-orders-", new DemoChain.Size(200, 0, 0));
        StoreService stores = new StoreService(database.transactor());
        amsterdam = stores.store("AMS").orElseThrow();
        gent = stores.store("GNT").orElseThrow();
        orders = new OrderService(database.transactor(), Clock.systemUTC(), OrderService.DEFAULT_HOLD);
        List<ProductCard> orderable = new CatalogService(database.transactor()).search(amsterdam,
                        new SearchQuery("", null, 200)).stream()
                .filter(p -> p.stock() == StockStatus.IN_STOCK && p.price() != null && !p.soldByWeight()).toList();
        inStock = orderable.stream().filter(p -> p.minimumAge() == 0).toList();
        ageLimited = orderable.stream().filter(p -> p.minimumAge() > 0).toList();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private final HeldExecutor executor = new HeldExecutor();

    @Start
    void start(Stage stage) {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CounterStage.show(stage, CounterStage.shell(database, amsterdam, null,
                new CounterOrders(orders, terminal, terminal, Duration.ofMillis(100)), null, executor));
    }

    /** What a customer does at the kiosk: order one product for pick-up at {@code store}, to pay at the counter. */
    private static OrderView kioskOrder(ProductCard product, StoreInfo pickUp) {
        OrderPlan plan = orders.plan(amsterdam, List.of(new OrderService.Wanted(product.id(), 1)),
                Destination.pickUpAt(pickUp.id()));
        return orders.place(amsterdam, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    private static List<String> codesIn(FxRobot robot, String list) {
        return ((ListView<OrderView>) robot.lookup(list).query()).getItems().stream().map(OrderView::code).toList();
    }

    /** The "to prepare" row showing this order, once it is drawn. */
    private static java.util.Optional<javafx.scene.Node> cellOf(FxRobot robot, OrderView order) {
        return robot.lookup("#toPrepare .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> cell
                && cell.getText() != null && cell.getText().startsWith(order.displayCode())).tryQuery();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void anOrderAppearsIsPreparedScannedPaidAndHandedOver(FxRobot robot) throws Exception {
        CounterStage.signIn(robot, "2345");
        robot.clickOn("#ordersTab");
        OrderView placed = kioskOrder(inStock.get(0), amsterdam);
        waitUntil(() -> cellOf(robot, placed).isPresent());

        robot.clickOn(cellOf(robot, placed).orElseThrow());
        assertThat(text(robot, "#openOrderCode")).isEqualTo("Order " + placed.displayCode());
        robot.clickOn("#markReady");
        assertThat(text(robot, "#openOrderNotice")).contains("is ready at " + amsterdam.name());
        waitUntil(() -> codesIn(robot, "#readyList").contains(placed.code()));

        // the customer shows the QR code; the counter's scanner types it into the focused field, with Enter
        robot.clickOn("#orderScan").write(placed.qrText()).type(javafx.scene.input.KeyCode.ENTER);
        assertThat(text(robot, "#openOrderStatus")).startsWith("Ready for pick-up").contains("to pay");
        robot.clickOn("#handOver");
        robot.clickOn("#counter-sim-declined");
        assertThat(text(robot, "#orderOutcome")).contains("declined");
        assertThat(orders.find(placed.code()).orElseThrow().status()).isEqualTo(OrderStatus.READY);

        robot.clickOn("#handOver").clickOn("#counter-sim-approved");
        OrderView after = orders.find(placed.code()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(after.paid()).isTrue();
        assertThat(after.events()).extracting(OrderView.Event::kind)
                .containsExactly("PLACED", "READY", "PAYMENT_DECLINED", "PAID", "PICKED_UP");
        assertThat(text(robot, "#openOrderStatus")).startsWith("Picked up");
        waitUntil(() -> codesIn(robot, "#pickedUpList").contains(placed.code()));
    }

    @Test
    void anOrderWithAnAgeLimitIsHandedOverOnlyAfterTheClerkSawTheCustomersId(FxRobot robot) throws Exception {
        CounterStage.signIn(robot, "2345");
        robot.clickOn("#ordersTab");
        ProductCard wine = ageLimited.get(0);
        OrderView placed = kioskOrder(wine, amsterdam);
        // the customer shows the order's QR code: the counter's scanner types it, with Enter
        robot.clickOn("#orderScan").write(placed.qrText()).type(javafx.scene.input.KeyCode.ENTER);
        assertThat(text(robot, "#openOrderCode")).isEqualTo("Order " + placed.displayCode());
        assertThat(text(robot, "#orderAgeCheck")).as("already before it is prepared")
                .contains(wine.minimumAge() + " or over");
        robot.clickOn("#markReady");

        assertThat(text(robot, "#orderAgeCheck")).contains(wine.minimumAge() + " or over");
        assertThat(robot.lookup("#handOver").queryButton().isDisabled()).as("no hand-over, no charge, before ID")
                .isTrue();
        robot.clickOn("#confirmAge");
        assertThat(robot.lookup("#orderAgeCheck").query().isVisible()).isFalse();
        assertThat(robot.lookup("#confirmAge").tryQuery()).isEmpty();
        robot.clickOn("#handOver").clickOn("#counter-sim-approved");

        OrderView after = orders.find(placed.code()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(after.events()).extracting(OrderView.Event::kind)
                .containsExactly("PLACED", "READY", "AGE_CHECKED", "PAID", "PICKED_UP");
        assertThat(after.events().get(2).by()).isEqualTo("Daan Bakker");
    }

    @Test
    void aSecondTapOnReadyWhileTheFirstIsStoredDoesNothing(FxRobot robot) throws Exception {
        CounterStage.signIn(robot, "2345");
        robot.clickOn("#ordersTab");
        OrderView placed = kioskOrder(inStock.get(1), amsterdam);
        waitUntil(() -> cellOf(robot, placed).isPresent());
        robot.clickOn(cellOf(robot, placed).orElseThrow());

        robot.interact(executor::hold); // a slow database: the first tap is still being stored
        robot.clickOn("#markReady");
        assertThat(robot.lookup("#markReady").query().isDisabled()).as("greyed while it is stored").isTrue();
        robot.clickOn("#markReady");
        robot.interact(executor::release);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(orders.find(placed.code()).orElseThrow().events()).extracting(OrderView.Event::kind)
                .containsExactly("PLACED", "READY");
        assertThat(text(robot, "#openOrderNotice")).contains("is ready at");
        assertThat(robot.lookup("#orderOutcome").tryQueryAs(Label.class).map(Label::getText).orElse(""))
                .as("no refusal of a second 'ready'").isEmpty();
    }

    @Test
    void unknownCodesAndOtherStoresOrdersAreRefusedWithTheReason(FxRobot robot) {
        CounterStage.signIn(robot, "2345");
        robot.clickOn("#ordersTab");

        robot.clickOn("#orderScan").write("CSORDER:AAAA2222").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(text(robot, "#orderScanProblem")).isEqualTo("There is no order AAAA-2222. Check the code with the customer.");
        assertThat(robot.lookup("#openOrderCode").tryQuery()).isEmpty();

        robot.clickOn("#orderScan").write("hello").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(text(robot, "#orderScanProblem")).contains("not an order code");

        OrderView forGent = kioskOrder(inStock.get(1), gent);
        robot.clickOn("#orderScan").write(forGent.displayCode()).type(javafx.scene.input.KeyCode.ENTER);
        assertThat(text(robot, "#orderScanProblem")).isEqualTo("Order " + forGent.displayCode()
                + " is to be picked up at " + gent.name() + ", not here.");
        assertThat(robot.lookup("#openOrderCode").tryQuery()).isEmpty();
    }
}
