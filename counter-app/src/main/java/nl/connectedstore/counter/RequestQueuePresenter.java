package nl.connectedstore.counter;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request queue's flow: the store's open age checks and help calls from kiosks and self-checkouts, oldest
 * first, read again every poll; a clerk picks one and an answer (approve, refuse, helped) and confirms it with their
 * PIN, so the record says who approved a sale of alcohol. A refused PIN (wrong, paused, locked: {@code PinGuard}
 * counts it for this counter) leaves the answer open for another PIN; a request the customer withdrew meanwhile is
 * said so. Plain Java: no nodes.
 */
final class RequestQueuePresenter {

    /** The request a clerk is answering, and how. */
    record Answering(AssistanceView request, AssistanceStatus answer) {
    }

    private static final Logger log = LoggerFactory.getLogger(RequestQueuePresenter.class);

    private final AssistanceService assistance;
    private final String terminalCode;
    private final TaskExecutor executor;
    private final DatabasePoll<List<AssistanceView>> poll;
    private final ObservableList<AssistanceView> requests = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Answering> answering = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Said> feedback = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(true);
    private StoringCommand<AssistanceService.Outcome> storing;

    /**
     * @param terminalCode this counter: a PIN typed here counts towards its pause and lock (see PinGuard)
     * @param language     the counter's language (the clerk's): the products asked about are named in it
     */
    RequestQueuePresenter(AssistanceService assistance, StoreInfo store, String terminalCode, TaskExecutor executor,
                          Duration pollEvery, Ticker ticker, Locale language) {
        this.assistance = assistance;
        this.terminalCode = terminalCode;
        this.executor = executor;
        this.poll = new DatabasePoll<>("the help requests", pollEvery, ticker, executor,
                () -> assistance.open(store.id(), language), open -> {
                    if (!open.equals(requests)) {
                        requests.setAll(open);
                    }
                }, e -> { });
        newCommand();
    }

    void start() {
        poll.start();
    }

    void stop() {
        poll.stop();
    }

    /** Reads the open requests now (the poll does this every second). */
    void refresh() {
        poll.now();
    }

    private void newCommand() {
        storing = new StoringCommand<>(executor);
        canConfirm.unbind();
        canConfirm.bind(storing.readyProperty());
    }

    /**
     * The clerk tapped approve, refuse or helped on {@code request}: the queue holds still (no poll redraws the card
     * under the PIN being typed) until the answer is stored or cancelled.
     */
    void answer(AssistanceView request, AssistanceStatus answer) {
        if (storing.state() == StoringCommand.State.RUNNING) {
            return;
        }
        poll.stop();
        newCommand();
        answering.set(new Answering(request, answer));
    }

    /** Not now: the queue goes back to showing every request. */
    void cancelAnswer() {
        if (storing.state() == StoringCommand.State.RUNNING) {
            return;
        }
        answering.set(null);
        poll.start();
    }

    /**
     * Stores the answer with the clerk's {@code pin}; a second tap while it is stored sends nothing (it used to send
     * the PIN field just emptied by the first, a wrong PIN on the clerk's count).
     */
    void confirm(char[] pin) {
        Answering now = answering.get();
        if (now == null || !canConfirm.get()) {
            return;
        }
        storing.run(progress -> assistance.answer(now.request().id(), terminalCode, pin, now.answer()), outcome -> {
            if (outcome instanceof AssistanceService.Outcome.PinRefused refused) {
                storing.reset(); // another PIN may be typed
                feedback.set(PinText.refused(refused.why()));
                return;
            }
            if (outcome instanceof AssistanceService.Outcome.AlreadyAnswered already) {
                feedback.set(Said.of("counter.requests.already", already.request().answeredBy().isEmpty()
                        ? Said.of("counter.requests.theCustomer") : already.request().answeredBy()));
            } else {
                feedback.set(null);
            }
            answering.set(null);
            poll.start();
        }, e -> {
            log.error("Answering request {} failed", now.request().id(), e);
            feedback.set(Said.of("counter.requests.failed"));
        });
    }

    /** The open requests, oldest first. */
    ObservableList<AssistanceView> requests() {
        return requests;
    }

    /** The request being answered, or null. */
    ReadOnlyObjectProperty<Answering> answeringProperty() {
        return answering.getReadOnlyProperty();
    }

    /** What the clerk is told about their last answer (a refused PIN, already answered, failed), or null. */
    ReadOnlyObjectProperty<Said> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** False while an answer is being stored: the confirm button is grey. */
    ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }
}
