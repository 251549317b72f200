package nl.connectedstore.counter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
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
import nl.connectedstore.consent.Channel;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.QrView;
import nl.connectedstore.ui.SignUpPresenter;
import nl.connectedstore.ui.SignUpScreen;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's loyalty card desk: scan or type a card, see whose it is (which is logged, with the reason,
 * where the customer can see it), and block a lost card and hand out a new number in one step.
 */
final class CardDesk extends VBox {

    private static final Logger log = LoggerFactory.getLogger(CardDesk.class);

    private final CounterPrivacy privacy;
    private final StaffSession staff;
    private final Messages messages;
    private final TaskExecutor executor;
    private final TextField input = new TextField();
    private final Label problem = new Label();
    private final VBox result = new VBox(12);
    private final DateTimeFormatter date;

    CardDesk(CounterPrivacy privacy, StaffSession staff, Messages messages, TaskExecutor executor) {
        this.privacy = privacy;
        this.staff = staff;
        this.messages = messages;
        this.executor = executor;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        setId("cardDesk");
        setSpacing(14);
        getStyleClass().add("card-desk");

        input.setId("cardInput");
        input.setPromptText(messages.get("counter.cards.prompt"));
        input.setOnAction(e -> find());
        HBox.setHgrow(input, Priority.ALWAYS);
        Button find = new Button(messages.get("counter.cards.find"), new FontIcon(Material2MZ.SEARCH));
        find.setId("findCard");
        find.setDefaultButton(false);
        find.setOnAction(e -> find());
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
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        result.setId("cardResult");
        getChildren().addAll(row, logged, problem, result);
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
        SignUpScreen screen = new SignUpScreen(new SignUpPresenter(privacy.customers(), executor, Channel.COUNTER,
                privacy.terminalCode(), messages.locale().getLanguage()), messages, window::close);
        Scene scene = new Scene(screen, 1100, 800);
        Theme.applyTo(scene, CounterApp.class.getResource("counter.css").toExternalForm());
        window.setScene(scene);
        window.show();
    }

    void focusInput() {
        input.requestFocus();
    }

    private void find() {
        String scanned = input.getText();
        result.getChildren().clear();
        problem.setVisible(false);
        if (!CustomerService.isCardCode(scanned)) {
            say(messages.get("counter.cards.notACard"));
            return;
        }
        executor.execute(BackgroundTask.of(progress -> privacy.customers().cardHolderForStaff(scanned,
                        privacy.accessLog(), staff, privacy.terminalCode(),
                        messages.get("counter.cards.reason")))
                .onSuccess(holder -> {
                    if (holder.isEmpty()) {
                        say(messages.get("counter.cards.unknown"));
                    } else {
                        show(holder.get());
                    }
                })
                .onFailure(e -> {
                    log.error("Card look-up failed", e);
                    say(messages.get("counter.cards.failed"));
                }));
    }

    private void show(CustomerService.CardHolder holder) {
        GridPane facts = new GridPane();
        facts.setHgap(14);
        facts.setVgap(6);
        facts.setId("cardHolder");
        facts.addRow(0, muted("counter.cards.holder"),
                new Label((holder.firstName() + " " + (holder.lastName() == null ? "" : holder.lastName())).strip()));
        Label status = new Label(messages.get("counter.cards.status." + holder.card().status().name(),
                holder.card().cardNumber()));
        status.setId("cardStatus");
        facts.addRow(1, muted("counter.cards.card"), status);
        facts.addRow(2, muted("counter.cards.issued"), new Label(date.format(holder.issuedAt())));
        facts.addRow(3, muted("counter.cards.since"), new Label(date.format(holder.customerSince())));
        result.getChildren().setAll(facts);
        if (holder.card().status() == CardStatus.ACTIVE) {
            Button block = new Button(messages.get("counter.cards.block"), new FontIcon(Material2AL.BLOCK));
            block.setId("blockCard");
            block.getStyleClass().add("danger");
            block.setOnAction(e -> confirmBlock(holder.card()));
            result.getChildren().add(block);
        }
    }

    private void confirmBlock(CardView card) {
        Label question = new Label(messages.get("counter.cards.block.question", card.cardNumber()));
        question.setWrapText(true);
        Button yes = new Button(messages.get("counter.cards.block.yes"), new FontIcon(Material2AL.BLOCK));
        yes.setId("confirmBlock");
        yes.getStyleClass().add("danger");
        Button no = new Button(messages.get("counter.cards.block.no"));
        no.setId("cancelBlock");
        VBox confirm = new VBox(8, question, new HBox(10, no, yes));
        confirm.setId("blockConfirmation");
        confirm.getStyleClass().add("confirm-box");
        no.setOnAction(e -> result.getChildren().remove(confirm));
        yes.setOnAction(e -> {
            result.getChildren().remove(confirm);
            block(card);
        });
        result.getChildren().removeIf(n -> "blockConfirmation".equals(n.getId()));
        result.getChildren().add(confirm);
    }

    private void block(CardView lost) {
        executor.execute(BackgroundTask.of(progress -> privacy.customers().blockAndReplace(lost.cardNumber(), staff))
                .onSuccess(replacement -> {
                    log.info("{} blocked a card and issued a new one at {}", staff.name(), privacy.terminalCode());
                    result.getChildren().removeIf(n -> "blockCard".equals(n.getId()));
                    Label done = new Label(messages.get("counter.cards.replaced", lost.cardNumber()));
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
                })
                .onFailure(e -> {
                    log.error("Blocking a card failed", e);
                    say(messages.get("counter.cards.failed"));
                }));
    }

    private Label muted(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-muted");
        return label;
    }

    private void say(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
