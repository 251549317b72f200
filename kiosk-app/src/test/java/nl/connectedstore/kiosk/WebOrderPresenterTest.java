package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleDoubleProperty;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.Address;
import nl.connectedstore.orders.OrderPayment;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web order flow without a screen: basket, plan, place, pay, on a small demo chain of its own (orders hold
 * stock), through the kiosk's own database user. Every task runs at once ({@link TaskExecutor#direct()}), or waits
 * while held ({@link HeldExecutor}) where a second tap comes while the first is still being stored.
 */
class WebOrderPresenterTest {

    private static final String KIOSK = "AMS-KIOSK-1";
    private static Database database;
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static CatalogService catalog;
    private static InventoryService inventory;
    private static OrderService orders;
    private static SuggestionService suggestions;
    private static List<StoreInfo> pickupStores;
    private static List<ProductCard> cards;
    /** Orderable products on the shelf here without an age limit; the last two sell out in their tests. */
    private static List<ProductCard> shelf;
    private static ProductCard scarceEverywhere;
    private static ProductCard scarceHere;

    private SimulatedPaymentTerminal terminal;
    private OrderKit kit;

    @BeforeAll
    static void openDatabase() {
        database = DemoDatabase.fresh("kiosk-web-order-", new DemoChain.Size(150, 0, 0));
        kiosk = DemoDatabase.as(database, AppRole.KIOSK);
        StoreService stores = Services.on(kiosk.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        catalog = new CatalogService(kiosk.transactor());
        inventory = new InventoryService(kiosk.transactor());
        orders = Services.on(kiosk.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        suggestions = new SuggestionService(kiosk.transactor(), catalog, inventory,
                Services.on(kiosk.transactor(), Clock.systemUTC()).consents(),
                new CurrentModel(new CoPurchaseTraining(kiosk.transactor(), Clock.systemUTC())), Clock.systemUTC());
        pickupStores = orders.pickupStores(amsterdam, stores.stores());
        cards = catalog.search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT));
        List<ProductCard> fit = cards.stream().filter(p -> !p.soldByWeight() && p.price() != null
                && p.stock() == StockStatus.IN_STOCK && p.quantityHere() >= 3 && p.minimumAge() == 0).toList();
        List<ProductCard> backwards = new java.util.ArrayList<>(fit);
        java.util.Collections.reverse(backwards);
        scarceEverywhere = backwards.stream()
                .filter(p -> !suggestions.alternatives(amsterdam, p.id(), WebOrderPresenter.INSTEAD).isEmpty())
                .findFirst().orElseThrow();
        scarceHere = backwards.stream().filter(p -> p.id() != scarceEverywhere.id())
                .filter(p -> inventory.availability(p.id(), amsterdam.id()).stream()
                        .anyMatch(l -> !l.here() && l.carried() && l.quantity() >= 1))
                .findFirst().orElseThrow();
        shelf = fit.stream().filter(p -> p.id() != scarceEverywhere.id() && p.id() != scarceHere.id()).toList();
    }

    @AfterAll
    static void close() {
        kiosk.close();
        database.close();
    }

    @BeforeEach
    void kiosk() {
        terminal = new SimulatedPaymentTerminal();
        kit = new OrderKit(new ShopSearch(catalog), orders, suggestions, pickupStores, Optional.of(terminal),
                Optional.of(terminal),
                new SimpleDoubleProperty(1));
    }

    private static int next;

    /** A product on the shelf here, orderable, without an age limit; each test takes another. */
    private static ProductCard onTheShelf() {
        return shelf.get(next++ % shelf.size());
    }

    private WebOrderPresenter order(TaskExecutor executor, ProductCard card, int quantity) {
        WebBasket basket = new WebBasket();
        basket.add(card, quantity);
        return new WebOrderPresenter(kit, basket, amsterdam, KIOSK, Locale.ENGLISH, executor);
    }

    private static int stockHere(long productId) {
        return inventory.availability(productId, amsterdam.id()).get(0).quantity();
    }

    private static long countOrders() {
        return database.transactor().read(s -> s.createSelectionQuery("select count(o) from CustomerOrder o",
                Long.class).getSingleResult());
    }

    private static List<String> events(WebOrderPresenter presenter) {
        return orders.find(presenter.orderProperty().get().code()).orElseThrow().events().stream()
                .map(OrderView.Event::kind).toList();
    }

