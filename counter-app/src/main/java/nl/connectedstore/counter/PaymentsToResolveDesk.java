package nl.connectedstore.counter;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.connectedstore.orders.OrderCode;
import nl.connectedstore.sales.UnresolvedPayment;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.WhileOnScreen;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The store's card payments to resolve: approved, but with no sale behind them and not reversible by the terminal.
 * Each shows the amount, the time, the terminal, the terminal's reference and the case code on the customer's note;
 * the clerk refunds it by hand or enters the sale and marks it so here, which records who and when. The flow is
 * {@link PaymentsToResolvePresenter}'s.
 */
final class PaymentsToResolveDesk extends VBox {

    private final PaymentsToResolvePresenter presenter;
    private final WhileOnScreen polling;
    private final Messages messages;
    private final IntConsumer onCount;
    private final VBox items = new VBox(10);

    /** @param onCount told how many are open after every read (the tab's title shows it) */
    PaymentsToResolveDesk(PaymentsToResolvePresenter presenter, Messages messages, IntConsumer onCount) {
        this.presenter = presenter;
        this.polling = new WhileOnScreen(this, presenter::start, presenter::stop);
        this.messages = messages;
        this.onCount = onCount;
        setId("paymentsToResolve");
        setSpacing(12);
        setPadding(new Insets(16));
        Label explain = new Label(messages.get("counter.toResolve.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        Label feedback = new Label();
        feedback.setId("toResolveFeedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(Bindings.createStringBinding(() ->
                presenter.feedbackProperty().get() == null ? "" : presenter.feedbackProperty().get().in(messages),
                presenter.feedbackProperty()));
        items.setId("toResolveItems");
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(explain, feedback, scroll);
        presenter.open().addListener((ListChangeListener<UnresolvedPayment>) c -> show());
        show();
    }

    /** Polls while on screen (a counter thrown away without signing out stops asking the database). */
    void start() {
        polling.start();
    }

    void stop() {
        polling.stop();
    }

    private void show() {
        List<UnresolvedPayment> open = presenter.open();
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
                messages.dateTime(payment.paidAt()), payment.terminalCode()));
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
        Label why = new Label(PaymentsToResolvePresenter.why(payment).in(messages));
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
                          String idPrefix, Ikon icon) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(idPrefix + payment.id());
        button.getStyleClass().add("accent");
        button.disableProperty().bind(presenter.resolving(payment).readyProperty().not());
        button.setOnAction(e -> presenter.resolve(payment, how));
        return button;
    }
}
