package nl.connectedstore.kiosk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.sales.AgeCheckRequiredException;
import nl.connectedstore.sales.Basket;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.sales.ScanLookup;
import nl.connectedstore.sales.UnresolvedPayment;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One customer's self-checkout, without a screen: the basket and its quantities, scans into it, the help call, each
 * age-restricted item's age check (asked, waited for, approved, refused, withdrawn, asked again), paying (approved,
 * declined, not recorded), "are you still there?" and the reset at the end. {@link CheckoutScreen} draws this state
 * and forwards taps here; the rules themselves live in shared-model ({@code assistance/AgeChecks},
 * {@code sales/CheckoutService}). Every service call goes through the {@link TaskExecutor}; timed work through a
 * {@link Ticker}.
 */
final class CheckoutPresenter {

    private static final Logger log = LoggerFactory.getLogger(CheckoutPresenter.class);

    /** What covers the basket. */
    enum Overlay { NONE, KEYPAD, PAYMENT, UNRECORDED }

    /** One message text: its key in the messages and its arguments. */
    record Text(String key, List<Object> args) {
        static Text of(String key, Object... args) {
            return new Text(key, Arrays.asList(args));
        }
    }

    /** The note above the basket: a refusal (with a low tone) or a friendly word; one or more texts in a row. */
    record Note(boolean refused, List<Text> texts) {
        static Note refused(String key, Object... args) {
            return new Note(true, List.of(Text.of(key, args)));
        }

        static Note info(String key, Object... args) {
            return new Note(false, List.of(Text.of(key, args)));
        }

        String key() {
            return texts.get(0).key();
        }
    }

    private final CheckoutKit kit;
    private final StoreInfo store;
    private final TaskExecutor executor;
    private final Ticker ticker;
    private final Consumer<Receipt> onPaid;
    private final Basket basket;
    private final DatabasePoll<List<AssistanceView>> poller;
    private final StoringCommand<CheckoutResult> payment;
    private final Set<Long> cancelledRequests = new HashSet<>();

    private final ObservableList<Basket.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Basket.Line> linesShown = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyObjectWrapper<Basket.Totals> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canPay = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper waitingForAge = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper helpComing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>(Overlay.NONE);
    private final ReadOnlyObjectWrapper<UnresolvedPayment> unrecorded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private long helpRequest;

    /**
     * @param ticker polls the counter's answers every {@link CheckoutKit#pollEvery()} while someone waits, and
     *               counts "are you still there?" down
     * @param onPaid where the receipt goes once the sale is stored (the shell shows it and ends this checkout)
     */
    CheckoutPresenter(CheckoutKit kit, StoreInfo store, TaskExecutor executor, Ticker ticker,
                      Consumer<Receipt> onPaid) {
        this.kit = kit;
        this.store = store;
        this.executor = executor;
        this.ticker = ticker;
        this.onPaid = onPaid;
        this.basket = new Basket(store.currency());
        this.poller = DatabasePoll.asking("the staff answers at " + kit.terminalCode(), kit.pollEvery(), ticker,
                executor, this::staffAnswersToAskFor, this::answersCame, e -> { });
        this.payment = new StoringCommand<>(executor);
        refresh();
    }

    // ---- state the screen binds to

    ObservableList<Basket.Line> lines() {
        return linesShown;
    }

    ReadOnlyObjectProperty<Basket.Totals> totals() {
        return totals.getReadOnlyProperty();
    }

    /** Something to pay and nothing waiting for a clerk. */
    ReadOnlyBooleanProperty canPay() {
        return canPay.getReadOnlyProperty();
    }

    /** At least one item waits for a clerk's age check. */
    ReadOnlyBooleanProperty waitingForAge() {
        return waitingForAge.getReadOnlyProperty();
    }

    /** The note above the basket, or null for none. */
    ReadOnlyObjectProperty<Note> note() {
        return note.getReadOnlyProperty();
    }

