package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CustomerExport;
import nl.connectedstore.customers.PrivacyPortal;
import nl.connectedstore.money.Money;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.SignUpScreen;
import nl.connectedstore.ui.SignaturePad;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The privacy portal: after the customer's card is scanned (or its number typed), everything we hold about
 * them, each consent with where it stands, their purchases and every time staff opened their profile.
 * Withdrawing is one tap; renewing asks for the duration and a signature, like giving it did. "Save my data"
 * writes the export file; "Erase my account" asks once more, then removes them for good. "Done" and the
 * kiosk's idle reset both end the session, so the next person starts at the welcome screen.
 */
final class PortalScreen extends StackPane {

    private static final Logger log = LoggerFactory.getLogger(PortalScreen.class);
    private static final int PURCHASES_SHOWN = 20;
    /** How long the kiosk waits for the counter to carry out an erasure before saying it is recorded. */
    static final java.time.Duration ERASURE_WAIT = java.time.Duration.ofSeconds(12);
    private static final java.time.Duration ERASURE_POLL = java.time.Duration.ofMillis(250);

    private final LoyaltyKit loyalty;
    private final TaskExecutor executor;
    private final String terminalCode;
    private final Runnable onDone;
    private final BorderPane body = new BorderPane();
    private final Label notice = new Label();
    private Messages messages;
    private DateTimeFormatter date;
    private DateTimeFormatter dateTime;
    private Consumer<Locale> adoptCustomersLanguage;
    private PrivacyPortal.Page page;

