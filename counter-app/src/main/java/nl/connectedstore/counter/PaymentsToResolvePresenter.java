package nl.connectedstore.counter;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.UnresolvedPayment;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's card payments to resolve (approved, no sale behind them, not reversible by the terminal), read again
 * every poll; the clerk marks one refunded by hand or the sale entered, which records who and when. Plain Java: no
 * nodes.
 */
final class PaymentsToResolvePresenter {

    private static final Logger log = LoggerFactory.getLogger(PaymentsToResolvePresenter.class);

    private final PaymentsToResolve toResolve;
    private final StaffSession staff;
    private final TaskExecutor executor;
    private final DatabasePoll<List<UnresolvedPayment>> poll;
    private final ObservableList<UnresolvedPayment> open = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Said> feedback = new ReadOnlyObjectWrapper<>();
    private final Map<Long, StoringCommand<UnresolvedPayment>> resolving = new HashMap<>();

    PaymentsToResolvePresenter(PaymentsToResolve toResolve, StoreInfo store, StaffSession staff,
                               TaskExecutor executor, Duration pollEvery, Ticker ticker) {
        this.toResolve = toResolve;
        this.staff = staff;
        this.executor = executor;
        this.poll = new DatabasePoll<>("the payments to resolve", pollEvery, ticker, executor,
                () -> toResolve.open(store.id()), this::show, e -> { });
    }

    private void show(List<UnresolvedPayment> now) {
        if (!now.equals(open)) {
            open.setAll(now);
        }
        resolving.keySet().removeIf(id -> now.stream().noneMatch(p -> p.id() == id));
    }

    void start() {
        poll.start();
    }

    void stop() {
        poll.stop();
    }

    /** Reads the list now. */
    void refresh() {
        poll.now();
    }

    /** Storing {@code payment}'s resolution: its buttons grey while it runs and once it is stored. */
    StoringCommand<UnresolvedPayment> resolving(UnresolvedPayment payment) {
        return resolving.computeIfAbsent(payment.id(), id -> new StoringCommand<>(executor));
    }

    /** Refunded by hand or the sale entered: recorded with the signed-in clerk's name. */
    void resolve(UnresolvedPayment payment, UnresolvedPayment.Resolution how) {
        resolving(payment).run(progress -> toResolve.resolve(payment.id(), how, staff.name()), resolved -> {
            feedback.set(Said.of("counter.toResolve.resolved", resolved.caseCodeShown(), resolved.resolvedBy()));
            refresh();
        }, ex -> {
            log.error("Resolving payment {} failed", payment.caseCodeShown(), ex);
            feedback.set(Said.of("counter.toResolve.failed"));
        });
    }

    /**
     * Why it is on the list, as staff read it: a sale's or a web order's payment. The English diagnosis stays in
     * the log and in the stored row ({@code what_failed}).
     */
    static Said why(UnresolvedPayment payment) {
        return Said.of("counter.toResolve.why", payment.orderCode() == null ? 0 : 1);
    }

    ObservableList<UnresolvedPayment> open() {
        return open;
    }

    /** What became of the last resolution, or null. */
    ReadOnlyObjectProperty<Said> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
