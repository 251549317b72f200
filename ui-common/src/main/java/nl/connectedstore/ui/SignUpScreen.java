package nl.connectedstore.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.customers.SignUpRefusedException;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loyalty sign-up at the kiosk (or at the counter, in a window the customer fills in and signs): name and (optionally) contact details, then each purpose with its exact
 * text, nothing ticked, a duration of 3, 6 or 12 months, and a signature drawn with a finger. The result is
 * the card (a QR code with a random number) and a consent receipt saying what was granted until when, and
 * how to withdraw it. A refused sign-up says why and keeps what was typed; nothing half-saved.
 */
public final class SignUpScreen extends BorderPane {

    private static final Logger log = LoggerFactory.getLogger(SignUpScreen.class);

    private final CustomerService customers;
    private final Messages messages;
    private final TaskExecutor executor;
    private final String terminalCode;
    private final Channel channel;
    private final Runnable onDone;
    private final TextField firstName = field("firstName");
    private final TextField lastName = field("lastName");
    private final TextField email = field("email");
    private final TextField phone = field("phone");
    private final Map<Purpose, CheckBox> ticks = new EnumMap<>(Purpose.class);
    private final Map<Purpose, ToggleGroup> durations = new EnumMap<>(Purpose.class);
    private final SignaturePad signature = new SignaturePad(520, 130);
    private final Label problem = new Label();
    /** Safe to tap twice: one customer per sign-up, however often "request my card" is tapped. */
    private final StoringCommand<CustomerService.SignedUp> signUp;

    /** At a kiosk: the customer on their own. */
    public SignUpScreen(CustomerService customers, Messages messages, TaskExecutor executor, String terminalCode,
                        Runnable onDone) {
        this(customers, messages, executor, Channel.KIOSK, terminalCode, onDone);
    }

    /** At a kiosk or, with a clerk beside them, at the counter: {@code channel} goes into every consent. */
    public SignUpScreen(CustomerService customers, Messages messages, TaskExecutor executor, Channel channel,
                        String terminalCode, Runnable onDone) {
        this.channel = channel;
        this.customers = customers;
        this.messages = messages;
        this.executor = executor;
        this.terminalCode = terminalCode;
        this.onDone = onDone;
        this.signUp = new StoringCommand<>(executor);
        setId("signUp");
        getStyleClass().add("sign-up");
        Button back = TouchButton.of("back", messages.get("product.back"), Material2AL.ARROW_BACK, onDone);
        Label title = new Label(messages.get("signup.title"));
        title.getStyleClass().add("headline");
        HBox top = new HBox(16, back, title);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        setTop(top);

        GridPane who = new GridPane();
        who.setHgap(12);
        who.setVgap(10);
        who.addRow(0, fieldLabel(messages.get("signup.firstName")), firstName,
                fieldLabel(messages.get("signup.lastName")), lastName);
        who.addRow(1, fieldLabel(messages.get("signup.email")), email, fieldLabel(messages.get("signup.phone")), phone);
        who.setAlignment(Pos.CENTER_LEFT);
        VBox purposes = new VBox(10);
        String language = messages.locale().getLanguage();
        for (Purpose purpose : Purpose.values()) {
            purposes.getChildren().add(purposeCard(purpose, ConsentText.current(purpose, language)));
        }
        VBox form = new VBox(16, who, purposes);
        form.getStyleClass().add("sign-up-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        // signing and the button stay in view, whatever is scrolled above
        Label signHere = new Label(messages.get("signup.signHere"));
        signHere.setWrapText(true);
        Button clear = TouchButton.of("clearSignature", messages.get("signup.clearSignature"), Material2AL.CLEAR,
                signature::clear);
        problem.setId("signUpProblem");
        problem.getStyleClass().addAll("scan-message", "refused");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        Button submit = TouchButton.of("submitSignUp", messages.get("signup.submit"), Material2AL.CHECK,
                this::submit);
        submit.getStyleClass().addAll("accent", "pay-button");
        submit.disableProperty().bind(signUp.readyProperty().not());
        VBox actions = new VBox(10, problem, submit);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(actions, Priority.ALWAYS);
        javafx.scene.layout.StackPane signatureBox = new javafx.scene.layout.StackPane(signature);
        signatureBox.getStyleClass().add("signature-box");
        signatureBox.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox signRow = new HBox(12, signatureBox, clear);
        signRow.setAlignment(Pos.CENTER_LEFT);
        // a refusal beside it must not squeeze "Clear" to its icon (the theme's min-width for touch buttons wins over
        // a setter on the button, so the row keeps its width instead)
        signRow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox signing = new VBox(6, signHere, signRow);
        HBox bottom = new HBox(24, signing, actions);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("sign-up-bottom");
        setBottom(bottom);
    }

    /** A field's name keeps its width ("E-mail (optione..." in Dutch); the fields give way. */
    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(18);
        f.getStyleClass().add("kiosk-search");
        return f;
    }

