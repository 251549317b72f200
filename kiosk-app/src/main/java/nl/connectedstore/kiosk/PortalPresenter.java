package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.privacy.PrivacyPortal;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.BusyState;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.SignUpPresenter;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One customer's privacy portal session, from the card prompt to "Done": the card (scanned, or its number typed)
 * opens their page or says why not; from the page they withdraw or renew (sign again) each consent, save their data,
 * or ask for their account to be erased (asked once more, then the kiosk records the wish and waits up to
 * {@link #ERASURE_WAIT} for the counter to carry it out: "erased", or "recorded" when it did not in time). "Done" and
 * the kiosk's idle reset end the session ({@link #end()}): the customer's data is gone from here, and an answer that
 * comes back later is dropped, so the next person never sees it. Plain Java: the view binds to the properties and
 * forwards taps; messages are keys ({@link Notice}).
 */
final class PortalPresenter {

    private static final Logger log = LoggerFactory.getLogger(PortalPresenter.class);
    /** How long the kiosk waits for the counter to carry out an erasure before saying it is recorded. */
    static final Duration ERASURE_WAIT = Duration.ofSeconds(12);
    /** How often it asks meanwhile. */
    static final Duration ERASURE_POLL = Duration.ofMillis(250);
    /** A renewal whose duration was not chosen runs this long, as the picker's preset says. */
    static final int DEFAULT_MONTHS = SignUpPresenter.PRESET_MONTHS;

    /** Where the session is. */
    enum Step {
        /** Waiting for a card (with the reason the last one opened nothing, if so). */
        SCAN,
        /** The customer's page. */
        PAGE,
        /** The erasure is recorded; waiting for the counter to carry it out. */
        ERASING,
        /** The counter erased the account while the customer waited. */
        ERASED,
        /** The wish is recorded; the counter carries it out later. */
        ERASURE_RECORDED,
        /** "Done", or the kiosk went idle: nothing of the customer is held any more. */
        ENDED
    }

    /**
     * What the customer is told: a message key with its arguments; a {@link Purpose} argument stands for that
     * purpose's name ({@code signup.purpose.<NAME>}) in the customer's language.
     */
    record Notice(String key, List<Object> args, boolean problem) {
        static Notice info(String key, Object... args) {
            return new Notice(key, List.of(args), false);
        }

        static Notice problem(String key, Object... args) {
            return new Notice(key, List.of(args), true);
        }
    }

    private final LoyaltyKit loyalty;
    private final TaskExecutor executor;
    private final Ticker ticker;
    private final String terminalCode;
    private final Runnable onEnded;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.SCAN);
    private final ReadOnlyObjectWrapper<PrivacyPortal.Page> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Locale> locale;
    private final ReadOnlyObjectWrapper<Purpose> renewing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper renewalUnsigned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper confirmingErasure = new ReadOnlyBooleanWrapper();
    /** Withdraw, renew, save: one at a time, a second tap while one is stored does nothing. */
    private final StoringCommand<Object> storing;
    private final StoringCommand<Boolean> erasure;
    private boolean speakCustomersLanguage;
    /** Counts opened cards and ended sessions: an answer for an earlier one is dropped. */
    private int generation;
    private Runnable stopWaiting = () -> { };
    /** A card is being opened (the page reads everything held about them: seconds on a busy store). */
    private final BusyState opening = new BusyState();

    /**
     * @param language               the session's language
     * @param speakCustomersLanguage nobody chose a language (the card was scanned on the welcome screen): the first
     *                               page speaks the customer's own language ({@link #localeProperty()} changes)
     * @param onEnded                what "Done" does after ending the session (the kiosk's welcome screen)
     */
    PortalPresenter(LoyaltyKit loyalty, TaskExecutor executor, Ticker ticker, String terminalCode, Locale language,
                    boolean speakCustomersLanguage, Runnable onEnded) {
        this.loyalty = loyalty;
        this.executor = executor;
        this.ticker = ticker;
        this.terminalCode = terminalCode;
        this.onEnded = onEnded;
        this.locale = new ReadOnlyObjectWrapper<>(language);
        this.speakCustomersLanguage = speakCustomersLanguage;
        this.storing = new StoringCommand<>(executor);
        this.erasure = new StoringCommand<>(executor);
    }

    /** True while a card is being opened: the screen is veiled with a spinner. */
    ReadOnlyBooleanProperty openingProperty() {
        return opening.busyProperty();
    }

    /** A scanned QR payload or a typed card number: the customer's page, or why not. */
    void open(String scanned) {
        if (step.get() == Step.ENDED || step.get() == Step.ERASING) {
            return;
        }
        int asked = ++generation;
        Locale asking = locale.get();
        opening.execute(executor, BackgroundTask.of(progress -> loyalty.portal().open(scanned, asking))
                .onSuccess(opened -> {
                    if (asked != generation) {
                        return;
                    }
                    closeOverlays();
                    if (opened.page().isPresent()) {
                        adoptLanguageOf(opened.page().get());
                        notice.set(null);
                        page.set(opened.page().get());
                        step.set(Step.PAGE);
                        if (!locale.get().equals(asking)) {
                            renameIn(locale.get(), asked);
                        }
                    } else {
                        page.set(null);
                        step.set(Step.SCAN);
                        notice.set(Notice.problem("portal.refused." + opened.refusal().orElseThrow().name()));
                    }
                })
                .onFailure(e -> {
                    if (asked == generation) {
                        log.error("The privacy portal could not open a card at {}", terminalCode, e);
                        notice.set(Notice.problem("portal.failed"));
                    }
                }));
    }

    /** The page again with its products named in the customer's own language, which the page now speaks. */
    private void renameIn(Locale language, int asked) {
        PrivacyPortal.Page shown = shownPage();
        executor.execute(BackgroundTask.of(progress -> loyalty.portal().page(shown.cardNumber(), shown.customerId(),
                        language))
                .onSuccess(again -> {
                    if (asked == generation && step.get() == Step.PAGE) {
                        page.set(again);
                    }
                })
                .onFailure(e -> log.warn("The portal's purchases could not be read in {}: {}", language, e.toString())));
    }

    private void adoptLanguageOf(PrivacyPortal.Page opened) {
        if (!speakCustomersLanguage) {
            return;
        }
        speakCustomersLanguage = false;
        String theirs = opened.data().customer().preferredLanguage();
        Locale now = locale.get();
        boolean known = Messages.LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(theirs));
        if (known && !theirs.equals(now.getLanguage())) {
            locale.set(new Locale(theirs, now.getCountry()));
        }
    }

    /** One tap: the purpose no longer applies, from this moment; the page shows it at once. */
    void withdraw(Purpose purpose) {
        PrivacyPortal.Page shown = shownPage();
        if (shown == null) {
            return;
        }
        Locale language = locale.get();
        store(progress -> {
            loyalty.consents().asHolderOf(shown.cardNumber()).withdraw(shown.customerId(), purpose, Channel.KIOSK,
                    terminalCode);
            return loyalty.portal().page(shown.cardNumber(), shown.customerId(), language);
        }, Notice.info("portal.withdrawn", purpose));
    }

    /** Renewing (or giving) asks what giving asked: the text, how long, and a signature. */
    void askRenewal(Purpose purpose) {
        if (shownPage() != null && renewing.get() == null) {
            renewalUnsigned.set(false);
            renewing.set(purpose);
        }
    }

    void cancelRenewal() {
        renewing.set(null);
        renewalUnsigned.set(false);
    }

    /** The consent asked for ({@link #askRenewal}) for {@code months}, signed; unsigned it stays open and says so. */
    void renew(int months, byte[] signaturePng) {
        Purpose purpose = renewing.get();
        PrivacyPortal.Page shown = shownPage();
        if (purpose == null || shown == null) {
            return;
        }
        if (signaturePng == null || signaturePng.length == 0) {
            renewalUnsigned.set(true);
            return;
        }
        cancelRenewal();
        ConsentText text = ConsentText.current(purpose, locale.get().getLanguage());
        Locale language = locale.get();
        store(progress -> {
            loyalty.consents().asHolderOf(shown.cardNumber()).grant(shown.customerId(), text, months, Channel.KIOSK,
                    terminalCode, signaturePng);
            return loyalty.portal().page(shown.cardNumber(), shown.customerId(), language);
        }, Notice.info("portal.renewed", purpose));
    }

    /** Work that changes what the page shows, then the page as it now stands, with {@code done} said. */
    private void store(BackgroundTask.Work<PrivacyPortal.Page> change, Notice done) {
        int asked = generation;
        storing.run(change::call, next -> {
            storing.reset();
            if (asked == generation && step.get() == Step.PAGE) {
                page.set((PrivacyPortal.Page) next);
                notice.set(done);
            }
        }, e -> failed(asked, e));
    }

    /** "Save my data": the export file in the kiosk's export folder, and its name said. */
    void export() {
        PrivacyPortal.Page shown = shownPage();
        if (shown == null) {
            return;
        }
        Path folder = loyalty.exportDir();
        int asked = generation;
        storing.run(progress -> loyalty.portal().asHolderOf(shown.cardNumber()).exportTo(shown.customerId(), folder),
                file -> {
                    storing.reset();
                    if (asked == generation) {
                        notice.set(Notice.info("portal.exported", ((Path) file).getFileName().toString()));
                    }
                }, e -> {
                    log.error("Export to {} failed at {}", folder, terminalCode, e);
                    if (asked == generation) {
                        notice.set(Notice.problem("portal.exportFailed"));
                    }
                });
    }

    /** "Erase my account": asked once more before anything happens. */
    void askErasure() {
        if (shownPage() != null) {
            confirmingErasure.set(true);
        }
    }

    void keepAccount() {
        confirmingErasure.set(false);
    }

    /**
     * "Yes, erase everything". The kiosk records the wish (it may not delete customers itself: docs/security.md) and
     * waits a little for the counter to carry it out, so that in a store with its counter running the customer sees
     * "erased"; otherwise they are told it is recorded and will be done, and their card opens nothing from now on.
     */
    void erase() {
        PrivacyPortal.Page erasing = shownPage();
        if (erasing == null || !confirmingErasure.get()) {
            return;
        }
        confirmingErasure.set(false);
        page.set(null);
        notice.set(null);
        step.set(Step.ERASING);
        int asked = generation;
        Instant deadline = loyalty.clock().instant().plus(ERASURE_WAIT);
        PrivacyPortal holder = loyalty.portal().asHolderOf(erasing.cardNumber());
        erasure.run(progress -> holder.requestErasure(erasing, loyalty.exportDir(), terminalCode)
                        || holder.erasurePending(erasing.cardNumber()),
                recorded -> {
                    if (asked != generation) {
                        return;
                    }
                    if (recorded) {
                        // the counter carries it out: ask now and every ERASURE_POLL whether it did, until the deadline
                        DatabasePoll<Boolean> waiting = new DatabasePoll<>("the erasure asked for at " + terminalCode,
                                ERASURE_POLL, ticker, executor, () -> holder.erasurePending(erasing.cardNumber()),
                                pending -> erasureSeen(pending, deadline, asked),
                                e -> erasureSeen(null, deadline, asked));
                        stopWaiting = waiting::stop;
                        waiting.start();
                    } else {
                        step.set(Step.SCAN);
                        notice.set(Notice.problem("portal.refused.BLOCKED_CARD"));
                    }
                },
                e -> {
                    log.error("Recording an erasure failed at {}", terminalCode, e);
                    if (asked == generation) {
                        page.set(erasing);
                        step.set(Step.PAGE);
                        notice.set(Notice.problem("portal.failed"));
                    }
                });
    }

    /**
     * One look whether the counter carried the erasure out: {@code pending} false = done, true = not yet, null = the
     * look failed (the wish is stored: that only means waiting on; {@link DatabasePoll} logs it). Past the deadline
     * the kiosk says it is recorded.
     */
    private void erasureSeen(Boolean pending, Instant deadline, int asked) {
        if (asked != generation || step.get() != Step.ERASING) {
            return;
        }
        if (Boolean.FALSE.equals(pending)) {
            finishErasure(Step.ERASED);
        } else if (!loyalty.clock().instant().isBefore(deadline)) {
            finishErasure(Step.ERASURE_RECORDED);
        }
    }

    private void finishErasure(Step outcome) {
        stopWaiting.run();
        stopWaiting = () -> { };
        step.set(outcome);
    }

    /** "Done": the session ends and the kiosk goes on ({@code onEnded}). */
    void done() {
        end();
        onEnded.run();
    }

    /** The session ends ("Done", the idle reset, another screen): nothing of the customer stays, nothing comes back. */
    void end() {
        generation++;
        stopWaiting.run();
        stopWaiting = () -> { };
        closeOverlays();
        page.set(null);
        notice.set(null);
        step.set(Step.ENDED);
    }

    private void closeOverlays() {
        cancelRenewal();
        confirmingErasure.set(false);
    }

    private void failed(int asked, Throwable e) {
        log.error("A privacy portal action failed at {}", terminalCode, e);
        if (asked == generation) {
            notice.set(Notice.problem("portal.failed"));
        }
    }

    private PrivacyPortal.Page shownPage() {
        return step.get() == Step.PAGE ? page.get() : null;
    }

    Step step() {
        return step.get();
    }

    ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The customer's page while it shows, else null. */
    PrivacyPortal.Page page() {
        return page.get();
    }

    ReadOnlyObjectProperty<PrivacyPortal.Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    Notice notice() {
        return notice.get();
    }

    ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The language the portal speaks: the session's, or the customer's once their page opened. */
    Locale locale() {
        return locale.get();
    }

    ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    /** The purpose whose renewal is being asked for, or null. */
    ReadOnlyObjectProperty<Purpose> renewingProperty() {
        return renewing.getReadOnlyProperty();
    }

    /** True when "Confirm" was tapped on a renewal without a signature. */
    ReadOnlyBooleanProperty renewalUnsignedProperty() {
        return renewalUnsigned.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty confirmingErasureProperty() {
        return confirmingErasure.getReadOnlyProperty();
    }
}
