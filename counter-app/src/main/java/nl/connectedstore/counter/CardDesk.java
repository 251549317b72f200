package nl.connectedstore.counter;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.QrView;
import nl.connectedstore.ui.Theme;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The counter's loyalty card desk: scan or type a card, see whose it is (which is logged, with the reason,
 * where the customer can see it), and block a lost card and hand out a new number in one step. Draws
 * {@link CardDeskPresenter}'s state and forwards taps to it.
 */
final class CardDesk extends VBox {

    private final CardDeskPresenter presenter;
    private final Messages messages;
    private final Function<Runnable, Parent> signUpScreen;
    private final TextField input = new TextField();
    private final Label problem = new Label();
    private final VBox result = new VBox(12);

    /**
     * @param signUpScreen the sign-up screen for a clerk's customer, given what closes its window (the kiosk's own,
     *                     with the counter as where consent was given)
     */
    CardDesk(CardDeskPresenter presenter, Messages messages, Function<Runnable, Parent> signUpScreen) {
        this.presenter = presenter;
        this.messages = messages;
        this.signUpScreen = signUpScreen;
        setId("cardDesk");
        setSpacing(14);
        getStyleClass().add("card-desk");

        input.setId("cardInput");
        input.setPromptText(messages.get("counter.cards.prompt"));
        input.setOnAction(e -> presenter.find(input.getText()));
        HBox.setHgrow(input, Priority.ALWAYS);
        Button find = new Button(messages.get("counter.cards.find"), new FontIcon(Material2MZ.SEARCH));
        find.setId("findCard");
        find.setDefaultButton(false);
        find.setOnAction(e -> presenter.find(input.getText()));
        Button signUp = new Button(messages.get("counter.cards.signUp"), new FontIcon(Material2AL.CARD_MEMBERSHIP));
        signUp.setId("counterSignUp");
        signUp.setOnAction(e -> openSignUp());
        HBox row = new HBox(10, input, find, signUp);
        row.setAlignment(Pos.CENTER_LEFT);
        Label logged = new Label(messages.get("counter.cards.logged"));
        logged.getStyleClass().add("text-muted");
        logged.setWrapText(true);
        problem.setId("cardProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() ->
                presenter.problemProperty().get() == null ? "" : messages.get(presenter.problemProperty().get()),
                presenter.problemProperty()));
        problem.visibleProperty().bind(presenter.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        result.setId("cardResult");
        getChildren().addAll(row, logged, problem, result);
        presenter.holderProperty().addListener((obs, was, holder) -> show());
        presenter.confirmingProperty().addListener((obs, was, asking) -> show());
        presenter.replacementProperty().addListener((obs, was, card) -> show());
    }

    /**
     * Sign-up with a clerk: the kiosk's own sign-up screen in a window the customer fills in and signs (turn
     * the screen, or use a signature tablet); every consent records the counter as where it was given.
     */
    private void openSignUp() {
        Stage window = new Stage();
        window.initModality(Modality.WINDOW_MODAL);
        if (getScene() != null) {
            window.initOwner(getScene().getWindow());
        }
        window.setTitle(messages.get("signup.title"));
        Scene scene = new Scene(signUpScreen.apply(window::close), 1100, 800);
        Theme.applyTo(scene, CounterApp.class.getResource("counter.css").toExternalForm());
        window.setScene(scene);
        window.show();
    }

    void focusInput() {
        input.requestFocus();
    }

    private void show() {
        CardDeskPresenter.Holder holder = presenter.holderProperty().get();
        result.getChildren().clear();
        if (holder == null) {
            return;
        }
        GridPane facts = new GridPane();
        facts.setHgap(14);
        facts.setVgap(6);
        facts.setId("cardHolder");
        facts.addRow(0, muted("counter.cards.holder"), new Label(holder.name()));
        Label status = new Label(messages.get("counter.cards.status." + holder.card().status().name(),
                holder.card().cardNumber()));
        status.setId("cardStatus");
        facts.addRow(1, muted("counter.cards.card"), status);
        facts.addRow(2, muted("counter.cards.issued"), new Label(messages.date(holder.issuedAt())));
        facts.addRow(3, muted("counter.cards.since"), new Label(messages.date(holder.customerSince())));
        result.getChildren().setAll(facts);
        if (presenter.mayBlock()) {
            Button block = new Button(messages.get("counter.cards.block"), new FontIcon(Material2AL.BLOCK));
            block.setId("blockCard");
            block.getStyleClass().add("danger");
            block.setOnAction(e -> presenter.askToBlock());
            result.getChildren().add(block);
        }
        if (presenter.confirmingProperty().get()) {
            result.getChildren().add(confirmation(holder.card()));
        }
        CardView replacement = presenter.replacementProperty().get();
        if (replacement != null) {
            Label done = new Label(messages.get("counter.cards.replaced", holder.card().cardNumber()));
            done.setWrapText(true);
            Label number = new Label(replacement.cardNumber());
            number.setId("newCardNumber");
            number.getStyleClass().add("title-3");
            QrView qr = new QrView(replacement.qrPayload(), 180);
            qr.setId("newCardQr");
            Label hand = new Label(messages.get("counter.cards.handOver"));
            hand.setWrapText(true);
            hand.getStyleClass().add("text-muted");
            result.getChildren().addAll(done, new HBox(16, qr, new VBox(8, number, hand)));
        }
    }

    private VBox confirmation(CardView card) {
        Label question = new Label(messages.get("counter.cards.block.question", card.cardNumber()));
        question.setWrapText(true);
        Button yes = new Button(messages.get("counter.cards.block.yes"), new FontIcon(Material2AL.BLOCK));
        yes.setId("confirmBlock");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> presenter.block());
        Button no = new Button(messages.get("counter.cards.block.no"));
        no.setId("cancelBlock");
        no.setOnAction(e -> presenter.keep());
        VBox confirm = new VBox(8, question, new HBox(10, no, yes));
        confirm.setId("blockConfirmation");
        confirm.getStyleClass().add("confirm-box");
        return confirm;
    }

    private Label muted(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-muted");
        return label;
    }
}