    private VBox purposeCard(Purpose purpose, ConsentText text) {
        CheckBox tick = new CheckBox(messages.get("signup.purpose." + purpose.name()));
        tick.setId("purpose-" + purpose.name());
        tick.setSelected(false);
        tick.getStyleClass().add("purpose-tick");
        ticks.put(purpose, tick);
        Label words = new Label(text.text().strip());
        words.setWrapText(true);
        words.getStyleClass().add("purpose-text");
        ToggleGroup group = new ToggleGroup();
        HBox months = durationPicker(messages, "months-" + purpose.name() + "-", group);
        months.disableProperty().bind(tick.selectedProperty().not());
        durations.put(purpose, group);
        VBox card = new VBox(8, tick, words, months);
        card.getStyleClass().add("purpose-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    /**
     * "For 3 / 6 / 12 months" as toggle buttons (6 chosen), each carrying its months as user data; the ids
     * are {@code idPrefix} + months. Giving a consent and renewing it offer the same choice.
     */
    public static HBox durationPicker(Messages messages, String idPrefix, ToggleGroup group) {
        HBox months = new HBox(8, new Label(messages.get("signup.for")));
        months.setAlignment(Pos.CENTER_LEFT);
        for (int m : new int[] {3, 6, 12}) {
            ToggleButton b = new ToggleButton(messages.get("signup.months", m));
            b.setId(idPrefix + m);
            b.setUserData(m);
            b.setToggleGroup(group);
            b.getStyleClass().add("touch");
            b.setSelected(m == 6);
            months.getChildren().add(b);
        }
        return months;
    }

    private void submit() {
        Map<Purpose, Integer> chosen = new EnumMap<>(Purpose.class);
        ticks.forEach((purpose, tick) -> {
            if (tick.isSelected()) {
                Object months = durations.get(purpose).getSelectedToggle() == null ? 0
                        : durations.get(purpose).getSelectedToggle().getUserData();
                chosen.put(purpose, (Integer) months);
            }
        });
        CustomerService.SignUp who = new CustomerService.SignUp(firstName.getText(), lastName.getText(),
                email.getText(), phone.getText(), messages.locale().getLanguage());
        byte[] png = signature.png();
        signUp.run(progress -> customers.signUp(who, chosen, png, channel, terminalCode), this::showCard, e -> {
            if (e instanceof SignUpRefusedException refused) {
                problem.setText(messages.get("signup.problem." + refused.problem().name()));
            } else {
                log.error("Sign-up at {} failed", terminalCode, e);
                problem.setText(messages.get("signup.failed"));
            }
            problem.setVisible(true);
        });
    }

    private void showCard(CustomerService.SignedUp done) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        Label thanks = new Label(messages.get("signup.welcome", firstName.getText().strip()));
        thanks.getStyleClass().add("headline");
        QrView qr = new QrView(done.card().qrPayload(), 240);
        qr.setId("cardQr");
        Label number = new Label(messages.get("signup.cardNumber", done.card().cardNumber()));
        number.setId("cardNumber");
        VBox receipt = new VBox(8);
        receipt.setId("consentReceipt");
        Label receiptTitle = new Label(messages.get("signup.receipt.title"));
        receiptTitle.getStyleClass().add("title-4");
        receipt.getChildren().add(receiptTitle);
        if (done.consents().isEmpty()) {
            receipt.getChildren().add(new Label(messages.get("signup.receipt.none")));
        }
        for (ConsentView c : done.consents()) {
            Label line = new Label(messages.get("signup.receipt.line", messages.get("signup.purpose." + c.purpose().name()),
                    date.format(c.grantedAt()), date.format(c.expiresAt())));
            line.setWrapText(true);
            receipt.getChildren().add(line);
        }
        Label how = new Label(messages.get("signup.receipt.withdraw"));
        how.setWrapText(true);
        receipt.getChildren().add(how);
        receipt.getStyleClass().add("receipt-paper");
        Button done2 = TouchButton.of("done", messages.get("receipt.done"), Material2AL.DONE, onDone);
        done2.getStyleClass().addAll("accent", "pay-button");
        VBox side = new VBox(16, thanks, qr, number, done2);
        side.setAlignment(Pos.CENTER);
        HBox page = new HBox(40, side, receipt);
        page.setAlignment(Pos.CENTER);
        page.getStyleClass().add("receipt-screen");
        setCenter(page);
        // the form is done: nothing of it stays under the result to be tapped again
        setBottom(null);
    }
}
