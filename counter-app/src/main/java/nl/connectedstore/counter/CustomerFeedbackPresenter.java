package nl.connectedstore.counter;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.connectedstore.feedback.FeedbackChannel;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.FeedbackPresenter;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How was it today?" at the counter: after handing an order over, the clerk turns the screen to the customer with a
 * prompt about that purchase, in the language the customer ordered in (the counter's otherwise), with the first names
 * of the staff signed in at this store today for "who helped you today?". The hand-over is done before it is asked:
 * the prompt blocks nothing and the clerk can take the screen back at any time. An order the customer already
 * answered about (at the kiosk when ordering) says so at once instead of asking in vain. Plain Java: no nodes.
 */
final class CustomerFeedbackPresenter {

    private static final Logger log = LoggerFactory.getLogger(CustomerFeedbackPresenter.class);

    private final CounterFeedback kit;
    private final StoreInfo store;
    private final String terminalCode;
    private final String counterLanguage;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<FeedbackPresenter> prompt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Said> problem = new ReadOnlyObjectWrapper<>();
    private boolean opening;

    /** @param counterLanguage the counter's own language: the prompt's when the order's is not known */
    CustomerFeedbackPresenter(CounterFeedback kit, StoreInfo store, String terminalCode, String counterLanguage,
                              TaskExecutor executor) {
        this.kit = kit;
        this.store = store;
        this.terminalCode = terminalCode;
        this.counterLanguage = counterLanguage;
        this.executor = executor;
    }

    /** Whether the clerk may ask about this order: it was handed over (the purchase is complete). */
    static boolean mayAsk(OrderView order) {
        return order != null && order.status() == OrderStatus.PICKED_UP;
    }

    /**
     * Opens the prompt about a handed-over order: reads the order's language, whether it was answered, and who signed
     * in here today. A second tap while it opens, or while a prompt is up, does nothing.
     */
    void ask(OrderView order) {
        if (!mayAsk(order) || opening || prompt.get() != null) {
            return;
        }
        opening = true;
        problem.set(null);
        String code = order.code();
        executor.execute(BackgroundTask.of(progress -> new Opened(kit.answers().orderQuestion(code).orElse(null),
                        kit.stores().signedInToday(store.id(), kit.dashboard().figures().zone())))
                .onSuccess(opened -> {
                    opening = false;
                    String language = opened.question() == null ? counterLanguage : opened.question().language();
                    FeedbackPresenter ask = new FeedbackPresenter(executor, language, opened.helpers(),
                            answer -> kit.answers().forOrder(code, terminalCode, FeedbackChannel.COUNTER, answer,
                                    null));
                    if (opened.question() != null && opened.question().answered()) {
                        ask.alreadyAnswered();
                    }
                    prompt.set(ask);
                })
                .onFailure(e -> {
                    opening = false;
                    log.error("The feedback prompt for order {} could not be opened", code, e);
                    problem.set(Said.of("feedback.counter.failed"));
                }));
    }

    private record Opened(FeedbackService.OrderQuestion question, List<StaffName> helpers) {
    }

    /** The clerk takes the screen back (or the customer tapped "Done"): the prompt goes, whatever was answered. */
    void close() {
        prompt.set(null);
    }

    /** The prompt the customer has in front of them, or null. */
    ReadOnlyObjectProperty<FeedbackPresenter> promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** Why the prompt could not be opened, or null. */
    ReadOnlyObjectProperty<Said> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
