package nl.connectedstore.counter;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.connectedstore.orders.OrderCode;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.UnresolvedPayment;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's card payments to resolve: approved, but with no sale behind them and not reversible by the terminal.
 * Each shows the amount, the time, the terminal, the terminal's reference and the case code on the customer's note;
 * the clerk refunds it by hand or enters the sale and marks it so here, which records who and when.
 */
final class PaymentsToResolveDesk extends VBox {

    private static final Logger log = LoggerFactory.getLogger(PaymentsToResolveDesk.class);

    private final PaymentsToResolve toResolve;
    private final Messages messages;
    private final TaskExecutor executor;
    private final StaffSession staff;
    private final IntConsumer onCount;
    private final VBox items = new VBox(10);
    private final Label feedback = new Label();
    private final DatabasePoll<List<UnresolvedPayment>> poll;
    private final DateTimeFormatter time;
    private List<UnresolvedPayment> shown;

    /** @param onCount told how many are open after every read (the tab's title shows it) */
    PaymentsToResolveDesk(PaymentsToResolve toResolve, StoreInfo store, Messages messages, TaskExecutor executor,
                          StaffSession staff, Duration pollEvery, IntConsumer onCount) {
        this.toResolve = toResolve;
        this.messages = messages;
        this.executor = executor;
        this.staff = staff;
        this.onCount = onCount;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        setId("paymentsToResolve");
        setSpacing(12);
        setPadding(new javafx.geometry.Insets(16));
        Label explain = new Label(messages.get("counter.toResolve.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        feedback.setId("toResolveFeedback");
        feedback.setWrapText(true);
        items.setId("toResolveItems");
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(explain, feedback, scroll);
        poll = new DatabasePoll<>("the payments to resolve", pollEvery, executor, () -> toResolve.open(store.id()), open -> {
            if (!open.equals(shown)) {
                show(open);
            }
        }, e -> { });
        show(List.of());
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

    private void show(List<UnresolvedPayment> open) {
        shown = open;
        onCount.accept(open.size());
        items.getChildren().clear();
        if (open.isEmpty()) {
            Label none = new Label(messages.get("counter.toResolve.none"));
            none.setId("toResolveNone");
            none.getStyleClass().add("text-muted");
            items.getChildren().add(none);
        }
        for (UnresolvedPayment payment : open) {
            items.getChildren().add(card(payment));
        }
    }

    private Node card(UnresolvedPayment payment) {
        Label what = new Label(messages.get("counter.toResolve.what", messages.money(payment.amount()),
                time.format(payment.paidAt()), payment.terminalCode()));
        what.getStyleClass().add("request-kind");
        what.setGraphic(new FontIcon(Material2AL.CREDIT_CARD));
        Label reference = new Label(messages.get("counter.toResolve.reference", payment.caseCodeShown(),
                payment.terminalReference()));
        reference.setWrapText(true);
        VBox card = new VBox(6, what, reference);
        if (payment.orderCode() != null) {
            card.getChildren().add(new Label(messages.get("counter.toResolve.order",
                    OrderCode.display(payment.orderCode()))));
        }
        Label why = new Label(payment.whatFailed());
        why.setWrapText(true);
        why.getStyleClass().add("text-muted");
        card.getChildren().add(why);
        HBox actions = new HBox(8,
                action(payment, UnresolvedPayment.Resolution.REFUNDED_BY_HAND, "counter.toResolve.refunded",
                        "refunded-", Material2MZ.UNDO),
                action(payment, UnresolvedPayment.Resolution.SALE_ENTERED, "counter.toResolve.saleEntered",
                        "saleEntered-", Material2MZ.RECEIPT));
        card.getChildren().add(actions);
        card.getStyleClass().add("request-card");
        card.setId("toResolve-" + payment.id());
        return card;
    }

    private Button action(UnresolvedPayment payment, UnresolvedPayment.Resolution how, String key,
                          String idPrefix, org.kordamp.ikonli.Ikon icon) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(idPrefix + payment.id());
        button.getStyleClass().add("accent");
        button.setOnAction(e -> {
            button.setDisable(true);
            executor.execute(BackgroundTask.of(progress -> toResolve.resolve(payment.id(), how, staff.name()))
                    .onSuccess(resolved -> {
                        feedback.setText(messages.get("counter.toResolve.resolved", resolved.caseCodeShown(),
                                resolved.resolvedBy()));
                        refresh();
                    })
                    .onFailure(ex -> {
                        button.setDisable(false);
                        log.error("Resolving payment {} failed", payment.caseCodeShown(), ex);
                        feedback.setText(messages.get("counter.toResolve.failed"));
                    }));
        });
        return button;
    }
}
