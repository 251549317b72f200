package nl.connectedstore.kiosk;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.connectedstore.feedback.FeedbackChannel;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.FeedbackPresenter;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How was it today?" at one kiosk: beside a receipt and beside a placed order, offering the first names of staff
 * signed in at the store today ("who helped you today?"). Those names are read in the background as a customer
 * starts, so the question never waits for the database. An order's question is made once per order: drawn anew (a
 * declined card paid at the second try) it is the same question, so an answer given is not asked for twice.
 */
final class FeedbackAsking {

    private static final Logger log = LoggerFactory.getLogger(FeedbackAsking.class);

    private final FeedbackService feedback;
    private final StoreInfo store;
    private final TaskExecutor executor;
    /** Staff signed in at this store today, by first name: whom "who helped you today?" offers. */
    private List<StaffName> onDuty = List.of();
    /** The question about the order this customer just placed (its code), or null. */
    private Map.Entry<String, FeedbackPresenter> aboutOrder;

    FeedbackAsking(FeedbackService feedback, StoreInfo store, TaskExecutor executor) {
        this.feedback = feedback;
        this.store = store;
        this.executor = executor;
    }

    /** A customer starts: who is on duty is read now, off the FX thread. */
    void customerStarts() {
        executor.execute(BackgroundTask.of(progress -> feedback.mayHaveHelped(store.id(), ZoneId.systemDefault()))
                .onSuccess(names -> onDuty = names)
                .onFailure(e -> log.warn("Could not read who is on duty for the feedback question: {}",
                        e.toString())));
    }

    /** The customer left: what they were asked is forgotten. */
    void customerLeft() {
        aboutOrder = null;
    }

    /** About a paid sale; {@code card}: the loyalty card the customer checked in with, or null. */
    FeedbackPrompt aboutSale(Receipt receipt, Messages messages, String card) {
        return new FeedbackPrompt(new FeedbackPresenter(executor, messages.locale().getLanguage(), onDuty,
                answer -> feedback.forSale(receipt.terminalCode(), receipt.receiptNumber(),
                        FeedbackChannel.SELF_CHECKOUT, answer, card)), messages);
    }

    /** About a placed web order, the same question each time it is drawn for that order. */
    FeedbackPrompt aboutOrder(String orderCode, String terminal, Messages messages, String card) {
        if (aboutOrder == null || !aboutOrder.getKey().equals(orderCode)) {
            aboutOrder = Map.entry(orderCode, new FeedbackPresenter(executor, messages.locale().getLanguage(), onDuty,
                    answer -> feedback.forOrder(orderCode, terminal, FeedbackChannel.WEB_ORDER, answer, card)));
        }
        return new FeedbackPrompt(aboutOrder.getValue(), messages);
    }
}
