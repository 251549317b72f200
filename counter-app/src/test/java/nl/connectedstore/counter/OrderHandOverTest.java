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
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter's side of the webshop, headless on its own H2 database: an order placed at the kiosk appears to
 * prepare, is marked ready, its QR code is scanned, the payment taken and the order handed over; an order with an
 * age limit is not handed over before the clerk saw the customer's ID. The other branches (a second tap, a cancel,
 * unknown codes and other stores' orders, refusals) are {@link OrdersDeskPresenterTest}'s.
 */
@ExtendWith(FxTests.class)
class OrderHandOverTest {

    private static Database database;
    private static StoreInfo amsterdam;
    private static OrderService orders;
    private static List<ProductCard> inStock;
    private static List<ProductCard> ageLimited;

    @BeforeAll
    static void open() {
        database = DemoDatabase.fresh("counter-orders-", new DemoChain.Size(200, 0, 0));
        CounterStage.clerksRead(database, "en");
        StoreService stores = Services.on(database.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        orders = Services.on(database.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
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

    @Start
    void start(Stage stage) {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CounterStage.show(stage, CounterStage.shell(database, amsterdam, null,
                new CounterOrders(orders, terminal, terminal, Duration.ofMillis(500), Clock.systemDefaultZone())));
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

    /**
     * Taps the "to prepare" row of {@code order} once it is drawn, found and tapped in one go: a row looked up
     * first and tapped after the next refresh could be gone (NoSuchElement under load).
     */
    private static void clickRow(FxRobot robot, OrderView order) throws Exception {
        waitUntil(() -> cellOf(robot, order).isPresent());
        java.util.concurrent.atomic.AtomicReference<javafx.geometry.Point2D> at =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> cellOf(robot, order).ifPresent(cell -> at.set(cell.localToScreen(
                cell.getLayoutBounds().getCenterX(), cell.getLayoutBounds().getCenterY()))));
        robot.clickOn(at.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // generous for a loaded machine: the polls read the database on the FX thread here (a direct executor)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void anOrderAppearsIsPreparedScannedPaidAndHandedOver(FxRobot robot) throws Exception {
        CounterStage.signIn(robot, "2345");
        robot.clickOn("#ordersTab");
        OrderView above = kioskOrder(inStock.get(1), amsterdam);
        OrderView placed = kioskOrder(inStock.get(0), amsterdam);
        clickRow(robot, placed);
        assertThat(text(robot, "#openOrderCode")).isEqualTo("Order " + placed.displayCode());
        robot.clickOn("#markReady");
        assertThat(text(robot, "#openOrderNotice")).contains("is ready at " + amsterdam.name());
        waitUntil(() -> codesIn(robot, "#readyList").contains(placed.code()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(codesIn(robot, "#toPrepare")).contains(above.code());
        assertThat(text(robot, "#openOrderCode")).as("its row left the list: the order above is not opened instead")
                .isEqualTo("Order " + placed.displayCode());

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

}