    /** A help call is open: someone is coming. */
    ReadOnlyBooleanProperty helpComing() {
        return helpComing.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Overlay> overlay() {
        return overlay.getReadOnlyProperty();
    }

    /** The charge to show staff while {@link Overlay#UNRECORDED} is up. */
    ReadOnlyObjectProperty<UnresolvedPayment> unrecorded() {
        return unrecorded.getReadOnlyProperty();
    }

    /** True while a payment runs: the idle reset must wait. */
    ReadOnlyBooleanProperty paying() {
        return payment.runningProperty();
    }

    /** The customer left, paid, or the kiosk reset: nothing here changes any more. */
    ReadOnlyBooleanProperty ended() {
        return ended.getReadOnlyProperty();
    }

    /** Whether the card terminal is the simulated one: the payment overlay offers its outcomes as buttons. */
    boolean simulated() {
        return kit.simulator() != null;
    }

    Basket basket() {
        return basket;
    }

    // ---- scanning and the basket

    /** A scan from any source, on the FX thread. Ignored while paying and after the end. */
    void scan(Scan scan) {
        if (ended.get() || overlay.get() == Overlay.PAYMENT) {
            return;
        }
        CodeReader.Result read = kit.reader().read(scan.text());
        if (read instanceof CodeReader.Result.Refused refused) {
            log.info("Refused a {} scan: {}", scan.source(), refused.reason());
            refuse("checkout.refused." + refused.reason().name());
            return;
        }
        CodeReader.Result.Read code = (CodeReader.Result.Read) read;
        executor.execute(BackgroundTask.of(progress -> kit.checkout().lookUp(kit.terminalCode(), code.code()))
                .onSuccess(found -> found(found, scan))
                .onFailure(e -> {
                    if (Transactor.isConnectionLoss(e)) {
                        // logged once per outage by the transactor; the store-link banner says it on screen
                        refuse("checkout.lookupOffline");
                        return;
                    }
                    log.error("Looking up {} at {} failed", code.code().raw(), kit.terminalCode(), e);
                    refuse("checkout.lookupFailed");
                }));
    }

    private void found(ScanLookup lookup, Scan scan) {
        if (ended.get()) {
            return;
        }
        if (lookup instanceof ScanLookup.Found found) {
            Basket.Line line = basket.add(found.item());
            kit.beeper().accepted();
            note.set(null);
            if (line.ageCheck() == Basket.AgeCheck.WAITING && line.requestId() == 0) {
                requestAgeCheck(line);
            }
            refresh();
            log.debug("Scan to line in {} ms ({})", (System.nanoTime() - scan.atNanos()) / 1_000_000, scan.source());
        } else if (lookup instanceof ScanLookup.Unknown unknown) {
            log.info("Unknown code {} scanned at {}", unknown.code(), kit.terminalCode());
            refuse("checkout.unknown", unknown.code());
        } else if (lookup instanceof ScanLookup.NoPrice noPrice) {
            log.warn("{} has no price at {}", noPrice.name(), store.code());
            refuse("checkout.noPrice", noPrice.name());
        } else if (lookup instanceof ScanLookup.NeedsWeighing weigh) {
            refuse("checkout.needsWeighing", weigh.name());
        }
    }

    /** A counted line's quantity, 1 to {@value Basket#MAX_PIECES_PER_LINE}; anything else is ignored. */
    void setQuantity(int lineId, int pieces) {
        if (ended.get() || pieces < 1 || pieces > Basket.MAX_PIECES_PER_LINE || basket.line(lineId).isEmpty()
                || !basket.line(lineId).get().countable()) {
            return;
        }
        basket.setQuantity(lineId, pieces);
        refresh();
    }

    /** Takes a line out; an age check it alone waited for is withdrawn. */
    void remove(int lineId) {
        if (ended.get() || basket.line(lineId).isEmpty()) {
            return;
        }
        Basket.Line removed = basket.remove(lineId);
        if (removed.ageCheck() == Basket.AgeCheck.WAITING
                && basket.waiting().stream().noneMatch(l -> l.requestId() == removed.requestId())) {
            cancelRequest(removed.requestId());
        }
        note.set(null);
        refresh();
    }

    /** A friendly note above the basket (a check-in, say): texts shown one after the other. */
    void inform(Text... texts) {
        note.set(new Note(false, List.of(texts)));
    }

    private void refuse(String key, Object... args) {
        kit.beeper().refused();
        note.set(Note.refused(key, args));
    }

    // ---- the keypad

    void showKeypad() {
        if (!ended.get() && overlay.get() == Overlay.NONE) {
            overlay.set(Overlay.KEYPAD);
        }
    }

    /** Digits typed on the keypad go the way every scan goes (the shell routes them back here). */
    void typed(String digits) {
        closeKeypad();
        kit.scans().publish(Scan.now(digits, Scan.Source.KEYPAD));
    }

    void closeKeypad() {
        if (overlay.get() == Overlay.KEYPAD) {
            overlay.set(Overlay.NONE);
        }
    }

    // ---- staff: help calls and age checks

    /** "Call staff": one open call per terminal however often it is tapped; a banner says someone is coming. */
    void callStaff() {
        if (ended.get()) {
            return;
        }
        executor.execute(BackgroundTask.of(progress -> kit.assistance().callStaff(kit.terminalCode()))
                .onSuccess(call -> {
                    if (ended.get()) {
                        cancelRequest(call.id());
                        return;
                    }
                    helpRequest = call.id();
                    helpComing.set(true);
                    poller.start();
                })
                .onFailure(e -> {
                    log.error("Help call from {} failed", kit.terminalCode(), e);
                    refuse("checkout.staffUnreachable");
                }));
    }

    private void requestAgeCheck(Basket.Line line) {
        basket.waitFor(line.id(), -1);
        executor.execute(BackgroundTask.of(progress ->
                        kit.assistance().requestAgeCheck(kit.terminalCode(), line.item().productId()))
                .onSuccess(request -> {
                    if (ended.get() || basket.line(line.id()).isEmpty()) {
                        cancelRequest(request.id()); // withdrawn while it was being asked
                        return;
                    }
                    if (basket.line(line.id()).get().ageCheck() == Basket.AgeCheck.WAITING) {
                        basket.waitFor(line.id(), request.id());
                        poller.start();
                    } else {
                        cancelRequest(request.id());
                    }
                    refresh();
                })
                .onFailure(e -> {
                    log.error("Asking staff for an age check at {} failed", kit.terminalCode(), e);
                    basket.line(line.id()).ifPresent(l -> basket.waitFor(l.id(), 0));
                    refuse("checkout.staffUnreachable");
                    refresh();
                }));
    }

    /**
     * What the poller asks at this moment: whether staff answered the requests this basket waits for (null when it
     * waits for none: the poller stops). Runs on the FX thread; the read itself runs on a worker.
     */
    private DatabasePoll.Read<List<AssistanceView>> staffAnswersToAskFor() {
        Map<Long, Integer> waiting = new LinkedHashMap<>();
        for (Basket.Line line : basket.waiting()) {
            if (line.requestId() > 0) {
                waiting.putIfAbsent(line.requestId(), line.item().minimumAge());
            }
        }
        long help = helpRequest;
        if (ended.get() || (waiting.isEmpty() && help == 0)) {
            return null;
        }
        return () -> {
            List<AssistanceView> answers = new ArrayList<>();
            for (long id : waiting.keySet()) {
                answers.add(kit.assistance().get(id));
            }
            if (help != 0) {
                answers.add(kit.assistance().get(help));
            }
            return answers;
        };
    }

    private void answersCame(List<AssistanceView> answers) {
        answers.forEach(this::answered);
        if (helpRequest == 0 && basket.waiting().stream().noneMatch(l -> l.requestId() > 0)) {
            poller.stop(); // nothing left to wait for
        }
    }

    private void answered(AssistanceView answer) {
        if (ended.get() || answer.status() == AssistanceStatus.OPEN) {
            return;
        }
        if (answer.id() == helpRequest) {
            helpRequest = 0;
            helpComing.set(false);
            return;
        }
        switch (answer.status()) {
            case APPROVED -> {
                basket.ageApproved(answer.id(), answer.minimumAge()).forEach(this::cancelRequest);
                inform(Text.of("checkout.age.approved"));
            }
            case REFUSED -> {
                List<Basket.Line> removed = basket.ageRefused(answer.id());
                if (!removed.isEmpty()) {
                    inform(Text.of("checkout.age.refused", removed.get(0).item().name()));
                }
            }
            default -> // cancelled elsewhere: the line keeps waiting, for a new request
                    basket.waiting().stream().filter(l -> l.requestId() == answer.id()).toList()
                            .forEach(this::requestAgeCheck);
        }
        refresh();
    }

    private void cancelRequest(long id) {
        if (id <= 0 || !cancelledRequests.add(id)) {
            return;
        }
        executor.execute(BackgroundTask.of(progress -> {
            kit.assistance().cancel(id);
            return id;
        }).onFailure(e -> log.warn("Cancelling request {} failed: {}", id, e.toString())));
    }

    // ---- paying

    /** "Pay": the payment overlay; without a simulated terminal the real one is asked at once. */
    void pay() {
        if (ended.get() || !basket.canPay() || overlay.get() == Overlay.PAYMENT) {
            return;
        }
        overlay.set(Overlay.PAYMENT);
        if (!simulated()) {
            runPayment();
        }
    }

    /** The simulated terminal's buttons: it answers {@code status}, then the payment runs. */
    void simulate(PaymentStatus status) {
        if (overlay.get() != Overlay.PAYMENT || payment.state() == StoringCommand.State.RUNNING || !simulated()) {
            return;
        }
        kit.simulator().answerNext(status);
        runPayment();
    }

    /** Back from the payment overlay (not while a payment runs). */
    void closePayment() {
        if (overlay.get() == Overlay.PAYMENT && payment.state() != StoringCommand.State.RUNNING) {
            overlay.set(Overlay.NONE);
        }
    }

    private void runPayment() {
        if (overlay.get() != Overlay.PAYMENT) {
            return;
        }
        List<CartLine> cart = basket.cartLines();
        Set<Long> approvals = basket.ageChecks();
        payment.run(progress -> kit.checkout().checkout(kit.terminalCode(), cart, approvals, kit.payments()),
                this::paid, this::paymentFailed);
    }

    private void paid(CheckoutResult result) {
        if (result instanceof CheckoutResult.Paid done) {
            overlay.set(Overlay.NONE);
            basket.clear();
            refresh();
            onPaid.accept(done.receipt());
            return;
        }
        payment.reset(); // nothing was sold: the customer may try again
        if (result instanceof CheckoutResult.NotPaid notPaid) {
            overlay.set(Overlay.NONE);
            refuse("checkout.payment." + notPaid.status().name());
        } else if (result instanceof CheckoutResult.NotRecordedButReversed) {
            // the basket stays: nothing was charged, the customer may try again
            overlay.set(Overlay.NONE);
            refuse("checkout.payment.reversed");
        } else if (result instanceof CheckoutResult.NotRecordedToResolve toResolve) {
            // charged without a sale: the basket stays for staff, the customer gets a note to show them
            unrecorded.set(toResolve.payment());
            overlay.set(Overlay.UNRECORDED);
        }
    }

    private void paymentFailed(Throwable e) {
        overlay.set(Overlay.NONE);
        if (e instanceof AgeCheckRequiredException) {
            // the clerk's approval ran out (AgeChecks.APPROVAL_VALID) or never counted: ask again, charge nothing
            basket.ageApprovalsLapsed().forEach(this::requestAgeCheck);
            refuse("checkout.age.needed");
            refresh();
            return;
        }
        if (Transactor.isConnectionLoss(e)) {
            // the total could not be checked, so the card terminal was never asked: nothing charged, basket kept
            log.warn("Checkout at {} waits for the database: {}", kit.terminalCode(), e.toString());
            refuse("checkout.payment.offline");
            return;
        }
        log.error("Checkout at {} failed", kit.terminalCode(), e);
        refuse("checkout.payment.failed");
    }

    /** Closes the note about a charge that was not recorded; it stays above the basket as a reminder. */
    void closeUnrecorded() {
        UnresolvedPayment shown = unrecorded.get();
        if (overlay.get() != Overlay.UNRECORDED || shown == null) {
            return;
        }
        overlay.set(Overlay.NONE);
        unrecorded.set(null);
        refuse("payment.unrecorded.closed", shown.caseCodeShown());
    }

    // ---- "are you still there?" and the end

    /**
     * The kiosk was left alone: counts {@code wait} down; unanswered, this checkout ends (basket emptied, open
     * requests withdrawn) and {@code onGone} resets the kiosk.
     */
    StillThereCountdown askStillThere(Duration wait, Runnable onStay, Runnable onGone) {
        return new StillThereCountdown(wait, ticker, onStay, () -> {
            log.info("Kiosk idle: nobody answered, session reset to the welcome screen");
            end();
            onGone.run();
        });
    }

    /** The customer left, finished or the kiosk reset: forget everything and withdraw open staff requests. */
    void end() {
        if (ended.get()) {
            return;
        }
        ended.set(true);
        poller.stop();
        basket.clear().forEach(this::cancelRequest);
        if (helpRequest != 0) {
            cancelRequest(helpRequest);
            helpRequest = 0;
            helpComing.set(false);
        }
        overlay.set(Overlay.NONE);
        refresh();
    }

    private void refresh() {
        lines.setAll(basket.lines());
        totals.set(basket.totals());
        canPay.set(basket.canPay());
        waitingForAge.set(!basket.waiting().isEmpty());
    }
}
