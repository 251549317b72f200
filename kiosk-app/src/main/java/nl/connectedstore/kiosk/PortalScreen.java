package nl.connectedstore.kiosk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.money.Money;
import nl.connectedstore.privacy.CustomerExport;
import nl.connectedstore.privacy.PrivacyPortal;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.SignUpScreen;
import nl.connectedstore.ui.SignaturePad;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The privacy portal's view: the card prompt, the customer's page (each consent with where it stands, what we hold,
 * their purchases and every time staff opened their profile), the renewal and "erase?" overlays, and the erasure's
 * outcome. It draws what {@link PortalPresenter} holds and forwards taps to it; the session itself (which card,
 * which page, what was said, the erasure's wait, the end) is the presenter's.
 */
final class PortalScreen extends StackPane {

    private static final int PURCHASES_SHOWN = 20;

    private final PortalPresenter presenter;
    private final BorderPane body = new BorderPane();
    private final Label notice = new Label();
    private Messages messages;
    private DateTimeFormatter date;
    private DateTimeFormatter dateTime;
    private Keypad keypad;
    private StackPane renewShade;
    private StackPane eraseShade;

    /** @param messages the session's language; the portal switches to the customer's when the presenter does */
    PortalScreen(PortalPresenter presenter, Messages messages) {
        this.presenter = presenter;
        speak(messages);
        setId("portal");
        getStyleClass().add("portal");
        notice.setId("portalNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("scan-message");
        notice.setVisible(false);
        notice.managedProperty().bind(notice.visibleProperty());
        getChildren().add(Busy.cover(body, presenter.openingProperty())); // a veil while a card opens
        presenter.localeProperty().addListener((o, was, now) -> speak(Messages.of(now)));
        presenter.stepProperty().addListener((o, was, now) -> render(was));
        presenter.pageProperty().addListener((o, was, now) -> {
            if (now != null && presenter.step() == PortalPresenter.Step.PAGE) {
                show(now);
            }
        });
        presenter.noticeProperty().addListener((o, was, now) -> say(now));
        presenter.renewingProperty().addListener((o, was, now) -> {
            getChildren().remove(renewShade);
            renewShade = now == null ? null : renewal(now);
        });
        presenter.confirmingErasureProperty().addListener((o, was, now) -> {
            getChildren().remove(eraseShade);
            eraseShade = now ? confirmErase() : null;
        });
        render(null);
    }

    private void speak(Messages language) {
        this.messages = language;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .withZone(ZoneId.systemDefault());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(ZoneId.systemDefault());
    }

    private void render(PortalPresenter.Step was) {
        switch (presenter.step()) {
            case SCAN -> {
                if (was != PortalPresenter.Step.SCAN) {
                    showScanPrompt(); // not again when only the notice changed: the keypad keeps its digits
                }
            }
            case PAGE -> show(presenter.page());
            case ERASING -> erasing();
            case ERASED, ERASURE_RECORDED -> erased(presenter.step() == PortalPresenter.Step.ERASED);
            case ENDED -> {
                body.setTop(null);
                body.setCenter(null);
                body.setBottom(null);
            }
        }
    }

    /** The first step: scan the card, or type its number. */
    private void showScanPrompt() {
        body.setTop(topBar(messages.get("portal.title")));
        Label how = new Label(messages.get("portal.scan"));
        how.setId("portalScanPrompt");
        how.getStyleClass().add("title-2");
        how.setWrapText(true);
        // the explanation and any refusal beside the keypad, so all of it fits a 1280x800 kiosk; wrapped texts keep
        // the height of all their lines, and a shorter screen scrolls rather than cut them
        how.setMinHeight(Region.USE_PREF_SIZE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        keypad = new Keypad(messages, "portal.keypad.title", "portal.keypad.open", 16, presenter::open,
                presenter::done);
        keypad.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        keypad.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        VBox words = new VBox(16, how, notice);
        words.setPrefWidth(460);
        words.setMaxWidth(460);
        words.setMinWidth(320);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox prompt = new HBox(32, words, keypad);
        prompt.setAlignment(Pos.CENTER);
        prompt.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(prompt);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        body.setCenter(scroll);
        body.setBottom(null);
    }

    /**
     * A key typed on a keyboard that was not part of a scanner's burst: into the card number while the prompt shows
     * (typed at a person's pace it used to be ignored). @return whether it was taken
     */
    boolean typed(char c) {
        return presenter.step() == PortalPresenter.Step.SCAN && keypad != null && keypad.getScene() != null
                && keypad.typed(c);
    }

    /** A scanned QR payload or typed card number, handed on to the session. */
    void open(String scanned) {
        presenter.open(scanned);
    }

    PortalPresenter presenter() {
        return presenter;
    }

    private void show(PrivacyPortal.Page shown) {
        CustomerExport.Document data = shown.data();
        body.setTop(topBar(messages.get("portal.hello", data.customer().firstName())));

        VBox consents = new VBox(12, sectionTitle("portal.consents"));
        for (ConsentView consent : shown.consents()) {
            consents.getChildren().add(consentCard(consent));
        }
        consents.setPrefWidth(560);
        consents.setMinWidth(480);

        VBox held = new VBox(18, personal(data), accessLog(data.accessLog()), purchases(data.purchases()),
                feedback(data.feedback()));
        HBox.setHgrow(held, Priority.ALWAYS);
        HBox columns = new HBox(28, consents, held);
        columns.getStyleClass().add("portal-columns");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        body.setCenter(scroll);

        Button save = TouchButton.of("exportData", messages.get("portal.export"), Material2AL.GET_APP,
                presenter::export);
        Button erase = TouchButton.of("eraseAccount", messages.get("portal.erase"), Material2AL.DELETE_FOREVER,
                presenter::askErasure);
        erase.getStyleClass().add("danger");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(notice, Priority.SOMETIMES);
        // a message beside the buttons wraps; it used to squeeze them to "Mijn ge..." and a bare red button
        notice.setWrapText(true);
        notice.setMinWidth(0);
        HBox bottom = new HBox(16, save, notice, gap, erase);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("sign-up-bottom");
        body.setBottom(bottom);
    }

    private HBox topBar(String heading) {
        Label title = new Label(heading);
        title.setId("portalTitle");
        title.getStyleClass().add("headline");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button done = TouchButton.of("portalDone", messages.get("portal.done"), Material2AL.DONE, presenter::done);
        done.getStyleClass().add("accent");
        HBox top = new HBox(16, title, gap, done);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        return top;
    }

    private Label sectionTitle(String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        return title;
    }

    private VBox consentCard(ConsentView consent) {
        Purpose purpose = consent.purpose();
        Label name = new Label(messages.get("signup.purpose." + purpose.name()));
        name.getStyleClass().add("title-4");
        name.setWrapText(true);
        Label status = new Label(status(consent));
        status.setId("consentStatus-" + purpose.name());
        status.getStyleClass().add(consent.allowed() ? "consent-on" : "consent-off");
        status.setWrapText(true);
        VBox card = new VBox(8, name, status);
        card.getStyleClass().add("purpose-card");
        HBox actions = new HBox(10);
        if (consent.allowed()) {
            Button withdraw = TouchButton.of("withdraw-" + purpose.name(), messages.get("portal.withdraw"),
                    Material2AL.BLOCK, () -> presenter.withdraw(purpose));
            withdraw.getStyleClass().add("danger");
            actions.getChildren().add(withdraw);
        }
        String renewKey = consent.allowed() ? "portal.renew" : "portal.give";
        Button renew = TouchButton.of("renew-" + purpose.name(), messages.get(renewKey),
                consent.allowed() ? Material2MZ.REFRESH : Material2AL.CHECK_CIRCLE_OUTLINE,
                () -> presenter.askRenewal(purpose));
        actions.getChildren().add(renew);
        card.getChildren().add(actions);
        return card;
    }

    private String status(ConsentView consent) {
        if (consent.allowed()) {
            return messages.get("portal.status.allowed", date.format(consent.expiresAt()));
        }
        if (consent.withdrawnAt() != null) {
            return messages.get("portal.status.withdrawn", date.format(consent.withdrawnAt()));
        }
        if (consent.expiresAt() != null) {
            return messages.get("portal.status.expired", date.format(consent.expiresAt()));
        }
        return messages.get("portal.status.never");
    }

    /** Renewing (or giving) asks what giving asked: the text, how long, and a signature; over the page. */
    private StackPane renewal(Purpose purpose) {
        Label name = new Label(messages.get("signup.purpose." + purpose.name()));
        name.getStyleClass().add("title-3");
        name.setWrapText(true);
        Label words = new Label(ConsentText.current(purpose, messages.locale().getLanguage()).text().strip());
        words.setWrapText(true);
        words.getStyleClass().add("purpose-text");
        ToggleGroup group = new ToggleGroup();
        HBox months = SignUpScreen.durationPicker(messages, "renewMonths-", group);
        SignaturePad pad = new SignaturePad(520, 130);
        pad.setId("renewSignature");
        StackPane padBox = new StackPane(pad);
        padBox.getStyleClass().add("signature-box");
        padBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Button clear = TouchButton.of("renewClear", messages.get("signup.clearSignature"), Material2AL.CLEAR,
                pad::clear);
        HBox signRow = new HBox(12, padBox, clear);
        signRow.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label(messages.get("signup.problem.NO_SIGNATURE"));
        problem.setId("renewProblem");
        problem.getStyleClass().addAll("scan-message", "refused");
        problem.setWrapText(true);
        problem.visibleProperty().bind(presenter.renewalUnsignedProperty());
        problem.managedProperty().bind(problem.visibleProperty());
        StackPane shade = new StackPane();
        shade.getStyleClass().add("overlay-shade");
        Button cancel = TouchButton.of("renewCancel", messages.get("checkout.keypad.cancel"), Material2AL.ARROW_BACK,
                presenter::cancelRenewal);
        Button confirm = TouchButton.of("renewConfirm", messages.get("portal.confirm"), Material2AL.CHECK,
                () -> presenter.renew(group.getSelectedToggle() == null ? PortalPresenter.DEFAULT_MONTHS
                        : (Integer) group.getSelectedToggle().getUserData(), pad.isSigned() ? pad.png() : null));
        confirm.getStyleClass().add("accent");
        HBox buttons = new HBox(12, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox panel = new VBox(12, name, words, months, new Label(messages.get("portal.signToConfirm")), signRow,
                problem, buttons);
        panel.setId("renewPanel");
        panel.getStyleClass().addAll("overlay-card", "renew-card");
        panel.setMaxSize(760, Region.USE_PREF_SIZE);
        shade.getChildren().add(panel);
        getChildren().add(shade);
        return shade;
    }

    private StackPane confirmErase() {
        Label question = new Label(messages.get("portal.erase.question"));
        question.getStyleClass().add("headline");
        question.setWrapText(true);
        Label what = new Label(messages.get("portal.erase.what"));
        what.setWrapText(true);
        StackPane shade = new StackPane();
        shade.setId("confirmErase");
        shade.getStyleClass().add("overlay-shade");
        Button keep = TouchButton.of("eraseNo", messages.get("portal.erase.no"), Material2AL.ARROW_BACK,
                presenter::keepAccount);
        keep.getStyleClass().add("accent");
        Button yes = TouchButton.of("eraseYes", messages.get("portal.erase.yes"), Material2AL.DELETE_FOREVER,
                presenter::erase);
        yes.getStyleClass().add("danger");
        HBox buttons = new HBox(16, keep, yes);
        buttons.setAlignment(Pos.CENTER);
        VBox card = new VBox(20, question, what, buttons);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(640, Region.USE_PREF_SIZE);
        shade.getChildren().add(card);
        getChildren().add(shade);
        return shade;
    }

    /** Waiting for the counter to carry out the erasure. */
    private void erasing() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label busy = new Label(messages.get("portal.erasing"));
        busy.setId("erasing");
        busy.getStyleClass().add("headline");
        VBox waiting = new VBox(20, spinner, busy);
        waiting.setAlignment(Pos.CENTER);
        body.setTop(null);
        body.setBottom(null);
        body.setCenter(waiting);
    }

    private void erased(boolean done) {
        Label gone = new Label(messages.get(done ? "portal.erased" : "portal.erase.recorded"));
        gone.setId(done ? "erased" : "erasureRecorded");
        gone.getStyleClass().add("headline");
        gone.setWrapText(true);
        Label books = new Label(messages.get(done ? "portal.erased.books" : "portal.erase.recorded.what"));
        books.setWrapText(true);
        Button finished = TouchButton.of("erasedDone", messages.get("portal.done"), Material2AL.DONE,
                presenter::done);
        finished.getStyleClass().addAll("accent", "pay-button");
        VBox box = new VBox(20, gone, books, finished);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(640);
        body.setTop(null);
        body.setBottom(null);
        body.setCenter(box);
    }

    /** What the presenter says, in the page's language; nothing when it says nothing. */
    private void say(PortalPresenter.Notice said) {
        if (said == null) {
            notice.setVisible(false);
            return;
        }
        Object[] args = said.args().stream()
                .map(a -> a instanceof Purpose purpose ? messages.get("signup.purpose." + purpose.name()) : a)
                .toArray();
        notice.setText(messages.get(said.key(), args));
        notice.getStyleClass().removeAll("refused", "info");
        notice.getStyleClass().add(said.problem() ? "refused" : "info");
        notice.setVisible(true);
    }

    private VBox personal(CustomerExport.Document data) {
        CustomerExport.Person p = data.customer();
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        int row = 0;
        row = fact(grid, row, "portal.name", (p.firstName() + " " + (p.lastName() == null ? "" : p.lastName())).strip());
        row = fact(grid, row, "portal.email", p.email() == null ? messages.get("portal.none") : p.email());
        row = fact(grid, row, "portal.phone", p.phone() == null ? messages.get("portal.none") : p.phone());
        row = fact(grid, row, "portal.language", messages.get("language." + p.preferredLanguage()));
        row = fact(grid, row, "portal.since", date.format(p.createdAt()));
        for (CustomerExport.Card card : data.cards()) {
            row = fact(grid, row, "portal.card", messages.get("portal.card." + card.status(), card.cardNumber()));
        }
        grid.setId("portalPersonal");
        return new VBox(8, sectionTitle("portal.held"), grid);
    }

    private int fact(GridPane grid, int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("text-muted");
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, name, v);
        return row + 1;
    }

    private VBox purchases(List<CustomerExport.Purchase> purchases) {
        VBox list = new VBox(4);
        list.setId("portalPurchases");
        if (purchases.isEmpty()) {
            list.getChildren().add(new Label(messages.get("portal.purchases.none")));
        }
        List<CustomerExport.Purchase> newestFirst = new ArrayList<>(purchases);
        Collections.reverse(newestFirst);
        for (CustomerExport.Purchase p : newestFirst.subList(0, Math.min(PURCHASES_SHOWN, newestFirst.size()))) {
            String total = messages.money(Money.of(p.total().toPlainString(), p.currency()));
            Label line = new Label(messages.get("portal.purchase", date.format(p.at()), p.store(), p.items().size(),
                    total));
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        if (purchases.size() > PURCHASES_SHOWN) {
            list.getChildren().add(new Label(messages.get("portal.purchases.more", purchases.size() - PURCHASES_SHOWN)));
        }
        return new VBox(8, sectionTitle("portal.purchases"), list);
    }

    /** The answers to "how was it today?" linked to them (given with their card and recognition allowed). */
    private VBox feedback(List<CustomerExport.Feedback> answers) {
        VBox list = new VBox(4);
        list.setId("portalFeedback");
        if (answers.isEmpty()) {
            Label none = new Label(messages.get("portal.feedback.none"));
            none.setWrapText(true); // a long sentence in every language: it wraps, never cut
            list.getChildren().add(none);
        }
        for (CustomerExport.Feedback f : answers) { // newest first
            Label line = new Label(messages.get("portal.feedback.line", date.format(f.givenAt()), f.store(),
                    messages.get("portal.feedback.channel." + f.channel()), f.rating(),
                    f.recommend() == null ? "\u2013" : f.recommend(), f.comment() == null ? "" : "\u201c" + f.comment()
                            + "\u201d"));
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        return new VBox(8, sectionTitle("portal.feedback"), list);
    }

    private VBox accessLog(List<AccessLog.Entry> entries) {
        VBox list = new VBox(4);
        list.setId("portalAccessLog");
        if (entries.isEmpty()) {
            list.getChildren().add(new Label(messages.get("portal.access.none")));
        }
        for (AccessLog.Entry e : entries) { // newest first
            Label line = new Label(messages.get("portal.access.line", dateTime.format(e.at()), e.staffName(),
                    e.terminalCode(), e.reason()));
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        return new VBox(8, sectionTitle("portal.access"), list);
    }
}