    /**
     * @param adoptCustomersLanguage when nobody chose a language (the card was scanned on the welcome screen),
     *                               the page speaks the customer's own language and tells the kiosk so;
     *                               null to keep {@code messages}
     */
    PortalScreen(LoyaltyKit loyalty, Messages messages, TaskExecutor executor, String terminalCode,
                 Runnable onDone, Consumer<Locale> adoptCustomersLanguage) {
        this.loyalty = loyalty;
        this.executor = executor;
        this.terminalCode = terminalCode;
        this.onDone = onDone;
        this.adoptCustomersLanguage = adoptCustomersLanguage;
        speak(messages);
        setId("portal");
        getStyleClass().add("portal");
        notice.setId("portalNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("scan-message");
        notice.setVisible(false);
        notice.managedProperty().bind(notice.visibleProperty());
        getChildren().add(body);
        showScanPrompt();
    }

    private void speak(Messages language) {
        this.messages = language;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .withZone(ZoneId.systemDefault());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(ZoneId.systemDefault());
    }

    /** The first step: scan the card, or type its number. */
    private void showScanPrompt() {
        page = null;
        body.setTop(topBar(messages.get("portal.title")));
        Label how = new Label(messages.get("portal.scan"));
        how.setId("portalScanPrompt");
        how.getStyleClass().add("title-2");
        how.setWrapText(true);
        // the explanation and any refusal beside the keypad, so all of it fits a 1280x800 kiosk; wrapped texts keep
        // the height of all their lines, and a shorter screen scrolls rather than cut them
        how.setMinHeight(Region.USE_PREF_SIZE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        Keypad keypad = new Keypad(messages, "portal.keypad.title", "portal.keypad.open", 16, this::open, onDone);
        this.keypad = keypad;
        keypad.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        keypad.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        VBox words = new VBox(16, how, notice);
        words.setPrefWidth(460);
        words.setMaxWidth(460);
        words.setMinWidth(320);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox prompt = new HBox(32, words, keypad);
        prompt.setAlignment(Pos.CENTER);
        prompt.setPadding(new javafx.geometry.Insets(16));
        ScrollPane scroll = new ScrollPane(prompt);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        body.setCenter(scroll);
        body.setBottom(null);
    }

    private Keypad keypad;

    /**
     * A key typed on a keyboard that was not part of a scanner's burst: into the card number while the prompt shows
     * (typed at a person's pace it used to be ignored). @return whether it was taken
     */
    boolean typed(char c) {
        return page == null && keypad != null && keypad.getScene() != null && keypad.typed(c);
    }

    /** A scanned QR payload or typed card number: the customer's page, or why not. */
    void open(String scanned) {
        executor.execute(BackgroundTask.of(progress -> loyalty.portal().open(scanned))
                .onSuccess(opened -> {
                    if (opened.page().isPresent()) {
                        notice.setVisible(false);
                        adoptLanguageOf(opened.page().get());
                        show(opened.page().get());
                    } else {
                        if (page != null) {
                            showScanPrompt();
                        }
                        say(messages.get("portal.refused." + opened.refusal().orElseThrow().name()), true);
                    }
                })
                .onFailure(e -> {
                    log.error("The privacy portal could not open a card at {}", terminalCode, e);
                    say(messages.get("portal.failed"), true);
                }));
    }

    private void adoptLanguageOf(PrivacyPortal.Page opened) {
        if (adoptCustomersLanguage == null) {
            return;
        }
        String theirs = opened.data().customer().preferredLanguage();
        boolean known = Messages.LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(theirs));
        if (known && !theirs.equals(messages.locale().getLanguage())) {
            Locale locale = new Locale(theirs, messages.locale().getCountry());
            speak(Messages.of(locale));
            adoptCustomersLanguage.accept(locale);
        }
        adoptCustomersLanguage = null;
    }

    PrivacyPortal.Page page() {
        return page;
    }

    private void show(PrivacyPortal.Page shown) {
        this.page = shown;
        CustomerExport.Document data = shown.data();
        body.setTop(topBar(messages.get("portal.hello", data.customer().firstName())));

        VBox consents = new VBox(12, sectionTitle("portal.consents"));
        for (ConsentView consent : shown.consents()) {
            consents.getChildren().add(consentCard(consent));
        }
        consents.setPrefWidth(560);
        consents.setMinWidth(480);

        VBox held = new VBox(18, personal(data), accessLog(data.accessLog()), purchases(data.purchases()));
        HBox.setHgrow(held, Priority.ALWAYS);
        HBox columns = new HBox(28, consents, held);
        columns.getStyleClass().add("portal-columns");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        body.setCenter(scroll);

        Button save = TouchButton.of("exportData", messages.get("portal.export"), Material2AL.GET_APP,
                this::export);
        Button erase = TouchButton.of("eraseAccount", messages.get("portal.erase"), Material2AL.DELETE_FOREVER,
                this::confirmErase);
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
        Button done = TouchButton.of("portalDone", messages.get("portal.done"), Material2AL.DONE, onDone);
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
                    Material2AL.BLOCK, () -> withdraw(purpose));
            withdraw.getStyleClass().add("danger");
            actions.getChildren().add(withdraw);
        }
        String renewKey = consent.allowed() ? "portal.renew" : "portal.give";
        Button renew = TouchButton.of("renew-" + purpose.name(), messages.get(renewKey),
                consent.allowed() ? Material2MZ.REFRESH : Material2AL.CHECK_CIRCLE_OUTLINE,
                () -> openRenewal(purpose));
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
    private void openRenewal(Purpose purpose) {
        if (lookup("#renewPanel") != null) {
            return;
        }
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
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        StackPane shade = new StackPane();
        shade.getStyleClass().add("overlay-shade");
        Button cancel = TouchButton.of("renewCancel", messages.get("checkout.keypad.cancel"), Material2AL.ARROW_BACK,
                () -> getChildren().remove(shade));
        Button confirm = TouchButton.of("renewConfirm", messages.get("portal.confirm"), Material2AL.CHECK, () -> {
            if (!pad.isSigned()) {
                problem.setVisible(true);
                return;
            }
            int chosen = group.getSelectedToggle() == null ? 6 : (Integer) group.getSelectedToggle().getUserData();
            getChildren().remove(shade);
            renew(purpose, chosen, pad.png());
        });
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
    }

    private void withdraw(Purpose purpose) {
        long customer = page.customerId();
        String card = page.cardNumber();
        executor.execute(BackgroundTask.of(progress -> {
                    loyalty.consents().asHolderOf(card).withdraw(customer, purpose, Channel.KIOSK, terminalCode);
                    return loyalty.portal().page(card, customer);
                })
                .onSuccess(next -> {
                    show(next);
                    say(messages.get("portal.withdrawn", messages.get("signup.purpose." + purpose.name())), false);
                })
                .onFailure(this::failed));
    }

    private void renew(Purpose purpose, int months, byte[] signature) {
        long customer = page.customerId();
        String card = page.cardNumber();
        String language = messages.locale().getLanguage();
        executor.execute(BackgroundTask.of(progress -> {
                    loyalty.consents().asHolderOf(card).grant(customer, ConsentText.current(purpose, language), months, Channel.KIOSK,
                            terminalCode, signature);
                    return loyalty.portal().page(card, customer);
                })
                .onSuccess(next -> {
                    show(next);
                    say(messages.get("portal.renewed", messages.get("signup.purpose." + purpose.name())), false);
                })
                .onFailure(this::failed));
    }

