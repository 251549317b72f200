package nl.connectedstore.kiosk;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.connectedstore.feedback.FeedbackAnswer;
import nl.connectedstore.feedback.FeedbackChannel;
import nl.connectedstore.feedback.FeedbackRefusedException;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How was your visit today?" after paying: the customer's answer as it is being given, and sending it. Never holds
 * up the receipt: it sits beside it, and whatever happens here (skipped, refused, the database down) the receipt
 * and "Done" stay as they are.
 */
final class FeedbackAsk {

    private static final Logger log = LoggerFactory.getLogger(FeedbackAsk.class);

    /** Where the prompt is. */
    enum State { ASKING, SENDING, THANKED, REFUSED, FAILED, SKIPPED }

    private final FeedbackService service;
    private final TaskExecutor executor;
    private final String terminalCode;
    private final long receiptNumber;
    private final String language;
    private final String cardNumber;
    /** 0 until a smiley is chosen. */
    private final IntegerProperty rating = new SimpleIntegerProperty(0);
    /** -1 while "would you recommend us" is not answered. */
    private final IntegerProperty recommend = new SimpleIntegerProperty(-1);
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.ASKING);
    /** The key of what the customer is told after sending, or null. */
    private final StringProperty outcomeKey = new SimpleStringProperty();

    /** @param cardNumber the card the customer checked in with at this checkout, or null */
    FeedbackAsk(FeedbackService service, TaskExecutor executor, String terminalCode, long receiptNumber,
                String language, String cardNumber) {
        this.service = service;
        this.executor = executor;
        this.terminalCode = terminalCode;
        this.receiptNumber = receiptNumber;
        this.language = language;
        this.cardNumber = cardNumber;
    }

    IntegerProperty rating() {
        return rating;
    }

    IntegerProperty recommend() {
        return recommend;
    }

    StringProperty comment() {
        return comment;
    }

    ReadOnlyObjectProperty<State> state() {
        return state;
    }

    StringProperty outcomeKey() {
        return outcomeKey;
    }

    void rate(int smiley) {
        if (state.get() == State.ASKING) {
            rating.set(smiley);
        }
    }

    void recommend(int score) {
        if (state.get() == State.ASKING) {
            recommend.set(recommend.get() == score ? -1 : score); // a second tap on the same number takes it back
        }
    }

    /** Sends the answer; a second tap while it is on its way, or after, does nothing. */
    void send() {
        if (state.get() != State.ASKING || rating.get() == 0) {
            return;
        }
        state.set(State.SENDING);
        FeedbackAnswer answer = new FeedbackAnswer(rating.get(), recommend.get() < 0 ? null : recommend.get(),
                comment.get(), language, null);
        executor.execute(BackgroundTask.of(progress -> service.forSale(terminalCode, receiptNumber,
                        FeedbackChannel.SELF_CHECKOUT, answer, cardNumber))
                .onSuccess(given -> {
                    outcomeKey.set("feedback.thanks");
                    state.set(State.THANKED);
                })
                .onFailure(e -> {
                    if (e instanceof FeedbackRefusedException refused) {
                        outcomeKey.set(refused.messageKey());
                        state.set(State.REFUSED);
                    } else {
                        log.error("Feedback for receipt {} at {} could not be stored", receiptNumber, terminalCode, e);
                        outcomeKey.set("feedback.failed");
                        state.set(State.FAILED);
                    }
                }));
    }

    void skip() {
        if (state.get() == State.ASKING) {
            state.set(State.SKIPPED);
        }
    }
}
