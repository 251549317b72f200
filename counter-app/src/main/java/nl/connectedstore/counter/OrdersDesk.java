package nl.connectedstore.counter;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.WhileOnScreen;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Webshop orders to hand over at this store: to prepare, ready, picked up today, refreshed every few seconds.
 * Scanning the customer's order QR (or typing its code) opens the order; the clerk marks it ready (the customer's
 * notice changes), takes the payment if it is still due, and hands it over. The flow is {@link OrdersDeskPresenter}'s;
 * this draws it and forwards taps.
 */
final class OrdersDesk extends VBox {

    private final OrdersDeskPresenter presenter;
    private final WhileOnScreen polling;
    private final Messages messages;
    private final TextField scan = new TextField();
    private final VBox detail = new VBox(10);
    /** "How was it today?" for the customer of a handed-over order, or null on a counter without feedback. */
    private final CustomerFeedbackPresenter feedback;

    OrdersDesk(OrdersDeskPresenter presenter, Messages messages) {
        this(presenter, messages, null);
    }

    /** @param feedback asks the customer of a handed-over order how it was, or null */
    OrdersDesk(OrdersDeskPresenter presenter, Messages messages, CustomerFeedbackPresenter feedback) {
        this.presenter = presenter;
        this.polling = new WhileOnScreen(this, presenter::start, presenter::stop);
        this.messages = messages;
        this.feedback = feedback;
        setId("ordersDesk");
        setSpacing(12);
        setPadding(new Insets(16));

        scan.setId("orderScan");
        scan.setPromptText(messages.get("counter.orders.scan"));
        HBox.setHgrow(scan, Priority.ALWAYS);
        scan.setOnAction(e -> find());
        Button findButton = new Button(messages.get("counter.orders.find"), new FontIcon(Material2MZ.SEARCH));
        findButton.setId("findOrder");
        findButton.setOnAction(e -> find());
        Label scanProblem = new Label();
        scanProblem.setId("orderScanProblem");
        scanProblem.getStyleClass().add("text-danger");
        scanProblem.setWrapText(true);
        scanProblem.textProperty().bind(text(presenter.scanProblemProperty()));
        HBox scanRow = new HBox(8, new FontIcon(Material2MZ.QR_CODE_SCANNER), scan, findButton);
        scanRow.setAlignment(Pos.CENTER_LEFT);

        ListView<OrderView> toPrepare = list("toPrepare", presenter.toPrepare());
        ListView<OrderView> ready = list("readyList", presenter.ready());
        ListView<OrderView> pickedUp = list("pickedUpList", presenter.pickedUp());
        HBox lists = new HBox(12, column("counter.orders.toPrepare", toPrepare),
                column("counter.orders.ready", ready), column("counter.orders.pickedUp", pickedUp));
        lists.setPrefHeight(260);
        detail.setId("orderDetail");
        detail.getStyleClass().add("order-detail");
        VBox.setVgrow(detail, Priority.ALWAYS);
        getChildren().addAll(scanRow, scanProblem, lists, detail);
        presenter.openProperty().addListener((obs, was, now) -> showDetail(now));
        presenter.terminalAskingProperty().addListener((obs, was, now) -> showTerminal(now));
    }

    private StringBinding text(ObservableValue<Said> said) {
        return Bindings.createStringBinding(
                () -> said.getValue() == null ? "" : said.getValue().in(messages), said);
    }

