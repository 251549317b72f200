package nl.connectedstore.counter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.orders.OrderCode;
import nl.connectedstore.orders.OrderPayment;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderTransitionException;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StaffSessionEndedException;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orders desk's flow: the web orders to hand over at this store (to prepare, ready, picked up today, read again
 * every poll), the order a clerk opened (scanned, typed or tapped) and what they do with it: mark it ready, record
 * that they saw the customer's ID, take the payment and hand it over, or cancel it. Every step names the signed-in
 * clerk ({@link StaffSession}), checked by the order service in the transaction that stores it; every step is a
 * {@link StoringCommand} (a second tap stores nothing). Plain Java: no nodes.
 */
final class OrdersDeskPresenter {

    private static final Logger log = LoggerFactory.getLogger(OrdersDeskPresenter.class);

    private final CounterOrders kit;
    private final StoreInfo store;
    private final StaffSession staff;
    private final String terminalCode;
    private final TaskExecutor executor;
    private final DatabasePoll<List<OrderView>> poll;
    private final ObservableList<OrderView> toPrepare = FXCollections.observableArrayList();
    private final ObservableList<OrderView> ready = FXCollections.observableArrayList();
    private final ObservableList<OrderView> pickedUp = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OrderView> open = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Said> scanProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Said> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper terminalAsking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAct = new ReadOnlyBooleanWrapper(true);
    private StoringCommand<OrderView> acting;
    private StoringCommand<OrderPayment> paying;

    /**
     * @param terminalCode this counter, whose card terminal takes what is due
     * @param clock        "picked up today" starts at midnight in its zone
     */
    OrdersDeskPresenter(CounterOrders kit, StoreInfo store, StaffSession staff, String terminalCode,
                        TaskExecutor executor, Clock clock, Ticker ticker) {
        this.kit = kit;
        this.store = store;
        this.staff = staff;
        this.terminalCode = terminalCode;
        this.executor = executor;
        this.poll = new DatabasePoll<>("the web orders", kit.pollEvery(), ticker, executor, () -> kit.orders()
                .forPickupAt(store.id(), LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant()),
                this::showLists, e -> { });
        newCommands();
    }

    void start() {
        poll.start();
    }

    void stop() {
        poll.stop();
    }

    /** Reads the lists now (the poll does this every few seconds). */
    void refresh() {
        poll.now();
    }

    private void showLists(List<OrderView> orders) {
        merge(toPrepare, orders.stream().filter(o -> o.status() == OrderStatus.PLACED).toList());
        merge(ready, orders.stream().filter(o -> o.status() == OrderStatus.READY).toList());
        merge(pickedUp, orders.stream().filter(o -> o.status() == OrderStatus.PICKED_UP).toList());
    }

    /**
     * Brings {@code shown} to {@code now} row by row: a row whose order did not change stays the same object in the
     * same place, so the row a clerk is tapping is not swapped under their finger (replacing every row on each poll
     * redrew them all, dropped the selection, and a row looked up just before was gone).
     */
    static void merge(ObservableList<OrderView> shown, List<OrderView> now) {
        if (shown.equals(now)) {
            return;
        }
        List<String> codes = now.stream().map(OrderView::code).toList();
        shown.removeIf(o -> !codes.contains(o.code()));
        for (int i = 0; i < now.size(); i++) {
            OrderView wanted = now.get(i);
            if (i < shown.size() && shown.get(i).code().equals(wanted.code())) {
                if (!shown.get(i).equals(wanted)) {
                    shown.set(i, wanted);
                }
                continue;
            }
            int at = indexOf(shown, wanted.code(), i + 1);
            if (at >= 0) {
                shown.remove(at);
            }
            shown.add(i, wanted);
        }
    }

    private static int indexOf(List<OrderView> orders, String code, int from) {
        for (int i = from; i < orders.size(); i++) {
            if (orders.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** A scanned QR code or typed code: opens the order, or says why there is none to hand over here. */
    void find(String scannedOrTyped) {
        scanProblem.set(null);
        String text = scannedOrTyped == null ? "" : scannedOrTyped.strip();
        if (text.isEmpty()) {
            return;
        }
        Optional<String> code = OrderCode.parse(text);
        if (code.isEmpty()) {
            scanProblem.set(Said.of("counter.orders.notACode", text));
            return;
        }
        executor.execute(BackgroundTask.of(progress -> kit.orders().find(text))
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        scanProblem.set(Said.of("counter.orders.unknown", OrderCode.display(code.get())));
                        close();
                    } else if (!store.code().equals(found.get().pickupStoreCode())) {
                        scanProblem.set(found.get().pickupStoreName() == null
                                ? Said.of("counter.orders.delivery", found.get().displayCode())
                                : Said.of("counter.orders.otherStore", found.get().displayCode(),
                                found.get().pickupStoreName()));
                        close();
                    } else {
                        open(found.get());
                    }
                })
                .onFailure(e -> {
                    log.error("Finding order {} failed", text, e);
                    scanProblem.set(Said.of("counter.orders.failed"));
                }));
    }

    /** Shows {@code order}; the steps on it start afresh (a step stored on the order shown before is done). */
    void open(OrderView order) {
        if (acting.state() == StoringCommand.State.RUNNING || paying.state() == StoringCommand.State.RUNNING) {
            return; // the clerk's step on the open order is still being stored: it keeps the detail
        }
        newCommands();
        outcome.set(null);
        terminalAsking.set(false);
        open.set(order);
    }

    private void close() {
        open.set(null);
        outcome.set(null);
        terminalAsking.set(false);
    }