    @Test
    void anOrderPickedUpHereIsPlacedPaidAtTheKioskAndItsUnitsHeld() {
        ProductCard card = onTheShelf();
        int before = stockHere(card.id());
        WebOrderPresenter presenter = order(TaskExecutor.direct(), card, 2);

        assertThat(presenter.rows()).singleElement().satisfies(row -> {
            assertThat(row.quantity()).isEqualTo(2);
            assertThat(row.source()).isEqualTo(ShopNote.of("order.line.fromHere", amsterdam.name()));
            assertThat(row.problem()).isFalse();
        });
        assertThat(presenter.readyProperty().get()).isEqualTo(ShopNote.of("order.readyToday"));
        assertThat(presenter.totalProperty().get()).isEqualTo(card.price().times(java.math.BigDecimal.valueOf(2)));
        assertThat(presenter.canOrderProperty().get()).isTrue();

        presenter.placeOrder(PaymentChoice.AT_KIOSK);
        assertThat(presenter.phaseProperty().get()).isEqualTo(WebOrderPresenter.Phase.PAYING);
        assertThat(stockHere(card.id())).as("held once placed").isEqualTo(before - 2);
        terminal.answerNext(PaymentStatus.APPROVED);
        presenter.pay();

        assertThat(presenter.phaseProperty().get()).isEqualTo(WebOrderPresenter.Phase.DONE);
        assertThat(presenter.paymentState()).isEqualTo(WebOrderPresenter.PaymentState.PAID);
        assertThat(presenter.paymentProperty().get()).isInstanceOf(OrderPayment.Paid.class);
        OrderView stored = orders.find(presenter.orderProperty().get().code()).orElseThrow();
        assertThat(stored.paid()).isTrue();
        assertThat(stored.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(stored.pickupStoreCode()).isEqualTo("AMS");
        assertThat(stored.lines()).singleElement().satisfies(l -> {
            assertThat(l.productId()).isEqualTo(card.id());
            assertThat(l.quantity()).isEqualTo(2);
        });
        assertThat(presenter.basket().lines()).as("the basket is emptied").isEmpty();
        assertThat(presenter.canRetryPayment()).isFalse();
    }

    @Test
    void moreLessAndRemoveChangeTheBasketAndItsPlan() {
        ProductCard card = onTheShelf();
        ProductCard other = onTheShelf();
        WebOrderPresenter presenter = order(TaskExecutor.direct(), card, 1);
        presenter.basket().add(other, 1);
        assertThat(presenter.rows()).hasSize(2);

        presenter.more(card.id());
        presenter.more(card.id());
        presenter.less(other.id());
        assertThat(presenter.rows()).singleElement().satisfies(row -> {
            assertThat(row.card().id()).isEqualTo(card.id());
            assertThat(row.quantity()).isEqualTo(3);
            assertThat(row.lineTotal()).isEqualTo(card.price().times(java.math.BigDecimal.valueOf(3)));
        });
        assertThat(presenter.totalProperty().get()).isEqualTo(card.price().times(java.math.BigDecimal.valueOf(3)));
        assertThat(presenter.planProperty().get().lines()).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(3));

        presenter.remove(card.id());
        assertThat(presenter.rows()).isEmpty();
        assertThat(presenter.canOrderProperty().get()).as("nothing to order").isFalse();
        assertThat(presenter.readyProperty().get()).isNull();
        presenter.placeOrder(PaymentChoice.AT_COUNTER);
        assertThat(countOrders()).isEqualTo(countOrdersBefore);
    }

    @Test
    void aDeclinedCardLeavesTheOrderHeldAndUnpaidAndASecondTryPaysIt() {
        ProductCard card = onTheShelf();
        int before = stockHere(card.id());
        WebOrderPresenter presenter = order(TaskExecutor.direct(), card, 1);
        presenter.placeOrder(PaymentChoice.AT_KIOSK);
        terminal.answerNext(PaymentStatus.DECLINED);
        presenter.pay();

        assertThat(presenter.phaseProperty().get()).isEqualTo(WebOrderPresenter.Phase.DONE);
        assertThat(presenter.paymentState()).isEqualTo(WebOrderPresenter.PaymentState.DECLINED);
        assertThat(presenter.canRetryPayment()).isTrue();
        assertThat(presenter.orderProperty().get().paid()).isFalse();
        assertThat(events(presenter)).containsExactly("PLACED", "PAYMENT_DECLINED");
        assertThat(stockHere(card.id())).as("still held").isEqualTo(before - 1);

        presenter.retryPayment();
        assertThat(presenter.phaseProperty().get()).isEqualTo(WebOrderPresenter.Phase.PAYING);
        terminal.answerNext(PaymentStatus.APPROVED);
        presenter.pay();

        assertThat(presenter.paymentState()).isEqualTo(WebOrderPresenter.PaymentState.PAID);
        assertThat(events(presenter)).containsExactly("PLACED", "PAYMENT_DECLINED", "PAID");
        assertThat(countOrders()).isEqualTo(countOrdersBefore + 1);
    }

    private long countOrdersBefore;

    @BeforeEach
    void countBefore() {
        countOrdersBefore = countOrders();
    }

