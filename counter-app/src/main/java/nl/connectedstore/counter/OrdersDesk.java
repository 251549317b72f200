package nl.connectedstore.counter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.connectedstore.orders.OrderCode;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderTransitionException;
import nl.connectedstore.orders.OrderPayment;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webshop orders to hand over at this store: to prepare, ready, picked up today, refreshed every few seconds.
 * Scanning the customer's order QR (or typing its code) opens the order; the clerk marks it ready (the customer's
 * notice changes), takes the payment if it is still due, and hands it over.
 */
final class OrdersDesk extends VBox {

    private static final Logger log = LoggerFactory.getLogger(OrdersDesk.class);

    private final CounterOrders kit;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final StaffSession staff;
    private final String terminalCode;
    private final TextField scan = new TextField();
    private final Label scanProblem = new Label();
    private final ListView<OrderView> toPrepare = list("toPrepare");
    private final ListView<OrderView> ready = list("readyList");
    private final ListView<OrderView> pickedUp = list("pickedUpList");
    private final VBox detail = new VBox(10);
    private final DatabasePoll<List<OrderView>> poll;
    private String openCode;

    OrdersDesk(CounterOrders kit, StoreInfo store, Messages messages, TaskExecutor executor, StaffSession staff,
               String terminalCode) {
        this.kit = kit;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        this.staff = staff;
        this.terminalCode = terminalCode;
        setId("ordersDesk");
        setSpacing(12);
        setPadding(new Insets(16));

        scan.setId("orderScan");
        scan.setPromptText(messages.get("counter.orders.scan"));
        HBox.setHgrow(scan, Priority.ALWAYS);
        scan.setOnAction(e -> find(scan.getText()));
        Button findButton = new Button(messages.get("counter.orders.find"), new FontIcon(Material2MZ.SEARCH));
        findButton.setId("findOrder");
        findButton.setOnAction(e -> find(scan.getText()));
        scanProblem.setId("orderScanProblem");
        scanProblem.getStyleClass().add("text-danger");
        scanProblem.setWrapText(true);
        HBox scanRow = new HBox(8, new FontIcon(Material2MZ.QR_CODE_SCANNER), scan, findButton);
        scanRow.setAlignment(Pos.CENTER_LEFT);

        HBox lists = new HBox(12, column("counter.orders.toPrepare", toPrepare),
                column("counter.orders.ready", ready), column("counter.orders.pickedUp", pickedUp));
        lists.setPrefHeight(260);
        detail.setId("orderDetail");
        detail.getStyleClass().add("order-detail");
        VBox.setVgrow(detail, Priority.ALWAYS);
        getChildren().addAll(scanRow, scanProblem, lists, detail);
        for (ListView<OrderView> view : List.of(toPrepare, ready, pickedUp)) {
            view.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    show(now);
                }
            });
        }
        poll = new DatabasePoll<>("the web orders", kit.pollEvery(), executor, () -> kit.orders().forPickupAt(store.id(),
                LocalDate.now(ZoneId.systemDefault()).atStartOfDay(ZoneId.systemDefault()).toInstant()),
                this::showLists, e -> { });
    }

    private ListView<OrderView> list(String id) {
        ListView<OrderView> view = new ListView<>();
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
        return view;
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

    void start() {
        poll.start();
    }

    void stop() {
        poll.stop();
    }

    void focusScan() {
        scan.requestFocus();
    }

    private void showLists(List<OrderView> orders) {
        showIn(toPrepare, orders.stream().filter(o -> o.status() == OrderStatus.PLACED).toList());
        showIn(ready, orders.stream().filter(o -> o.status() == OrderStatus.READY).toList());
        showIn(pickedUp, orders.stream().filter(o -> o.status() == OrderStatus.PICKED_UP).toList());
    }

    /**
     * Replaces a list's rows only when they changed: replacing them on every poll redrew each row every two
     * seconds and dropped the clerk's selection, so a tap that met a poll went nowhere.
     */
    private static void showIn(ListView<OrderView> view, List<OrderView> now) {
        if (!view.getItems().equals(now)) {
            view.getItems().setAll(now);
        }
    }

    /** A scanned QR code or typed code: the order, or why there is none to hand over here. */
    void find(String scannedOrTyped) {
        scanProblem.setText("");
        String text = scannedOrTyped == null ? "" : scannedOrTyped.strip();
        if (text.isEmpty()) {
            return;
        }
        scan.clear(); // the next scan starts afresh; the message repeats what was read
        Optional<String> code = OrderCode.parse(text);
        if (code.isEmpty()) {
            scanProblem.setText(messages.get("counter.orders.notACode", text));
            return;
        }
        executor.execute(BackgroundTask.of(progress -> kit.orders().find(text))
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        scanProblem.setText(messages.get("counter.orders.unknown", OrderCode.display(code.get())));
                        detail.getChildren().clear();
                        openCode = null;
                    } else if (found.get().pickupStoreCode() == null || !found.get().pickupStoreCode().equals(store.code())) {
                        scanProblem.setText(found.get().pickupStoreName() == null
                                ? messages.get("counter.orders.delivery", found.get().displayCode())
                                : messages.get("counter.orders.otherStore", found.get().displayCode(),
                                found.get().pickupStoreName()));
                        detail.getChildren().clear();
                        openCode = null;
                    } else {
                        show(found.get());
                    }
                })
                .onFailure(e -> scanProblem.setText(messages.get("counter.orders.failed"))));
    }

    private void show(OrderView order) {
        openCode = order.code();
        // one step at a time on the order shown: a second tap while "ready"/"hand over"/"cancel" is stored does
        // nothing (it tried the same step again and showed "cannot move from READY to READY")
        acting = new StoringCommand<>(executor);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
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
                .map(e -> messages.getOrDefault("counter.orders.event." + e.kind(), e.kind()) + " " + time.format(e.at()))
                .toList()));
        history.setId("openOrderHistory");
        history.setWrapText(true);
        history.getStyleClass().add("text-muted");
        Label outcome = new Label();
        outcome.setId("orderOutcome");
        outcome.setWrapText(true);

        HBox actions = new HBox(10);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (order.status() == OrderStatus.PLACED) {
            Button markReady = new Button(messages.get("counter.orders.markReady"), new FontIcon(Material2AL.DONE));
            markReady.setId("markReady");
            markReady.getStyleClass().add("accent");
            markReady.disableProperty().bind(acting.readyProperty().not());
            markReady.setOnAction(e -> act(() -> kit.orders().markReady(order.code(), staff), outcome));
            actions.getChildren().add(markReady);
        }
        Label ageCheck = new Label();
        ageCheck.setId("orderAgeCheck");
        ageCheck.setWrapText(true);
        ageCheck.getStyleClass().add("warning");
        ageCheck.setVisible(order.needsAgeCheck() && order.status().open());
        ageCheck.managedProperty().bind(ageCheck.visibleProperty());
        if (ageCheck.isVisible()) {
            ageCheck.setText(messages.get("counter.orders.ageCheck", order.minimumAge()));
            Button confirmAge = new Button(messages.get("counter.orders.confirmAge", order.minimumAge()),
                    new FontIcon(Material2AL.ASSIGNMENT_IND));
            confirmAge.setId("confirmAge");
            confirmAge.getStyleClass().add("accent");
            confirmAge.disableProperty().bind(acting.readyProperty().not());
            confirmAge.setOnAction(e -> act(() -> kit.orders().confirmAge(order.code(), staff), outcome));
            actions.getChildren().add(confirmAge);
        }
        if (order.status() == OrderStatus.READY) {
            Button handOver = new Button(order.paid() ? messages.get("counter.orders.handOver")
                    : messages.get("counter.orders.payAndHandOver", messages.money(order.total())),
                    new FontIcon(Material2MZ.SHOPPING_BAG));
            handOver.setId("handOver");
            handOver.getStyleClass().add("success");
            // the law before the sale: no hand-over (and no charge for one) until a clerk has seen the customer's ID
            handOver.disableProperty().bind(acting.readyProperty().not().or(
                    new javafx.beans.property.SimpleBooleanProperty(order.needsAgeCheck())));
            handOver.setOnAction(e -> {
                if (order.paid()) {
                    act(() -> kit.orders().handOver(order.code(), staff), outcome);
                } else {
                    takePayment(order, actions, outcome);
                }
            });
            actions.getChildren().add(handOver);
        }
        if (order.status().open()) {
            Button cancel = new Button(messages.get("counter.orders.cancel"), new FontIcon(Material2AL.CANCEL));
            cancel.setId("cancelOrder");
            cancel.setOnAction(e -> act(() -> kit.orders().cancel(order.code(), staff), outcome));
            cancel.disableProperty().bind(acting.readyProperty().not());
            actions.getChildren().add(cancel);
        }
        detail.getChildren().setAll(title, status, lines, notice, history, ageCheck, actions, outcome);
    }

    /** The card terminal for what is due; approved, the order is handed over; otherwise it stays as it was. */
    private void takePayment(OrderView order, HBox actions, Label outcome) {
        Runnable charge = () -> {
            actions.setDisable(true);
            executor.execute(BackgroundTask.of(progress -> {
                        OrderPayment payment = kit.orders().pay(order.code(), kit.payments(), terminalCode,
                                staff.name());
                        return payment instanceof OrderPayment.Paid paid
                                ? new OrderPayment.Paid(kit.orders().handOver(order.code(), staff)) : payment;
                    })
                    .onSuccess(payment -> {
                        actions.setDisable(false);
                        show(payment.order());
                        Label said = (Label) detail.lookup("#orderOutcome");
                        if (payment instanceof OrderPayment.NotPaid) {
                            said.setText(messages.get("counter.orders.declined"));
                        } else if (payment instanceof OrderPayment.NotRecordedButReversed) {
                            said.setText(messages.get("counter.orders.payment.reversed"));
                        } else if (payment instanceof OrderPayment.NotRecordedToResolve toResolve) {
                            said.setText(messages.get("counter.orders.payment.toResolve",
                                    toResolve.payment().caseCodeShown()));
                        }
                        poll.now();
                    })
                    .onFailure(e -> {
                        actions.setDisable(false);
                        log.error("Payment for order {} failed: {}", order.code(), e.toString());
                        outcome.setText(messages.get("counter.orders.failed"));
                    }));
        };
        if (kit.simulator() == null) {
            charge.run();
            return;
        }
        HBox simulated = new HBox(8, new Label(messages.get("checkout.sim.title")));
        simulated.setAlignment(Pos.CENTER_LEFT);
        for (PaymentStatus answer : List.of(PaymentStatus.APPROVED, PaymentStatus.DECLINED)) {
            Button b = new Button(messages.get("checkout.sim." + answer.name()));
            b.setId("counter-sim-" + answer.name().toLowerCase(java.util.Locale.ROOT));
            b.setOnAction(e -> {
                kit.simulator().answerNext(answer);
                detail.getChildren().remove(simulated);
                charge.run();
            });
            simulated.getChildren().add(b);
        }
        simulated.setId("counterTerminal");
        detail.getChildren().add(simulated);
    }

    private void act(java.util.concurrent.Callable<OrderView> change, Label outcome) {
        acting.run(progress -> change.call(), after -> {
            show(after);
            poll.now();
        }, e -> outcome.setText(e instanceof OrderTransitionException
                ? e.getMessage() : messages.get("counter.orders.failed")));
    }

    /** The step being stored on the order shown (a new one per order shown). */
    private StoringCommand<OrderView> acting;

    /** The order open in the detail pane, or null. */
    String openCode() {
        return openCode;
    }
}
