package nl.connectedstore.kiosk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.money.Money;
import nl.connectedstore.orders.Address;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.InvalidAddressException;
import nl.connectedstore.orders.OrderPayment;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.orders.SoldOutException;
import nl.connectedstore.persistence.StillBusyException;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One customer's web order, from basket to order to payment: where each line comes from and when it can be ready
 * (planned again on every change, nothing held yet), pick up here, at another store or deliver home (the address
 * checked per country; a product with an age limit is picked up only, ADR 0009), placing the order and paying for
 * it as {@link StoringCommand}s (a second tap stores nothing), a product that sold out meanwhile (named, planned
 * again from another location, stand-ins offered), a declined card (the order stands, unpaid, its items held; pay
 * again) and the order done. Plain Java: the view binds to this state and forwards taps.
 */
final class WebOrderPresenter {

    private static final Logger log = LoggerFactory.getLogger(WebOrderPresenter.class);
    /** How many stand-ins are offered for a product that sold out. */
    static final int INSTEAD = 3;

    /** How the customer wants the order. */
    enum How { PICK_UP_HERE, PICK_UP_ELSEWHERE, DELIVER }

    /** Where the flow is: the basket and its order form, the card terminal over it, the order placed. */
    enum Phase { BASKET, PAYING, DONE }

    /** What the placed order says about paying. */
    enum PaymentState { PAID, DECLINED, AT_COUNTER }

    /**
     * One basket line as shown: the product, how many, their price (null without a price here) and where it comes
     * from and when, or why it cannot be ordered ({@code problem}); {@code source} is null until planned.
     */
    record Row(ProductCard card, int quantity, Money lineTotal, ShopNote source, boolean problem) {
    }

    private final OrderKit kit;
    private final WebBasket basket;
    private final StoreInfo store;
    private final String terminalCode;
    private final Locale language;
    private final TaskExecutor executor;
    private final List<StoreInfo> otherStores;

    private final ObjectProperty<How> how = new SimpleObjectProperty<>(How.PICK_UP_HERE);
    private final ObjectProperty<StoreInfo> otherStore = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty();
    private final ObservableList<Address.Problem> addressProblems = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<OrderPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Money> total = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShopNote> ready = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShopNote> problem = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Suggestion> instead = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper anotherSource = new ReadOnlyBooleanWrapper();
    private long soldOutProduct;
    private long latestPlan;

