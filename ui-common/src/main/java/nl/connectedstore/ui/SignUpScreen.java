package nl.connectedstore.ui;

import javafx.beans.binding.Bindings;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CustomerService;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Loyalty sign-up at the kiosk (or at the counter, in a window the customer fills in and signs): name and (optionally)
 * contact details, then each purpose with its exact text, nothing ticked, a duration of 3, 6 or 12 months, and a
 * signature drawn with a finger. The result is the card (a QR code with a random number) and a consent receipt saying
 * what was granted until when, and how to withdraw it. A refused sign-up says why and keeps what was typed. The view
 * of {@link SignUpPresenter}: it binds the form to it, hands in the signature, and shows what it says.
 */
public final class SignUpScreen extends BorderPane {

    private final SignUpPresenter presenter;
    private final Messages messages;
    private final Runnable onDone;
    private final TextField firstName = field("firstName");
    private final TextField lastName = field("lastName");
    private final TextField email = field("email");
    private final TextField phone = field("phone");
    private final SignaturePad signature = new SignaturePad(520, 130);
    private final Label problem = new Label();

    /** @param onDone "Back", and "Done" under the card */
    public SignUpScreen(SignUpPresenter presenter, Messages messages, Runnable onDone) {
        this.presenter = presenter;
        this.messages = messages;
        this.onDone = onDone;
        setId("signUp");
        getStyleClass().add("sign-up");
        Button back = TouchButton.of("back", messages.get("product.back"), Material2AL.ARROW_BACK, onDone);
        Label title = new Label(messages.get("signup.title"));
        title.getStyleClass().add("headline");
        HBox top = new HBox(16, back, title);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        setTop(top);

        firstName.textProperty().bindBidirectional(presenter.firstNameProperty());
        lastName.textProperty().bindBidirectional(presenter.lastNameProperty());
        email.textProperty().bindBidirectional(presenter.emailProperty());
        phone.textProperty().bindBidirectional(presenter.phoneProperty());
        TouchKeyboard.use(firstName, KeyboardLayout.NAME);
        TouchKeyboard.use(lastName, KeyboardLayout.NAME);
        TouchKeyboard.use(email, KeyboardLayout.EMAIL);
        TouchKeyboard.use(phone, KeyboardLayout.PHONE);
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
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> presenter.problem() == null ? "" : messages.get(presenter.problem()), presenter.problemProperty()));
        problem.visibleProperty().bind(presenter.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        Button submit = TouchButton.of("submitSignUp", messages.get("signup.submit"), Material2AL.CHECK,
                () -> presenter.signUp(signature.png()));
        submit.getStyleClass().addAll("accent", "pay-button");
        // a spinner while it is stored (no taps then); grey only once it was
        Busy.button(submit, presenter.busyProperty());
        submit.disableProperty().bind(presenter.readyProperty().not().and(presenter.busyProperty().not()));
        VBox actions = new VBox(10, problem, submit);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(actions, Priority.ALWAYS);
        StackPane signatureBox = new StackPane(signature);
        signatureBox.getStyleClass().add("signature-box");
        signatureBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        HBox signRow = new HBox(12, signatureBox, clear);
        signRow.setAlignment(Pos.CENTER_LEFT);
        // a refusal beside it must not squeeze "Clear" to its icon (the theme's min-width for touch buttons wins over
        // a setter on the button, so the row keeps its width instead)
        signRow.setMinWidth(Region.USE_PREF_SIZE);
        VBox signing = new VBox(6, signHere, signRow);
        HBox bottom = new HBox(24, signing, actions);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("sign-up-bottom");
        setBottom(bottom);
        presenter.signedUpProperty().addListener((o, was, now) -> {
            if (now != null) {
                showCard(now);
            }
        });
    }

    /** A field's name keeps its width ("E-mail (optione..." in Dutch); the fields give way. */
    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
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
        tick.getStyleClass().addAll("purpose-tick", "touch-check");
        tick.selectedProperty().bindBidirectional(presenter.tickedProperty(purpose));
        Label words = new Label(text.text().strip());
        words.setWrapText(true);
        words.getStyleClass().add("purpose-text");
        ToggleGroup group = new ToggleGroup();
        HBox months = durationPicker(messages, "months-" + purpose.name() + "-", group);
        months.disableProperty().bind(tick.selectedProperty().not());
        group.getToggles().forEach(t -> t.setSelected(
                t.getUserData().equals(presenter.monthsProperty(purpose).get())));
        group.selectedToggleProperty().addListener((o, was, now) ->
                presenter.monthsProperty(purpose).set(now == null ? 0 : (Integer) now.getUserData()));
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
            b.setSelected(m == SignUpPresenter.PRESET_MONTHS);
            months.getChildren().add(b);
        }
        return months;
    }

    private void showCard(CustomerService.SignedUp done) {
        Label thanks = new Label(messages.get("signup.welcome", presenter.firstNameProperty().get().strip()));
        thanks.getStyleClass().add("headline");
        // a long name goes onto a second line rather than losing its end
        thanks.setWrapText(true);
        thanks.setTextAlignment(TextAlignment.CENTER);
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
                    messages.date(c.grantedAt()), messages.date(c.expiresAt())));
            line.setWrapText(true);
            receipt.getChildren().add(line);
        }
        Label how = new Label(messages.get("signup.receipt.withdraw"));
        how.setWrapText(true);
        receipt.getChildren().add(how);
        receipt.getStyleClass().add("paper"); // the app's font: a consent receipt is no till receipt
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
