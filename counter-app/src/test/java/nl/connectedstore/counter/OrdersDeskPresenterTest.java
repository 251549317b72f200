package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderTransitionException;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.HandTicker;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orders desk's flow without a toolkit, on a real H2 database with the counter's own database user: orders
 * placed at the kiosk, opened by scan or tap, marked ready, the customer's ID seen, paid and handed over, cancelled;
 * every refusal as a message key the screen translates.
 */
class OrdersDeskPresenterTest {

    private static Database owner;
    private static Database counter;
    private static StoreInfo amsterdam;
    private static StoreInfo gent;
    private static OrderService kiosk;
    private static OrderService orders;
    private static List<ProductCard> inStock;
    private static ProductCard wine;

    @BeforeAll
    static void open() {
        owner = PresenterDatabase.owner();
        counter = PresenterDatabase.counter();
        StoreService stores = Services.on(owner.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        gent = stores.store("GNT").orElseThrow();
        kiosk = Services.on(owner.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        orders = Services.on(counter.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        List<ProductCard> orderable = new CatalogService(owner.transactor()).search(amsterdam,
                        new SearchQuery("", null, 200)).stream()
                .filter(p -> p.stock() == StockStatus.IN_STOCK && p.price() != null && !p.soldByWeight()).toList();
        inStock = orderable.stream().filter(p -> p.minimumAge() == 0).toList();
        wine = orderable.stream().filter(p -> p.minimumAge() >= 18).findFirst().orElseThrow();
    }

    private final SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
    private final HeldExecutor executor = new HeldExecutor();
    private StaffSession daan;
    private OrdersDeskPresenter desk;

    @BeforeEach
    void signIn() {
        daan = DemoStaff.signIn(counter, "AMS", "2345");
        desk = desk(daan);
        desk.start();
    }

    private OrdersDeskPresenter desk(StaffSession staff) {
        return new OrdersDeskPresenter(new CounterOrders(orders, terminal, terminal, Duration.ofSeconds(2), Clock.systemUTC()),
                amsterdam, staff, "AMS-COUNTER-1", executor, Clock.systemUTC(), new HandTicker());
    }

    private static OrderView kioskOrder(ProductCard product, StoreInfo pickUp) {
        OrderPlan plan = kiosk.plan(amsterdam, List.of(new OrderService.Wanted(product.id(), 1)),
                Destination.pickUpAt(pickUp.id()));
        return kiosk.place(amsterdam, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH);
    }

    private static List<String> kinds(OrderView order) {
        return orders.find(order.code()).orElseThrow().events().stream().map(OrderView.Event::kind).toList();
    }

    private static String key(Said said) {
        return said == null ? null : said.key();
    }

    @Test
    void handOverIsRefusedAndNothingChargedUntilTheClerkSawTheCustomersId() {
        OrderView placed = kioskOrder(wine, amsterdam);
        desk.find(placed.qrText());
        assertThat(desk.openProperty().get().code()).isEqualTo(placed.code());
        desk.markReady();
        assertThat(desk.openProperty().get().status()).isEqualTo(OrderStatus.READY);

        desk.handOver();
        assertThat(key(desk.outcomeProperty().get())).isEqualTo("counter.orders.refused.AGE_NOT_CHECKED");
        assertThat(desk.outcomeProperty().get().args()).contains(wine.minimumAge());
        assertThat(desk.terminalAskingProperty().get()).as("no charge before ID").isFalse();
        assertThat(kinds(placed)).containsExactly("PLACED", "READY");

        desk.confirmAge();
        assertThat(desk.openProperty().get().needsAgeCheck()).isFalse();
        assertThat(desk.outcomeProperty().get()).isNull();
        desk.handOver();
        assertThat(desk.terminalAskingProperty().get()).isTrue();
        desk.answerTerminal(PaymentStatus.APPROVED);

        assertThat(desk.openProperty().get().status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(kinds(placed)).containsExactly("PLACED", "READY", "AGE_CHECKED", "PAID", "PICKED_UP");
        assertThat(orders.find(placed.code()).orElseThrow().events().get(2).by()).isEqualTo("Daan Bakker");
        assertThat(desk.pickedUp()).extracting(OrderView::code).contains(placed.code());
    }

    @Test
    void anOrderPaidAtTheKioskIsHandedOverAtOnceOnceTheIdIsSeen() {
        OrderView placed = kioskOrder(wine, amsterdam);
        orders.markReady(placed.code(), daan);
        orders.paid(placed.code(), new nl.connectedstore.sales.PaymentTerminal.Outcome(PaymentStatus.APPROVED,
                "REF-1"), "AMS-KIOSK-1");
        desk.find(placed.displayCode());
        desk.confirmAge();
        desk.handOver();
        assertThat(desk.openProperty().get().status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(kinds(placed)).containsExactly("PLACED", "READY", "PAID", "AGE_CHECKED", "PICKED_UP");
    }

    @Test
    void aSecondTapOnReadyWhileTheFirstIsStoredStoresOneEvent() {
        OrderView placed = kioskOrder(inStock.get(0), amsterdam);
        desk.refresh();
        OrderView row = desk.toPrepare().stream().filter(o -> o.code().equals(placed.code())).findFirst()
                .orElseThrow();
        desk.open(row);

        executor.hold(); // a slow database: the first tap is still being stored
        desk.markReady();
        assertThat(desk.canActProperty().get()).as("greyed while it is stored").isFalse();
        desk.markReady();
        executor.release();
        desk.markReady(); // and once more after it was stored: the order is ready, nothing to do

        assertThat(kinds(placed)).containsExactly("PLACED", "READY");
        assertThat(desk.outcomeProperty().get()).as("no refusal of a second 'ready'").isNull();
        assertThat(desk.openProperty().get().notice()).contains("is ready at " + amsterdam.name());
        assertThat(desk.canActProperty().get()).isTrue();
        assertThat(desk.ready()).extracting(OrderView::code).contains(placed.code());
        assertThat(desk.toPrepare()).extracting(OrderView::code).doesNotContain(placed.code());
    }

    @Test
    void aPollKeepsTheRowsOfOrdersThatDidNotChange() {
        OrderView first = kioskOrder(inStock.get(1), amsterdam);
        desk.refresh();
        OrderView row = desk.toPrepare().stream().filter(o -> o.code().equals(first.code())).findFirst()
                .orElseThrow();
        desk.open(row);
        OrderView second = kioskOrder(inStock.get(2), amsterdam);
        desk.refresh();

        assertThat(desk.toPrepare()).extracting(OrderView::code).contains(first.code(), second.code());
        assertThat(desk.toPrepare().stream().filter(o -> o.code().equals(first.code())).findFirst().orElseThrow())
                .as("the very row the clerk opened, not a replacement").isSameAs(row);
        assertThat(desk.openProperty().get()).isSameAs(row);
    }

    @Test
    void aDeclinedCardLeavesTheOrderReadyAndUnpaidAndSaysSo() {
        OrderView placed = kioskOrder(inStock.get(3), amsterdam);
        desk.find(placed.displayCode());
        desk.markReady();
        desk.handOver();
        desk.answerTerminal(PaymentStatus.DECLINED);

        assertThat(key(desk.outcomeProperty().get())).isEqualTo("counter.orders.declined");
        assertThat(desk.openProperty().get().status()).isEqualTo(OrderStatus.READY);
        assertThat(desk.openProperty().get().paid()).isFalse();
        assertThat(desk.canActProperty().get()).as("the clerk may try another card").isTrue();
        desk.handOver();
        desk.answerTerminal(PaymentStatus.APPROVED);
        assertThat(kinds(placed)).containsExactly("PLACED", "READY", "PAYMENT_DECLINED", "PAID", "PICKED_UP");
    }

    @Test
    void cancellingPutsTheOrderOffTheLists() {
        OrderView placed = kioskOrder(inStock.get(4), amsterdam);
        desk.refresh();
        assertThat(desk.toPrepare()).extracting(OrderView::code).contains(placed.code());
        desk.find(placed.displayCode());
        desk.cancel();

        assertThat(orders.find(placed.code()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(desk.openProperty().get().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(desk.toPrepare()).extracting(OrderView::code).doesNotContain(placed.code());
    }

    @Test
    void aStepOnAnOrderAColleagueCancelledMeanwhileIsRefusedWithAKeyTheScreenTranslates() {
        OrderView placed = kioskOrder(inStock.get(5), amsterdam);
        desk.find(placed.displayCode());
        orders.cancel(placed.code(), DemoStaff.signIn(counter, "AMS", "1234"));
        desk.markReady();

        assertThat(desk.outcomeProperty().get().key()).isEqualTo("counter.orders.refused.FINISHED");
        assertThat(desk.outcomeProperty().get().in(CounterStage.ENGLISH))
                .isEqualTo("Order " + placed.displayCode() + " is finished (\u201cCancelled\u201d): nothing more can"
                        + " be done with it.");
        assertThat(desk.outcomeProperty().get().in(Messages.of(Locale.forLanguageTag("nl"))))
                .startsWith("Bestelling " + placed.displayCode() + " is afgerond (\u201cGeannuleerd\u201d)");
        assertThat(kinds(placed)).containsExactly("PLACED", "CANCELLED");
    }

    @Test
    void aStepAfterTheSignInEndedStoresNothing() {
        OrderView placed = kioskOrder(inStock.get(6), amsterdam);
        StaffSession gone = DemoStaff.signIn(counter, "AMS", "2345");
        OrdersDeskPresenter stale = desk(gone);
        Services.on(counter.transactor()).stores().signOut(gone);
        stale.find(placed.displayCode());
        stale.markReady();

        assertThat(key(stale.outcomeProperty().get())).isEqualTo("counter.orders.signInEnded");
        assertThat(kinds(placed)).containsExactly("PLACED");
    }

    @Test
    void unknownCodesOtherStoresOrdersAndNonCodesAreRefusedWithTheReason() {
        desk.find("CSORDER:AAAA2222");
        assertThat(desk.scanProblemProperty().get()).isEqualTo(Said.of("counter.orders.unknown", "AAAA-2222"));
        assertThat(desk.openProperty().get()).isNull();

        desk.find("hello");
        assertThat(desk.scanProblemProperty().get()).isEqualTo(Said.of("counter.orders.notACode", "hello"));

        OrderView forGent = kioskOrder(inStock.get(7), gent);
        desk.find(forGent.displayCode());
        assertThat(desk.scanProblemProperty().get()).isEqualTo(Said.of("counter.orders.otherStore",
                forGent.displayCode(), gent.name()));
        assertThat(desk.openProperty().get()).isNull();
    }

    @Test
    void everyRefusalHasItsTextInEveryLanguage() {
        for (OrderTransitionException.Refusal refusal : OrderTransitionException.Refusal.values()) {
            for (Locale language : Messages.LANGUAGES) {
                String key = "counter.orders.refused." + refusal.name();
                assertThat(Messages.of(language).get(key, "K7Q2-M9XD", "x", "y", 18)).as(key + " " + language)
                        .isNotEqualTo(key).contains("K7Q2-M9XD");
            }
        }
    }
}