    private final StoringCommand<OrderView> placing;
    private final StoringCommand<OrderPayment> paying;
    /** How the order being placed (or last placed) is paid: which button's tap it was. */
    private final ObjectProperty<PaymentChoice> placingAs =
            new SimpleObjectProperty<>();
    private final BooleanBinding canOrder;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.BASKET);
    private final ReadOnlyObjectWrapper<OrderView> order = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OrderPayment> payment = new ReadOnlyObjectWrapper<>();

    /**
     * @param terminalCode this kiosk, as the order records where it was placed and paid
     * @param language     the customer's language: the order's notices are written in it
     */
    WebOrderPresenter(OrderKit kit, WebBasket basket, StoreInfo store, String terminalCode, Locale language,
                      TaskExecutor executor) {
        this.kit = kit;
        this.basket = basket;
        this.store = store;
        this.terminalCode = terminalCode;
        this.language = language;
        this.executor = executor;
        this.otherStores = kit.pickupStores().stream().filter(s -> s.id() != store.id()).toList();
        this.placing = new StoringCommand<>(executor);
        this.paying = new StoringCommand<>(executor);
        canOrder = Bindings.createBooleanBinding(() -> plan.get() != null && plan.get().orderable()
                && placing.readyProperty().get(), plan, placing.readyProperty());
        otherStore.set(otherStores.isEmpty() ? null : otherStores.get(0));
        country.set(Address.COUNTRIES.contains(store.countryCode()) ? store.countryCode() : "NL");
        country.addListener((obs, was, now) -> addressProblems.clear());
        how.addListener((obs, was, now) -> {
            if (now == null || now == How.PICK_UP_ELSEWHERE && otherStore.get() == null) {
                how.set(was); // one way is always chosen, and only one that exists
                return;
            }
            replan();
        });
        otherStore.addListener((obs, was, now) -> replan());
        basket.lines().addListener((ListChangeListener<WebBasket.Line>) c -> replan());
        replan();
    }

    // ---- the basket

    void more(long productId) {
        basket.lines().stream().filter(l -> l.card().id() == productId).findFirst()
                .ifPresent(l -> basket.setQuantity(productId, l.quantity() + 1));
    }

    void less(long productId) {
        basket.lines().stream().filter(l -> l.card().id() == productId).findFirst()
                .ifPresent(l -> basket.setQuantity(productId, l.quantity() - 1));
    }

    void remove(long productId) {
        basket.setQuantity(productId, 0);
    }

    /** The stand-in the customer took for the product that sold out. */
    void chooseInstead(Suggestion suggestion) {
        basket.replace(soldOutProduct, suggestion.product());
        instead.clear();
        anotherSource.set(false);
        problem.set(null);
    }

    // ---- planning

    private Address address() {
        return new Address(name.get(), street.get(), postcode.get(), city.get(), country.get());
    }

    private Destination destination() {
        return switch (how.get()) {
            case DELIVER -> Destination.deliverTo(address());
            case PICK_UP_ELSEWHERE -> Destination.pickUpAt(otherStore.get().id());
            case PICK_UP_HERE -> Destination.pickUpAt(store.id());
        };
    }

    /** Where each line would come from now; only the newest plan is shown. */
    private void replan() {
        if (phase.get() != Phase.BASKET) {
            return; // ordered: the basket empties, nothing to plan
        }
        long number = ++latestPlan;
        List<OrderService.Wanted> wanted = basket.wanted();
        Destination destination = destination();
        executor.execute(BackgroundTask.of(progress -> kit.orders().plan(store, wanted, destination, language))
                .onSuccess(result -> {
                    if (number == latestPlan) {
                        show(result);
                    }
                })
                .onFailure(e -> {
                    log.warn("Planning the order failed: {}", e.toString());
                    problem.set(ShopNote.of("order.failed"));
                }));
    }

    private void show(OrderPlan result) {
        boolean delivered = result.destination().address() != null;
        List<Row> shown = new ArrayList<>();
        for (WebBasket.Line line : basket.lines()) {
            ProductCard card = line.card();
            Money price = card.price() == null ? null : card.price().times(BigDecimal.valueOf(line.quantity()));
            ShopNote source = null;
            boolean refused = false;
            for (OrderPlan.Line l : result.lines()) {
                if (l.productId() == card.id()) {
                    source = l.readyInDays() == 0 ? ShopNote.of("order.line.fromHere", l.sourceName())
                            : ShopNote.of("order.line.from", l.sourceName(), l.readyInDays());
                }
            }
            for (OrderPlan.Line l : result.unavailable()) {
                if (l.productId() == card.id()) {
                    refused = true;
                    source = card.price() == null || card.soldByWeight() ? ShopNote.of("order.line.notOrderable")
                            : l.minimumAge() > 0 && delivered ? ShopNote.of("order.line.pickUpOnly", l.minimumAge())
                            : ShopNote.of("order.line.notEnough", l.available());
                }
            }
            shown.add(new Row(card, line.quantity(), price, source, refused));
        }
        plan.set(result);
        rows.setAll(shown);
        total.set(result.total());
        ready.set(result.lines().isEmpty() ? null : result.readyInDays() == 0
                ? ShopNote.of(delivered ? "order.deliveredSoon" : "order.readyToday")
                : ShopNote.of(delivered ? "order.deliveredIn" : "order.readyIn", result.readyInDays()));
    }

    // ---- ordering and paying

    /**
     * Places the order as planned, to the address as typed now: every unit is held, or nothing is. Paying here
     * opens the card terminal; paying at the counter ends the flow. A second tap stores nothing.
     */
    void placeOrder(PaymentChoice choice) {
        OrderPlan planned = plan.get();
        if (phase.get() != Phase.BASKET || placing.state() == StoringCommand.State.RUNNING || planned == null
                || !planned.orderable() || choice == PaymentChoice.AT_KIOSK && !canPayHere()) {
            return;
        }
        if (how.get() == How.DELIVER) {
            List<Address.Problem> problems = address().problems();
            addressProblems.setAll(problems);
            if (!problems.isEmpty()) {
                problem.set(ShopNote.of("order.addr.fix"));
                return;
            }
        }
        problem.set(null);
        instead.clear();
        anotherSource.set(false);
        // the sources the customer was shown, to the address as typed now
        OrderPlan placed = new OrderPlan(destination(), planned.lines(), planned.unavailable(), planned.total(),
                planned.readyInDays());
        placingAs.set(choice);
        placing.run(progress -> kit.orders().place(store, terminalCode, placed, choice, language),
                stored -> {
                    order.set(stored);
                    if (choice == PaymentChoice.AT_KIOSK) {
                        paying.reset();
                        phase.set(Phase.PAYING);
                        if (kit.simulator().isEmpty()) {
                            pay();
                        }
                    } else {
                        done(stored, null);
                    }
                },
                this::notPlaced);
    }

    private void notPlaced(Throwable e) {
        if (e instanceof SoldOutException soldOut) {
            soldOut(soldOut);
        } else if (e instanceof InvalidAddressException invalid) {
            addressProblems.setAll(invalid.problems());
            problem.set(ShopNote.of("order.addr.fix"));
        } else if (e instanceof StillBusyException busy) {
            log.warn("Placing the order gave up after {} attempts: others kept changing the same stock",
                    busy.attempts());
            problem.set(ShopNote.of("order.busy"));
        } else {
            log.warn("Placing the order failed: {}", e.toString());
            problem.set(ShopNote.of("order.failed"));
        }
    }

    /** Told by name; the plan is made again (another location may have it) and stand-ins are offered. */
    private void soldOut(SoldOutException soldOut) {
        problem.set(ShopNote.of("order.soldOut", soldOut.productName(), soldOut.sourceName()));
        soldOutProduct = soldOut.productId();
        replan();
        executor.execute(BackgroundTask.of(progress -> kit.suggestions().alternatives(store, soldOut.productId(),
                        INSTEAD, language))
                .onSuccess(list -> {
                    OrderPlan now = plan.get();
                    anotherSource.set(now != null && now.lines().stream()
                            .anyMatch(l -> l.productId() == soldOut.productId()));
                    instead.setAll(list);
                })
                .onFailure(e -> log.warn("No stand-ins for {}: {}", soldOut.productId(), e.toString())));
    }

    /**
     * Charges the placed order at the card terminal (the simulated terminal's buttons tap this after choosing its
     * answer). Whatever it answers, the order stands: paid, or unpaid with its items held. A second tap charges
     * nothing.
     */
    void pay() {
        OrderView placed = order.get();
        if (phase.get() != Phase.PAYING || placed == null) {
            return;
        }
        paying.run(progress -> kit.orders().pay(placed.code(), kit.payments().orElseThrow(), terminalCode, terminalCode),
                result -> done(result.order(), result),
                e -> {
                    log.error("Paying order {} failed: {}", placed.code(), e.toString());
                    done(placed, null);
                });
    }

    /** Back from the card terminal without paying: the order stands, to pay at the counter. */
    void leavePayment() {
        if (phase.get() == Phase.PAYING && !paying.runningProperty().get()) {
            done(order.get(), null);
        }
    }

    /** After a declined card: the card terminal again, for the same order. */
    void retryPayment() {
        if (phase.get() != Phase.DONE || !canRetryPayment()) {
            return;
        }
        paying.reset();
        phase.set(Phase.PAYING);
        if (kit.simulator().isEmpty()) {
            pay();
        }
    }

    private void done(OrderView now, OrderPayment result) {
        order.set(now);
        payment.set(result);
        basket.clear();
        instead.clear();
        phase.set(Phase.DONE);
    }

    /** Whether the placed order is paid, was declined at the terminal (still held), or is to pay at the counter. */
    PaymentState paymentState() {
        OrderView now = order.get();
        if (now == null || now.paid()) {
            return now == null ? null : PaymentState.PAID;
        }
        String lastKind = now.events().isEmpty() ? "" : now.events().get(now.events().size() - 1).kind();
        return lastKind.startsWith("PAYMENT_") ? PaymentState.DECLINED : PaymentState.AT_COUNTER;
    }

    /** A declined order can be paid again here, when this kiosk has a card terminal. */
    boolean canRetryPayment() {
        return canPayHere() && paymentState() == PaymentState.DECLINED;
    }

    boolean canPayHere() {
        return kit.payments().isPresent();
    }

    // ---- state for the view

    StoreInfo store() {
        return store;
    }

    List<StoreInfo> otherStores() {
        return otherStores;
    }

    WebBasket basket() {
        return basket;
    }

    ObjectProperty<How> howProperty() {
        return how;
    }

    ObjectProperty<StoreInfo> otherStoreProperty() {
        return otherStore;
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty streetProperty() {
        return street;
    }

    StringProperty postcodeProperty() {
        return postcode;
    }

    StringProperty cityProperty() {
        return city;
    }

    StringProperty countryProperty() {
        return country;
    }

    /** What is wrong with the delivery address, per field; empty when nothing (or not checked yet). */
    ObservableList<Address.Problem> addressProblems() {
        return addressProblems;
    }

    ReadOnlyObjectProperty<OrderPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    ObservableList<Row> rows() {
        return rows;
    }

    ReadOnlyObjectProperty<Money> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** When the order can be ready or delivered, or null for an empty plan. */
    ReadOnlyObjectProperty<ShopNote> readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** What went wrong placing the order, or null. */
    ReadOnlyObjectProperty<ShopNote> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Stand-ins for the product that sold out. */
    ObservableList<Suggestion> instead() {
        return instead;
    }

    /** The product that sold out is at another location: the plan shows when, the customer can order again. */
    ReadOnlyBooleanProperty anotherSourceProperty() {
        return anotherSource.getReadOnlyProperty();
    }

    /** True when the plan can be ordered and no order is being placed or was placed. */
    BooleanBinding canOrderProperty() {
        return canOrder;
    }

    StoringCommand<OrderView> placing() {
        return placing;
    }

    /** True while the order is being placed with {@code choice}: a spinner on the button that was tapped. */
    BooleanBinding placing(PaymentChoice choice) {
        return Bindings.createBooleanBinding(
                () -> placing.runningProperty().get() && placingAs.get() == choice, placing.runningProperty(), placingAs);
    }

    StoringCommand<OrderPayment> paying() {
        return paying;
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The placed order as it now stands, or null. */
    ReadOnlyObjectProperty<OrderView> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** How paying at the terminal last ended, or null when it was not tried or failed before a charge. */
    ReadOnlyObjectProperty<OrderPayment> paymentProperty() {
        return payment.getReadOnlyProperty();
    }

    /** The simulated card terminal whose buttons the view shows; empty for a real one. */
    Optional<SimulatedPaymentTerminal> simulator() {
        return kit.simulator();
    }
}