    @Test
    void leavingTheCardTerminalLeavesTheOrderToPayAtTheCounter() {
        WebOrderPresenter presenter = order(TaskExecutor.direct(), onTheShelf(), 1);
        presenter.placeOrder(PaymentChoice.AT_KIOSK);
        presenter.leavePayment();

        assertThat(presenter.phaseProperty().get()).isEqualTo(WebOrderPresenter.Phase.DONE);
        assertThat(presenter.paymentState()).isEqualTo(WebOrderPresenter.PaymentState.AT_COUNTER);
        assertThat(presenter.canRetryPayment()).isFalse();
        assertThat(terminal.standing("SIM-1")).as("nothing charged").isEmpty();
        assertThat(events(presenter)).containsExactly("PLACED");
    }

    @Test
    void aProductSoldOutEverywhereBeforeOrderingIsNamedNothingIsOrderedAndAStandInReplacesIt() {
        ProductCard scarce = scarceEverywhere;
        WebOrderPresenter presenter = order(TaskExecutor.direct(), scarce, 1);
        assertThat(presenter.canOrderProperty().get()).isTrue();

        // meanwhile every location sells its last one
        soldOut(scarce.id(), null);
        presenter.placeOrder(PaymentChoice.AT_COUNTER);

        assertThat(countOrders()).isEqualTo(countOrdersBefore);
        assertThat(presenter.phaseProperty().get()).isEqualTo(WebOrderPresenter.Phase.BASKET);
        assertThat(presenter.problemProperty().get().key()).isEqualTo("order.soldOut");
        assertThat(presenter.problemProperty().get().args()).first().isEqualTo(scarce.name());
        assertThat(presenter.rows()).singleElement().satisfies(row -> {
            assertThat(row.problem()).isTrue();
            assertThat(row.source()).isEqualTo(ShopNote.of("order.line.notEnough", 0));
        });
        assertThat(presenter.canOrderProperty().get()).isFalse();
        assertThat(presenter.anotherSourceProperty().get()).isFalse();
        assertThat(presenter.instead()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.product().id()).isNotEqualTo(scarce.id()));

        ProductCard standIn = presenter.instead().get(0).product();
        presenter.chooseInstead(presenter.instead().get(0));
        assertThat(presenter.basket().lines()).singleElement()
                .satisfies(l -> assertThat(l.card().id()).isEqualTo(standIn.id()));
        assertThat(presenter.problemProperty().get()).isNull();
        assertThat(presenter.canOrderProperty().get()).isTrue();
        presenter.placeOrder(PaymentChoice.AT_COUNTER);

