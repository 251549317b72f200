package nl.connectedstore.counter;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.assistance.AssistanceKind;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.WhileOnScreen;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The store's open requests from kiosks and self-checkouts, oldest first: age checks to approve or refuse
 * and help calls to attend, each answer confirmed with the clerk's PIN. The flow is {@link RequestQueuePresenter}'s;
 * this draws it and forwards taps.
 */
final class RequestQueue extends VBox {

    private final RequestQueuePresenter presenter;
    private final WhileOnScreen polling;
    private final Messages messages;
    private final VBox items = new VBox(10);
    private final Label title = new Label();
    private final Label empty = new Label();
    private PasswordField pin;

    RequestQueue(RequestQueuePresenter presenter, Messages messages) {
        this.presenter = presenter;
        this.polling = new WhileOnScreen(this, presenter::start, presenter::stop);
        this.messages = messages;
        setId("requestQueue");
        getStyleClass().add("request-queue");
        setSpacing(10);
        title.setId("requestsTitle");
        title.getStyleClass().add("title-4");
        title.setGraphic(new FontIcon(Material2MZ.NOTIFICATIONS));
        empty.setText(messages.get("counter.requests.none"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        Label feedback = new Label();
        feedback.setId("requestFeedback");
        feedback.setWrapText(true);
        feedback.getStyleClass().add("request-feedback");
        feedback.visibleProperty().bind(presenter.feedbackProperty().isNotNull());
        feedback.managedProperty().bind(feedback.visibleProperty());
        presenter.feedbackProperty().addListener((obs, was, now) -> {
            feedback.setText(now == null ? "" : now.in(messages));
            if (pin != null) {
                pin.requestFocus();
            }
        });
        items.setId("requests");
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, feedback, scroll);
        presenter.requests().addListener((ListChangeListener<AssistanceView>) c -> show());
        presenter.answeringProperty().addListener((obs, was, now) -> show());
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
        title.setText(messages.get("counter.requests.title", presenter.requests().size()));
        title.getStyleClass().remove("has-requests");
        if (!presenter.requests().isEmpty()) {
            title.getStyleClass().add("has-requests");
        }
        pin = null;
        items.getChildren().clear();
        if (presenter.requests().isEmpty()) {
            items.getChildren().add(empty);
        }
        RequestQueuePresenter.Answering answering = presenter.answeringProperty().get();
        for (AssistanceView request : presenter.requests()) {
            items.getChildren().add(card(request, answering != null && answering.request().id() == request.id()
                    ? answering.answer() : null));
        }
        if (pin != null) {
            pin.requestFocus();
        }
    }

    /** @param answer the answer being confirmed on this card, or null */
    private Node card(AssistanceView request, AssistanceStatus answer) {
        boolean age = request.kind() == AssistanceKind.AGE_CHECK;
        Label what = new Label(age ? messages.get("counter.requests.ageCheck", request.minimumAge())
                : messages.get("counter.requests.help"));
        what.getStyleClass().add("request-kind");
        what.setGraphic(new FontIcon(age ? Material2AL.LOCAL_BAR : Material2MZ.RECORD_VOICE_OVER));
        Label where = new Label(messages.get("counter.requests.where", request.terminalName(),
                messages.time(request.createdAt())));
        where.getStyleClass().add("text-muted");
        where.setWrapText(true);
        VBox card = new VBox(6, what, where);
        if (age) {
            Label product = new Label(request.productName());
            product.setWrapText(true);
            card.getChildren().add(product);
        }
        if (answer != null) {
            card.getChildren().add(confirmRow(answer));
        } else if (age) {
            card.getChildren().add(new HBox(8,
                    action(request, AssistanceStatus.APPROVED, "counter.requests.approve", "success"),
                    action(request, AssistanceStatus.REFUSED, "counter.requests.refuse", "danger")));
        } else {
            card.getChildren().add(new HBox(8,
                    action(request, AssistanceStatus.DONE, "counter.requests.done", "accent")));
        }
        card.getStyleClass().add("request-card");
        card.setId("request-" + request.id());
        return card;
    }

    private Button action(AssistanceView request, AssistanceStatus answer, String key, String style) {
        Button button = new Button(messages.get(key));
        button.setId(answer.name().toLowerCase(Locale.ROOT) + "-" + request.id());
        button.getStyleClass().add(style);
        button.setOnAction(e -> presenter.answer(request, answer));
        return button;
    }

    /** The clerk's PIN right in the card; the answer is stored only with a PIN of this store. */
    private Node confirmRow(AssistanceStatus answer) {
        pin = new PasswordField();
        pin.setId("confirmPin");
        pin.setPromptText(messages.get("counter.requests.pin"));
        pin.setPrefColumnCount(6);
        pin.setMaxWidth(Double.MAX_VALUE);
        Button ok = new Button(messages.get("counter.requests.confirm." + answer.name()));
        ok.setId("confirmAnswer");
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        ok.setMinWidth(Region.USE_PREF_SIZE);
        ok.disableProperty().bind(presenter.canConfirmProperty().not());
        PasswordField typed = pin;
        ok.setOnAction(e -> {
            if (presenter.canConfirmProperty().get()) {
                char[] entered = typed.getText().toCharArray();
                typed.clear();
                presenter.confirm(entered);
            }
        });
        Button cancel = new Button(messages.get("counter.requests.cancel"));
        cancel.setId("cancelAnswer");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> presenter.cancelAnswer());
        // the PIN on a line of its own, the buttons below it: "Goedkeuring bevestigen" and "Annuleren" side by side
        // are wider than the column, and a cut-off "Goedkeurin..." or "..." is no answer to tap
        FlowPane buttons = new FlowPane(8, 6, ok, cancel);
        // the prompt inside the field goes the moment it has the focus, which is at once: a label says what to type
        Label pinLabel = new Label(messages.get("counter.requests.pin"));
        pinLabel.setId("confirmPinLabel");
        pinLabel.setWrapText(true);
        pinLabel.setLabelFor(pin);
        VBox row = new VBox(6, pinLabel, pin, buttons);
        row.setId("confirmRow");
        return row;
    }

    boolean answering() {
        return presenter.answeringProperty().get() != null;
    }
}