    private void newCommands() {
        acting = new StoringCommand<>(executor);
        paying = new StoringCommand<>(executor);
        BooleanBinding both = Bindings.and(acting.readyProperty(), paying.readyProperty());
        canAct.unbind();
        canAct.bind(both);
    }

    /** The order is put together: it moves to "ready for pick-up" and the customer is told. */
    void markReady() {
        OrderView order = open.get();
        if (order != null && order.status() == OrderStatus.PLACED) {
            act(() -> kit.orders().markReady(order.code(), staff));
        }
    }

    /** The clerk saw the customer's ID: they are old enough for every item (ADR 0009). */
    void confirmAge() {
        OrderView order = open.get();
        if (order != null && order.needsAgeCheck() && order.status().open()) {
            act(() -> kit.orders().confirmAge(order.code(), staff));
        }
    }

    /**
     * Hands the ready order over: at once when it is paid; else the card terminal takes what is due first (a
     * simulated terminal first asks for its answer). Refused, and nothing charged, until a clerk saw the customer's
     * ID for an order with an age limit.
     */
    void handOver() {
        OrderView order = open.get();
        if (order == null || order.status() != OrderStatus.READY || !canAct.get()) {
            return;
        }
        if (order.needsAgeCheck()) {
            outcome.set(Said.of("counter.orders.refused.AGE_NOT_CHECKED", order.displayCode(), order.minimumAge()));
            return;
        }
        if (order.paid()) {
            act(() -> kit.orders().handOver(order.code(), staff));
        } else if (kit.simulator() != null) {
            terminalAsking.set(true);
        } else {
            charge(order);
        }
    }

    /** The simulated card terminal's answer, chosen by the clerk: then the charge runs. */
    void answerTerminal(PaymentStatus answer) {
        OrderView order = open.get();
        if (order == null || !terminalAsking.get() || kit.simulator() == null) {
            return;
        }
        kit.simulator().answerNext(answer);
        terminalAsking.set(false);
        charge(order);
    }

    void cancel() {
        OrderView order = open.get();
        if (order != null && order.status().open()) {
            act(() -> kit.orders().cancel(order.code(), staff));
        }
    }

    /** The card terminal for what is due; approved, the order is handed over; otherwise it stays as it was. */
    private void charge(OrderView order) {
        paying.run(progress -> {
            OrderPayment payment = kit.orders().pay(order.code(), kit.payments(), terminalCode, staff.name());
            return payment instanceof OrderPayment.Paid
                    ? new OrderPayment.Paid(kit.orders().handOver(order.code(), staff)) : payment;
        }, payment -> {
            open(payment.order());
            if (payment instanceof OrderPayment.NotPaid) {
                outcome.set(Said.of("counter.orders.declined"));
            } else if (payment instanceof OrderPayment.NotRecordedButReversed) {
                outcome.set(Said.of("counter.orders.payment.reversed"));
            } else if (payment instanceof OrderPayment.NotRecordedToResolve toResolve) {
                outcome.set(Said.of("counter.orders.payment.toResolve", toResolve.payment().caseCodeShown()));
            }
            poll.now();
        }, e -> {
            log.error("Payment for order {} failed: {}", order.code(), e.toString());
            outcome.set(refusal(e));
        });
    }

    private void act(Callable<OrderView> change) {
        acting.run(progress -> change.call(), after -> {
            open(after);
            poll.now();
        }, e -> {
            String code = open.get() == null ? "?" : open.get().code();
            if (e instanceof OrderTransitionException || e instanceof StaffSessionEndedException) {
                log.info("A step on order {} was refused: {}", code, e.getMessage());
            } else {
                log.error("A step on order {} failed", code, e);
            }
            outcome.set(refusal(e));
        });
    }

    /**
     * What the clerk reads about a refused step: the order's own reason as a code ({@code
     * counter.orders.refused.<REFUSAL>}, arguments: the order's code, where it is, where it was to go, the age to
     * prove), an ended sign-in, or "try again".
     */
    static Said refusal(Throwable e) {
        if (e instanceof OrderTransitionException refused) {
            return Said.of("counter.orders.refused." + refused.refusal().name(),
                    OrderCode.display(refused.orderCode()), status(refused.from()), status(refused.to()),
                    refused.minimumAge());
        }
        if (e instanceof StaffSessionEndedException) {
            return Said.of("counter.orders.signInEnded");
        }
        return Said.of("counter.orders.failed");
    }

    private static Object status(OrderStatus status) {
        return status == null ? "" : Said.of("counter.orders.status." + status.name());
    }

    ObservableList<OrderView> toPrepare() {
        return toPrepare;
    }

    ObservableList<OrderView> ready() {
        return ready;
    }

    ObservableList<OrderView> pickedUp() {
        return pickedUp;
    }

    /** The order open in the detail, or null. */
    ReadOnlyObjectProperty<OrderView> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Why the last scan opened nothing, or null. */
    ReadOnlyObjectProperty<Said> scanProblemProperty() {
        return scanProblem.getReadOnlyProperty();
    }

    /** What became of the last step on the open order when it did not simply go through, or null. */
    ReadOnlyObjectProperty<Said> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while the simulated card terminal waits for the clerk to pick its answer. */
    ReadOnlyBooleanProperty terminalAskingProperty() {
        return terminalAsking.getReadOnlyProperty();
    }

    /** False while a step on the open order is being stored: its buttons are grey. */
    ReadOnlyBooleanProperty canActProperty() {
        return canAct.getReadOnlyProperty();
    }

    /** Whether the counter's card terminal is simulated (its answer buttons are shown). */
    boolean simulatedTerminal() {
        return kit.simulator() != null;
    }

    /** The order open in the detail pane's code, or null. */
    String openCode() {
        return open.get() == null ? null : open.get().code();
    }
}
