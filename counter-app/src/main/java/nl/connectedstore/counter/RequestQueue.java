package nl.connectedstore.counter;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.assistance.AssistanceKind;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
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
 * The store's open requests from kiosks and self-checkouts, oldest first: age checks to approve or refuse
 * and help calls to attend. Polled from the database every second; a clerk's answer is confirmed with
 * their PIN, so the record says who approved a sale of alcohol.
 */
final class RequestQueue extends VBox {

    private static final Logger log = LoggerFactory.getLogger(RequestQueue.class);

    private final AssistanceService assistance;
    private final StoreInfo store;
    private final String terminalCode;
    private final Messages messages;
    private final TaskExecutor executor;
    private final VBox items = new VBox(10);
    private final Label title = new Label();
    private final Label empty = new Label();
    private final Label feedback = new Label();
    private final DatabasePoll<List<AssistanceView>> poll;
    private final DateTimeFormatter time;
    private List<AssistanceView> shown = List.of();
    private long answering;

    /** @param terminalCode this counter: a PIN typed here counts towards its pause and lock (see PinGuard) */
    RequestQueue(AssistanceService assistance, StoreInfo store, String terminalCode, Messages messages,
                 TaskExecutor executor, Duration pollEvery) {
        this.assistance = assistance;
        this.store = store;
        this.terminalCode = terminalCode;
        this.messages = messages;
        this.executor = executor;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        setId("requestQueue");
        getStyleClass().add("request-queue");
        setSpacing(10);
        title.setId("requestsTitle");
        title.getStyleClass().add("title-4");
        title.setGraphic(new FontIcon(Material2MZ.NOTIFICATIONS));
        empty.setText(messages.get("counter.requests.none"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        feedback.setId("requestFeedback");
        feedback.setWrapText(true);
        feedback.getStyleClass().add("request-feedback");
        feedback.setVisible(false);
        feedback.managedProperty().bind(feedback.visibleProperty());
        items.setId("requests");
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, feedback, scroll);
        poll = new DatabasePoll<>("the help requests", pollEvery, executor, () -> assistance.open(store.id()), open -> {
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

    /** Reads the open requests now (the poll does this every second). */
    void refresh() {
        poll.now();
    }

    private void show(List<AssistanceView> open) {
        shown = open;
        title.setText(messages.get("counter.requests.title", open.size()));
        title.getStyleClass().remove("has-requests");
        if (!open.isEmpty()) {
            title.getStyleClass().add("has-requests");
        }
        items.getChildren().clear();
        if (open.isEmpty()) {
            items.getChildren().add(empty);
        }
        for (AssistanceView request : open) {
            items.getChildren().add(card(request));
        }
    }

    private Node card(AssistanceView request) {
        boolean age = request.kind() == AssistanceKind.AGE_CHECK;
        Label what = new Label(age ? messages.get("counter.requests.ageCheck", request.minimumAge())
                : messages.get("counter.requests.help"));
        what.getStyleClass().add("request-kind");
        what.setGraphic(new FontIcon(age ? Material2AL.LOCAL_BAR : Material2MZ.RECORD_VOICE_OVER));
        Label where = new Label(messages.get("counter.requests.where", request.terminalName(),
                time.format(request.createdAt())));
        where.getStyleClass().add("text-muted");
        where.setWrapText(true);
        VBox card = new VBox(6, what, where);
        if (age) {
            Label product = new Label(request.productName());
            product.setWrapText(true);
            card.getChildren().add(product);
        }
        HBox actions = new HBox(8);
        if (age) {
            actions.getChildren().addAll(
                    action(request, card, actions, AssistanceStatus.APPROVED, "counter.requests.approve", "success"),
                    action(request, card, actions, AssistanceStatus.REFUSED, "counter.requests.refuse", "danger"));
        } else {
            actions.getChildren().add(
                    action(request, card, actions, AssistanceStatus.DONE, "counter.requests.done", "accent"));
        }
        card.getChildren().add(actions);
        card.getStyleClass().add("request-card");
        card.setId("request-" + request.id());
        return card;
    }

    private Button action(AssistanceView request, VBox card, HBox actions, AssistanceStatus answer, String key,
                          String style) {
        Button button = new Button(messages.get(key));
        button.setId(answer.name().toLowerCase(java.util.Locale.ROOT) + "-" + request.id());
        button.getStyleClass().add(style);
        button.setOnAction(e -> confirm(request, card, actions, answer));
        return button;
    }

    /** Asks for the clerk's PIN right in the card; the answer is stored only with a PIN of this store. */
    private void confirm(AssistanceView request, VBox card, HBox actions, AssistanceStatus answer) {
        stop();
        answering = request.id();
        actions.setVisible(false);
        actions.setManaged(false);
        PasswordField pin = new PasswordField();
        pin.setId("confirmPin");
        pin.setPromptText(messages.get("counter.requests.pin"));
        pin.setPrefColumnCount(6);
        pin.setMaxWidth(Double.MAX_VALUE);
        Button ok = new Button(messages.get("counter.requests.confirm." + answer.name()));
        ok.setId("confirmAnswer");
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        ok.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button(messages.get("counter.requests.cancel"));
        cancel.setId("cancelAnswer");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        // the PIN on a line of its own, the buttons below it: "Goedkeuring bevestigen" and "Annuleren" side by side
        // are wider than the column, and a cut-off "Goedkeurin..." or "..." is no answer to tap
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, ok, cancel);
        // the prompt inside the field goes the moment it has the focus, which is at once: a label says what to type
        Label pinLabel = new Label(messages.get("counter.requests.pin"));
        pinLabel.setId("confirmPinLabel");
        pinLabel.setWrapText(true);
        pinLabel.setLabelFor(pin);
        VBox row = new VBox(6, pinLabel, pin, buttons);
        row.setId("confirmRow");
        card.getChildren().add(row);
        cancel.setOnAction(e -> {
            answering = 0;
            show(shown);
            start();
        });
        // safe to tap twice: a second tap while the answer is stored sends nothing (it used to send the PIN field
        // just emptied by the first, a wrong PIN on the clerk's count)
        StoringCommand<AssistanceService.Outcome> storing = new StoringCommand<>(executor);
        ok.disableProperty().bind(storing.readyProperty().not());
        ok.setOnAction(e -> {
            if (!storing.readyProperty().get()) {
                return;
            }
            char[] typed = pin.getText().toCharArray();
            pin.clear();
            storing.run(progress -> assistance.answer(request.id(), terminalCode, typed, answer), outcome -> {
                if (outcome instanceof AssistanceService.Outcome.PinRefused refused) {
                    storing.reset(); // another PIN may be typed
                    say(PinText.refused(messages, refused.why()));
                    pin.requestFocus();
                    return;
                }
                if (outcome instanceof AssistanceService.Outcome.AlreadyAnswered already) {
                    say(messages.get("counter.requests.already", already.request().answeredBy().isEmpty()
                            ? messages.get("counter.requests.theCustomer") : already.request().answeredBy()));
                } else {
                    feedback.setVisible(false);
                }
                this.answering = 0;
                start();
            }, ex -> {
                log.error("Answering request {} failed", request.id(), ex);
                say(messages.get("counter.requests.failed"));
            });
        });
        pin.requestFocus();
    }

    private void say(String text) {
        feedback.setText(text);
        feedback.setVisible(true);
    }

    boolean answering() {
        return answering != 0;
    }
}