    private void export() {
        long customer = page.customerId();
        String card = page.cardNumber();
        Path folder = loyalty.exportDir();
        executor.execute(BackgroundTask.of(progress -> loyalty.portal().asHolderOf(card).exportTo(customer, folder))
                .onSuccess(file -> say(messages.get("portal.exported", file.getFileName().toString()), false))
                .onFailure(e -> {
                    log.error("Export to {} failed at {}", folder, terminalCode, e);
                    say(messages.get("portal.exportFailed"), true);
                }));
    }

    private void confirmErase() {
        Label question = new Label(messages.get("portal.erase.question"));
        question.getStyleClass().add("headline");
        question.setWrapText(true);
        Label what = new Label(messages.get("portal.erase.what"));
        what.setWrapText(true);
        StackPane shade = new StackPane();
        shade.setId("confirmErase");
        shade.getStyleClass().add("overlay-shade");
        Button keep = TouchButton.of("eraseNo", messages.get("portal.erase.no"), Material2AL.ARROW_BACK,
                () -> getChildren().remove(shade));
        keep.getStyleClass().add("accent");
        Button yes = TouchButton.of("eraseYes", messages.get("portal.erase.yes"), Material2AL.DELETE_FOREVER,
                () -> {
                    getChildren().remove(shade);
                    erase();
                });
        yes.getStyleClass().add("danger");
        HBox buttons = new HBox(16, keep, yes);
        buttons.setAlignment(Pos.CENTER);
        VBox card = new VBox(20, question, what, buttons);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(640, Region.USE_PREF_SIZE);
        shade.getChildren().add(card);
        getChildren().add(shade);
    }

    /** How the customer's "erase my account" ended on this screen. */
    private enum Erasure { DONE, RECORDED, REFUSED }

    /**
     * The kiosk records the wish (it may not delete customers itself: docs/security.md) and waits a little for the
     * counter to carry it out, so that in a store with its counter running the customer sees "erased"; otherwise
     * they are told it is recorded and will be done, and their card opens nothing from now on.
     */
    private void erase() {
        PrivacyPortal.Page erasing = page;
        PrivacyPortal portal = loyalty.portal().asHolderOf(erasing.cardNumber());
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        Label busy = new Label(messages.get("portal.erasing"));
        busy.setId("erasing");
        busy.getStyleClass().add("headline");
        VBox waiting = new VBox(20, spinner, busy);
        waiting.setAlignment(Pos.CENTER);
        body.setTop(null);
        body.setBottom(null);
        body.setCenter(waiting);
        page = null;
        executor.execute(BackgroundTask.of(progress -> {
                    if (!portal.requestErasure(erasing, loyalty.exportDir(), terminalCode)
                            && !portal.erasurePending(erasing.cardNumber())) {
                        return Erasure.REFUSED;
                    }
                    long deadline = System.nanoTime() + ERASURE_WAIT.toNanos();
                    while (portal.erasurePending(erasing.cardNumber())) {
                        if (System.nanoTime() > deadline) {
                            return Erasure.RECORDED;
                        }
                        Thread.sleep(ERASURE_POLL.toMillis());
                    }
                    return Erasure.DONE;
                })
                .onSuccess(this::erased)
                .onFailure(this::failed));
    }

    private void erased(Erasure outcome) {
        if (outcome == Erasure.REFUSED) {
            showScanPrompt();
            say(messages.get("portal.refused.BLOCKED_CARD"), true);
            return;
        }
        Label gone = new Label(messages.get(outcome == Erasure.DONE ? "portal.erased" : "portal.erase.recorded"));
        gone.setId(outcome == Erasure.DONE ? "erased" : "erasureRecorded");
        gone.getStyleClass().add("headline");
        gone.setWrapText(true);
        Label books = new Label(messages.get(outcome == Erasure.DONE ? "portal.erased.books"
                : "portal.erase.recorded.what"));
        books.setWrapText(true);
        Button done = TouchButton.of("erasedDone", messages.get("portal.done"), Material2AL.DONE, onDone);
        done.getStyleClass().addAll("accent", "pay-button");
        VBox box = new VBox(20, gone, books, done);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(640);
        body.setTop(null);
        body.setBottom(null);
        body.setCenter(box);
    }

    private void failed(Throwable e) {
        log.error("A privacy portal action failed at {}", terminalCode, e);
        say(messages.get("portal.failed"), true);
    }

    private void say(String text, boolean problem) {
        notice.setText(text);
        notice.getStyleClass().removeAll("refused", "info");
        notice.getStyleClass().add(problem ? "refused" : "info");
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
        List<CustomerExport.Purchase> newestFirst = new java.util.ArrayList<>(purchases);
        java.util.Collections.reverse(newestFirst);
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
