package nl.connectedstore.counter;

import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flow behind the counter's loyalty card desk ({@link CardDesk} draws it): scan or type a card, see whose it is
 * (written to the access log, with the reason, where the customer can see it), and block a lost card and hand out a
 * new number in one step, after a "Sure?". Plain Java: no nodes.
 */
final class CardDeskPresenter {

    private static final Logger log = LoggerFactory.getLogger(CardDeskPresenter.class);

    private final CounterPrivacy privacy;
    private final StaffSession staff;
    private final TaskExecutor executor;
    private final String reason;
    private final ReadOnlyObjectWrapper<Holder> holder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CardView> replacement = new ReadOnlyObjectWrapper<>();
    private final StoringCommand<CardView> block;

    /**
     * Whose card was found, as the desk shows it.
     *
     * @param name their first and last name
     */
    record Holder(CardView card, String name, Instant issuedAt, Instant customerSince) {

        static Holder of(CustomerService.CardHolder found) {
            return new Holder(found.card(), (found.firstName() + " " + (found.lastName() == null ? ""
                    : found.lastName())).strip(), found.issuedAt(), found.customerSince());
        }
    }
    private long latestFind;

    /**
     * @param staff  who is signed in: the access log names them, and blocking is done in their name
     * @param reason why staff look a card up, in the staff's language, as the access log keeps it
     */
    CardDeskPresenter(CounterPrivacy privacy, StaffSession staff, TaskExecutor executor, String reason) {
        this.privacy = privacy;
        this.staff = staff;
        this.executor = executor;
        this.reason = reason;
        this.block = new StoringCommand<>(executor);
    }

    /** Looks up whose card was scanned or typed (logged); something that is no card is refused without a read. */
    void find(String scanned) {
        long request = ++latestFind;
        holder.set(null);
        confirming.set(false);
        replacement.set(null);
        problem.set(null);
        block.reset();
        if (!CustomerService.isCardCode(scanned)) {
            problem.set("counter.cards.notACard");
            return;
        }
        executor.execute(BackgroundTask.of(progress -> privacy.customers().cardHolderForStaff(scanned,
                        privacy.accessLog(), staff, privacy.terminalCode(), reason))
                .onSuccess(found -> {
                    if (request != latestFind) {
                        return;
                    }
                    found.map(Holder::of).ifPresentOrElse(holder::set, () -> problem.set("counter.cards.unknown"));
                })
                .onFailure(e -> {
                    if (request == latestFind) {
                        log.error("Card look-up failed", e);
                        problem.set("counter.cards.failed");
                    }
                }));
    }

    /** True when the card found can be blocked: it is active and was not replaced here already. */
    boolean mayBlock() {
        Holder found = holder.get();
        return found != null && found.card().status() == CardStatus.ACTIVE && replacement.get() == null;
    }

    /** "Block card": asks "Sure?" first. */
    void askToBlock() {
        if (mayBlock()) {
            confirming.set(true);
        }
    }

    /** "No, keep it". */
    void keep() {
        confirming.set(false);
    }

    /** "Yes, block": blocks the lost card and issues a new number for the same customer; safe to tap twice. */
    void block() {
        Holder found = holder.get();
        if (!confirming.get() || found == null) {
            return;
        }
        confirming.set(false);
        String lost = found.card().cardNumber();
        block.run(progress -> privacy.customers().blockAndReplace(lost, staff),
                issued -> {
                    log.info("{} blocked a card and issued a new one at {}", staff.name(), privacy.terminalCode());
                    replacement.set(issued);
                },
                e -> {
                    log.error("Blocking a card failed", e);
                    problem.set("counter.cards.failed");
                });
    }

    /** Whose card was found, or null. */
    ReadOnlyObjectProperty<Holder> holderProperty() {
        return holder.getReadOnlyProperty();
    }

    /** What went wrong (a message key), or null. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while "Sure?" is asked. */
    ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** The new card handed out for the lost one, or null. */
    ReadOnlyObjectProperty<CardView> replacementProperty() {
        return replacement.getReadOnlyProperty();
    }
}