        assertThat(presenter.paymentState()).isEqualTo(WebOrderPresenter.PaymentState.AT_COUNTER);
        assertThat(presenter.orderProperty().get().lines()).extracting(OrderView.Line::productId)
                .containsExactly(standIn.id());
    }

    @Test
    void aProductSoldOutHereIsPlannedAgainFromAnotherLocation() {
        ProductCard card = scarceHere;
        WebOrderPresenter presenter = order(TaskExecutor.direct(), card, 1);
        assertThat(presenter.rows().get(0).source().key()).isEqualTo("order.line.fromHere");

        soldOut(card.id(), amsterdam.id());
        presenter.placeOrder(PaymentChoice.AT_COUNTER);

        assertThat(countOrders()).isEqualTo(countOrdersBefore);
        assertThat(presenter.problemProperty().get().key()).isEqualTo("order.soldOut");
        assertThat(presenter.anotherSourceProperty().get()).isTrue();
        assertThat(presenter.rows().get(0).source().key()).isEqualTo("order.line.from");
        assertThat(presenter.readyProperty().get().key()).isEqualTo("order.readyIn");

        presenter.placeOrder(PaymentChoice.AT_COUNTER);
        assertThat(presenter.phaseProperty().get()).isEqualTo(WebOrderPresenter.Phase.DONE);
        assertThat(presenter.orderProperty().get().lines()).singleElement()
                .satisfies(l -> assertThat(l.sourceName()).isNotEqualTo(amsterdam.name()));
    }

    /** Sets the stock of a product to nothing at one store, or everywhere (null), as sales elsewhere would. */
    private static void soldOut(long productId, Long storeId) {
        database.transactor().write(s -> s.createMutationQuery("update StockLevel l set l.quantity = 0,"
                        + " l.version = l.version + 1 where l.product.id = :p"
                        + (storeId == null ? "" : " and l.store.id = " + storeId))
                .setParameter("p", productId)
                .executeUpdate());
    }

    @Test
    void anItemWithAnAgeLimitIsNotDeliveredOnlyPickedUp() {
        ProductCard adult = cards.stream().filter(p -> p.minimumAge() >= 18 && !p.soldByWeight() && p.price() != null
                && p.stock() == StockStatus.IN_STOCK && p.quantityHere() >= 1).findFirst().orElseThrow();
        WebOrderPresenter presenter = order(TaskExecutor.direct(), adult, 1);
        presenter.howProperty().set(WebOrderPresenter.How.DELIVER);
        presenter.nameProperty().set("Emma de Vries");
        presenter.streetProperty().set("Prinsengracht 263");
        presenter.postcodeProperty().set("1016 GV");
        presenter.cityProperty().set("Amsterdam");
        presenter.countryProperty().set("NL");

        assertThat(presenter.rows()).singleElement().satisfies(row -> {
            assertThat(row.problem()).isTrue();
            assertThat(row.source()).isEqualTo(ShopNote.of("order.line.pickUpOnly", adult.minimumAge()));
        });
        assertThat(presenter.canOrderProperty().get()).isFalse();
        presenter.placeOrder(PaymentChoice.AT_COUNTER);
        assertThat(countOrders()).as("a delivery of it is never placed").isEqualTo(countOrdersBefore);

        presenter.howProperty().set(WebOrderPresenter.How.PICK_UP_HERE);
        assertThat(presenter.rows().get(0).problem()).isFalse();
        assertThat(presenter.canOrderProperty().get()).isTrue();
        presenter.placeOrder(PaymentChoice.AT_COUNTER);
        OrderView placed = presenter.orderProperty().get();
        assertThat(placed.pickupStoreCode()).isEqualTo("AMS");
        assertThat(placed.needsAgeCheck()).as("the counter checks ID at hand-over").isTrue();
    }

    @Test
    void anAddressThatFailsIsMarkedPerFieldAndNothingIsOrdered() {
        WebOrderPresenter presenter = order(TaskExecutor.direct(), onTheShelf(), 1);
        presenter.howProperty().set(WebOrderPresenter.How.DELIVER);
        presenter.nameProperty().set("Emma de Vries");
        presenter.streetProperty().set("Prinsengracht");
        presenter.postcodeProperty().set("1016 SA");
        presenter.cityProperty().set("Amsterdam");
        presenter.placeOrder(PaymentChoice.AT_COUNTER);

        assertThat(presenter.problemProperty().get()).isEqualTo(ShopNote.of("order.addr.fix"));
        assertThat(presenter.addressProblems()).contains(Address.Problem.HOUSE_NUMBER_MISSING,
                Address.Problem.POSTCODE_INVALID).doesNotContain(Address.Problem.NAME_MISSING);
        assertThat(countOrders()).isEqualTo(countOrdersBefore);

        presenter.countryProperty().set("BE");
        assertThat(presenter.addressProblems()).as("another country: checked again on the next tap").isEmpty();
    }

    @Test
    void aSecondTapOnPlaceOrderWhileTheFirstIsStoredPlacesOneOrder() {
        HeldExecutor executor = new HeldExecutor();
        ProductCard card = onTheShelf();
        int before = stockHere(card.id());
        WebOrderPresenter presenter = order(executor, card, 1);
        executor.hold();
        presenter.placeOrder(PaymentChoice.AT_COUNTER);
        assertThat(presenter.placing().state()).isEqualTo(StoringCommand.State.RUNNING);
        assertThat(presenter.canOrderProperty().get()).as("the buttons grey out").isFalse();
        presenter.placeOrder(PaymentChoice.AT_COUNTER);
        presenter.placeOrder(PaymentChoice.AT_KIOSK);
        executor.release();

        assertThat(countOrders()).isEqualTo(countOrdersBefore + 1);
        assertThat(stockHere(card.id())).isEqualTo(before - 1);
        assertThat(presenter.phaseProperty().get()).isEqualTo(WebOrderPresenter.Phase.DONE);
        presenter.placeOrder(PaymentChoice.AT_COUNTER);
        assertThat(countOrders()).as("a tap after it was placed").isEqualTo(countOrdersBefore + 1);
    }

    @Test
    void aSecondTapOnPayWhileTheFirstIsChargingChargesOnce() {
        HeldExecutor executor = new HeldExecutor();
        WebOrderPresenter presenter = order(executor, onTheShelf(), 1);
        presenter.placeOrder(PaymentChoice.AT_KIOSK);
        executor.hold();
        presenter.pay();
        assertThat(presenter.paying().runningProperty().get()).isTrue();
        presenter.pay();
        presenter.leavePayment(); // "back" is greyed while charging: a tap on it does nothing
        executor.release();

        assertThat(presenter.paymentState()).isEqualTo(WebOrderPresenter.PaymentState.PAID);
        assertThat(terminal.standing("SIM-1")).isPresent();
        assertThat(terminal.standing("SIM-2")).as("charged once").isEmpty();
        assertThat(events(presenter)).containsExactly("PLACED", "PAID");
        presenter.pay();
        assertThat(terminal.standing("SIM-2")).as("a tap after it was paid").isEmpty();
    }
}