    private ListView<OrderView> list(String id, ObservableList<OrderView> orders) {
        ListView<OrderView> view = new ListView<>(orders);
        view.setId(id);
        view.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OrderView order, boolean empty) {
                super.updateItem(order, empty);
                if (empty || order == null) {
                    setText(null);
                    return;
                }
                setText(order.displayCode() + "  \u00b7  " + messages.get("counter.orders.items", order.items())
                        + "  \u00b7  " + messages.money(order.total()) + "\n" + (order.paid()
                        ? messages.get("counter.orders.paid") : messages.get("counter.orders.due"))
                        + (order.readyInDays() > 0 && order.status() == OrderStatus.PLACED
                        ? "  \u00b7  " + messages.get("counter.orders.comingIn", order.readyInDays()) : ""));
            }
        });
        // a tap or a key opens the row, not a change of selection: when a poll takes away the selected row, the
        // list selects the row above it, and that is no reason to swap the order the clerk is acting on
        view.setOnMouseClicked(e -> openSelected(view));
        view.setOnKeyReleased(e -> {
            if (e.getCode().isNavigationKey() || e.getCode() == KeyCode.ENTER
                    || e.getCode() == KeyCode.SPACE) {
                openSelected(view);
            }
        });
        return view;
    }

    private void openSelected(ListView<OrderView> view) {
        OrderView selected = view.getSelectionModel().getSelectedItem();
        if (selected != null) {
            presenter.open(selected);
        }
    }

    private VBox column(String titleKey, ListView<OrderView> view) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(6, title, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(300);
        return box;
    }

    /** Polls while on screen (a counter thrown away without signing out stops asking the database). */
    void start() {
        polling.start();
    }

    void stop() {
        polling.stop();
    }

    void focusScan() {
        scan.requestFocus();
    }

    /** A scanned QR code or typed code; the field empties for the next scan (the message repeats what was read). */
    private void find() {
        String text = scan.getText();
        scan.clear();
        presenter.find(text);
    }

    private void showDetail(OrderView order) {
        if (order == null) {
            detail.getChildren().clear();
            return;
        }
        Label title = new Label(messages.get("counter.orders.order", order.displayCode()));
        title.setId("openOrderCode");
        title.getStyleClass().add("title-3");
        Label status = new Label(messages.get("counter.orders.status." + order.status().name())
                + "  \u00b7  " + (order.paid() ? messages.get("counter.orders.paid")
                : messages.get("counter.orders.toPay", messages.money(order.total()))));
        status.setId("openOrderStatus");
        VBox lines = new VBox(4);
        for (OrderView.Line line : order.lines()) {
            lines.getChildren().add(new Label(line.quantity() + " \u00d7 " + line.name() + "  \u00b7  "
                    + (line.readyInDays() == 0 ? messages.get("counter.orders.fromShelf")
                    : messages.get("counter.orders.from", line.sourceName()))));
        }
        Label notice = new Label(messages.get("counter.orders.told", order.notice()));
        notice.setId("openOrderNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("text-muted");
        Label history = new Label(String.join("   ", order.events().stream()
                .map(e -> messages.getOrDefault("counter.orders.event." + e.kind(), e.kind()) + " " + messages.dateTime(e.at()))
                .toList()));
        history.setId("openOrderHistory");
        history.setWrapText(true);
        history.getStyleClass().add("text-muted");
        Label outcome = new Label();
        outcome.setId("orderOutcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(text(presenter.outcomeProperty()));

        HBox actions = new HBox(10);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (order.status() == OrderStatus.PLACED) {
            actions.getChildren().add(button("markReady", messages.get("counter.orders.markReady"),
                    Material2AL.DONE, "accent", presenter::markReady));
        }
        Label ageCheck = new Label();
        ageCheck.setId("orderAgeCheck");
        ageCheck.setWrapText(true);
        ageCheck.getStyleClass().add("warning");
        ageCheck.setVisible(order.needsAgeCheck() && order.status().open());
        ageCheck.managedProperty().bind(ageCheck.visibleProperty());
        if (ageCheck.isVisible()) {
            ageCheck.setText(messages.get("counter.orders.ageCheck", order.minimumAge()));
            actions.getChildren().add(button("confirmAge", messages.get("counter.orders.confirmAge",
                    order.minimumAge()), Material2AL.ASSIGNMENT_IND, "accent", presenter::confirmAge));
        }
        if (order.status() == OrderStatus.READY) {
            Button handOver = button("handOver", order.paid() ? messages.get("counter.orders.handOver")
                    : messages.get("counter.orders.payAndHandOver", messages.money(order.total())),
                    Material2MZ.SHOPPING_BAG, "success", presenter::handOver);
            // the law before the sale: no hand-over (and no charge for one) until a clerk has seen the customer's ID
            if (order.needsAgeCheck()) {
                handOver.disableProperty().unbind();
                handOver.setDisable(true);
            }
            actions.getChildren().add(handOver);
        }
        if (order.status().open()) {
            actions.getChildren().add(button("cancelOrder", messages.get("counter.orders.cancel"), Material2AL.CANCEL,
                    null, presenter::cancel));
        }
        if (feedback != null && CustomerFeedbackPresenter.mayAsk(order)) {
            // the purchase is complete: the clerk may turn the screen to the customer (nothing waits for it)
            Button ask = new Button(messages.get("feedback.counter.ask"), new FontIcon(Material2MZ.SENTIMENT_SATISFIED));
            ask.setId("askFeedback");
            ask.getStyleClass().add("accent");
            ask.setOnAction(e -> feedback.ask(order));
            Label problem = new Label();
            problem.setId("askFeedbackProblem");
            problem.getStyleClass().add("text-danger");
            problem.textProperty().bind(text(feedback.problemProperty()));
            actions.getChildren().addAll(ask, problem);
        }
        detail.getChildren().setAll(title, status, lines, notice, history, ageCheck, actions, outcome);
    }

    private Button button(String id, String text, Ikon icon, String style, Runnable command) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.disableProperty().bind(presenter.canActProperty().not());
        button.setOnAction(e -> command.run());
        return button;
    }

    /** The simulated card terminal's answers, when it asks (no real terminal is connected). */
    private void showTerminal(boolean asking) {
        detail.getChildren().removeIf(n -> "counterTerminal".equals(n.getId()));
        if (!asking) {
            return;
        }
        HBox simulated = new HBox(8, new Label(messages.get("checkout.sim.title")));
        simulated.setAlignment(Pos.CENTER_LEFT);
        for (PaymentStatus answer : List.of(PaymentStatus.APPROVED, PaymentStatus.DECLINED)) {
            Button b = new Button(messages.get("checkout.sim." + answer.name()));
            b.setId("counter-sim-" + answer.name().toLowerCase(Locale.ROOT));
            b.setOnAction(e -> presenter.answerTerminal(answer));
            simulated.getChildren().add(b);
        }
        simulated.setId("counterTerminal");
        detail.getChildren().add(simulated);
    }
}
