package nl.connectedstore.ui;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.connectedstore.feedback.FeedbackAnswer;
import nl.connectedstore.feedback.FeedbackRefusedException;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.store.StaffName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How was your visit today?": the customer's answer as it is being given (a 1-5 smiley, optionally 0-10 "would you
 * recommend us", a comment, "who helped you today?") and sending it, once. The flow behind the kiosk's prompt beside
 * the receipt or the placed order, and behind the counter's prompt the clerk turns around. Never holds anything up:
 * whatever happens here (skipped, refused, the database down), the receipt or the order stays as it is.
 *
 * <p>Plain Java, no nodes: tested with {@link TaskExecutor#direct()}. Sending is a {@link StoringCommand}: a second
 * tap while the first is on its way, or after, stores nothing.
 */
public final class FeedbackPresenter {

    private static final Logger log = LoggerFactory.getLogger(FeedbackPresenter.class);

    /** Where the prompt is. */
    public enum State { ASKING, SENDING, THANKED, REFUSED, FAILED, SKIPPED }

    /** Stores the answer about the purchase this prompt is for (a sale, a web order, a hand-over at the counter). */
    @FunctionalInterface
    public interface Sender {
        FeedbackService.Given send(FeedbackAnswer answer) throws Exception;
    }

    private final Sender sender;
    private final List<StaffName> helpers;
    private final StoringCommand<FeedbackService.Given> sending;
    /** 0 until a smiley is chosen. */
    private final IntegerProperty rating = new SimpleIntegerProperty(0);
    /** -1 while "would you recommend us" is not answered. */
    private final IntegerProperty recommend = new SimpleIntegerProperty(-1);
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObjectProperty<StaffName> helper = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper language;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.ASKING);
    /** The key of what the customer is told after sending, or null. */
    private final ReadOnlyStringWrapper outcomeKey = new ReadOnlyStringWrapper();

    /**
     * @param language the language the prompt opens in (en, nl, da): the customer's, as far as it is known
     * @param helpers  the staff signed in at this store today ({@code StoreService.signedInToday}), for "who helped
     *                 you today?"; empty where the question is not asked (the kiosk may not read staff)
     * @param sender   stores the answer, on a worker thread
     */
    public FeedbackPresenter(TaskExecutor executor, String language, List<StaffName> helpers, Sender sender) {
        this.sender = sender;
        this.helpers = List.copyOf(helpers);
        this.sending = new StoringCommand<>(executor);
        this.language = new ReadOnlyStringWrapper(language);
    }

    public ReadOnlyIntegerProperty rating() {
        return rating;
    }

    public ReadOnlyIntegerProperty recommend() {
        return recommend;
    }

    /** The comment, as typed (the view binds its text field to it both ways). */
    public StringProperty comment() {
        return comment;
    }

    /** Who the customer said helped them, or null. */
    public ReadOnlyObjectProperty<StaffName> helper() {
        return helper;
    }

    /** The choices for "who helped you today?"; empty: the question is not shown. */
    public List<StaffName> helpers() {
        return helpers;
    }

    /** The language the prompt is in, and the answer is stored in. */
    public ReadOnlyStringProperty language() {
        return language.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    /** The key of what the customer is told after sending ({@code feedback.thanks}, a refusal, a failure), or null. */
    public ReadOnlyStringProperty outcomeKey() {
        return outcomeKey.getReadOnlyProperty();
    }

    public void rate(int smiley) {
        if (state.get() == State.ASKING && smiley >= 1 && smiley <= 5) {
            rating.set(smiley);
        }
    }

    public void recommend(int score) {
        if (state.get() == State.ASKING && score >= 0 && score <= 10) {
            recommend.set(recommend.get() == score ? -1 : score); // a second tap on the same number takes it back
        }
    }

    /** "Who helped you today?": one of {@link #helpers()}; a second tap on the same name takes it back. */
    public void helpedBy(StaffName who) {
        if (state.get() == State.ASKING && helpers.contains(who)) {
            helper.set(who.equals(helper.get()) ? null : who);
        }
    }

    /** The customer switches the prompt to their language (the counter's prompt offers en, nl, da). */
    public void speak(String code) {
        if (state.get() == State.ASKING && code != null && code.matches("[a-z]{2}")) {
            language.set(code);
        }
    }

    /**
     * This purchase has its answer already (the counter knows before it hands the prompt over): the customer reads
     * so at once instead of answering in vain.
     */
    public void alreadyAnswered() {
        if (state.get() == State.ASKING) {
            outcomeKey.set("feedback.refused.alreadyGiven");
            state.set(State.REFUSED);
        }
    }

    /** Sends the answer; a second tap while it is on its way, or after, stores nothing. Needs a smiley. */
    public void send() {
        if (state.get() != State.ASKING || rating.get() == 0) {
            return;
        }
        FeedbackAnswer answer = new FeedbackAnswer(rating.get(), recommend.get() < 0 ? null : recommend.get(),
                comment.get(), language.get(), helper.get() == null ? null : helper.get().staffId());
        state.set(State.SENDING);
        sending.run(progress -> sender.send(answer), given -> {
            outcomeKey.set("feedback.thanks");
            state.set(State.THANKED);
        }, e -> {
            if (e instanceof FeedbackRefusedException refused) {
                log.info("Feedback refused: {}", refused.getMessage());
                outcomeKey.set(refused.messageKey());
                state.set(State.REFUSED);
            } else {
                log.error("Feedback could not be stored", e);
                outcomeKey.set("feedback.failed");
                state.set(State.FAILED);
            }
        });
    }

    /** "No thanks": nothing is stored, the prompt goes. */
    public void skip() {
        if (state.get() == State.ASKING) {
            state.set(State.SKIPPED);
        }
    }

    /** Whether the prompt is done with: answered, refused, failed or skipped. */
    public boolean finished() {
        return state.get() != State.ASKING && state.get() != State.SENDING;
    }
}
