package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.connectedstore.assistance.AgeChecks;
import nl.connectedstore.assistance.AssistanceKind;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.Basket;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.HandTicker;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The self-checkout flow without a screen or toolkit: tasks run at once ({@link TaskExecutor#direct()}), the poller
 * and the "are you still there?" countdown tick by hand, on a real H2 database of its own (it sells) that the kiosk's
 * services use with the kiosk's rights, while a clerk answers through the service the counter uses.
 */
@Timeout(120)
class CheckoutPresenterTest {

    private static final String TERMINAL = "AMS-CHECKOUT-1";
    private static Database database;
    private static Database kiosk;
    private static StoreInfo amsterdam;
    /** The counter's side. */
    private static AssistanceService clerk;
    private static InventoryService inventory;
    private static List<ProductCard> everyday;
    private static ProductCard wine;

    private final HandTicker ticker = new HandTicker();
    private final List<Receipt> receipts = new ArrayList<>();
    private SimulatedPaymentTerminal terminal;
    private CheckoutPresenter presenter;

    @BeforeAll
    static void openDatabase() {
        database = DemoDatabase.fresh("kiosk-checkout-presenter-", new DemoChain.Size(300, 0, 0));
        kiosk = DemoDatabase.as(database, AppRole.KIOSK);
        StoreService stores = Services.on(database.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        clerk = new AssistanceService(database.transactor(), stores, Clock.systemUTC());
        inventory = new InventoryService(database.transactor());
        List<ProductCard> all = new CatalogService(database.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT));
        everyday = all.stream().filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.price() != null
                && p.stock() == StockStatus.IN_STOCK && p.quantityHere() > 5).limit(2).toList();
        wine = all.stream().filter(p -> p.minimumAge() >= 18 && p.price() != null
                && p.stock() == StockStatus.IN_STOCK && p.quantityHere() > 5).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        kiosk.close();
        database.close();
    }

    @AfterEach
    void end() {
        if (presenter != null) {
            presenter.end();
        }
    }

    private CheckoutPresenter checkout(TaskExecutor executor, CheckoutService service) {
        terminal = new SimulatedPaymentTerminal();
        CheckoutKit kit = new CheckoutKit(TERMINAL, service,
                new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(), Clock.systemUTC()),
                new ScanStream(), new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal, CameraHolder.none(),
                Beeper.SILENT, ReceiptPrinter.none(), Duration.ofMillis(100));
        kit.scans().subscribe(scan -> presenter.scan(scan));
        presenter = new CheckoutPresenter(kit, amsterdam, executor, ticker, receipts::add);
        return presenter;
    }

    private CheckoutPresenter checkout() {
        return checkout(TaskExecutor.direct(), Services.on(kiosk.transactor(), Clock.systemUTC()).checkout());
    }

    private static void scan(CheckoutPresenter checkout, ProductCard product) {
        checkout.scan(Scan.now(product.gtin(), Scan.Source.HAND_SCANNER));
    }

    /** The age check the basket's waiting line asked for. */
    private static long ageRequest(CheckoutPresenter checkout) {
        return checkout.lines().stream().filter(l -> l.ageCheck() == Basket.AgeCheck.WAITING)
                .mapToLong(Basket.Line::requestId).filter(id -> id > 0).findFirst().orElseThrow();
    }

    private static void answer(long request, AssistanceStatus status) {
        assertThat(clerk.answer(request, "AMS-COUNTER-1", "2345".toCharArray(), status))
                .isInstanceOf(AssistanceService.Outcome.Answered.class);
    }

    private static int stockHere(long productId) {
        return inventory.availability(productId, amsterdam.id()).get(0).quantity();
    }

    private static long sales() {
        return database.transactor().read(s -> s.createSelectionQuery("select count(*) from Sale", Long.class)
                .getSingleResult());
    }

    @Test
    void anAgeCheckApprovedByAClerkLetsTheCustomerPayAndTheSaleIsStored() {
        CheckoutPresenter checkout = checkout();
        int wineBefore = stockHere(wine.id());
        long salesBefore = sales();
        scan(checkout, everyday.get(0));
        scan(checkout, wine);
        assertThat(checkout.lines()).hasSize(2);
        assertThat(checkout.waitingForAge().get()).isTrue();
        assertThat(checkout.canPay().get()).as("nothing is paid while a clerk is awaited").isFalse();
        checkout.pay();
        assertThat(checkout.overlay().get()).isEqualTo(CheckoutPresenter.Overlay.NONE);

        long request = ageRequest(checkout);
        assertThat(clerk.get(request).productName()).isEqualTo(wine.name());
        ticker.tick();
        assertThat(checkout.waitingForAge().get()).as("not answered yet").isTrue();
        answer(request, AssistanceStatus.APPROVED);
        ticker.tick();
        assertThat(checkout.waitingForAge().get()).isFalse();
        assertThat(checkout.canPay().get()).isTrue();
        assertThat(checkout.note().get().key()).isEqualTo("checkout.age.approved");
        assertThat(ticker.anyRunning()).as("nothing left to poll for").isFalse();

        nl.connectedstore.money.Money total = checkout.totals().get().total();
        checkout.pay();
        assertThat(checkout.overlay().get()).isEqualTo(CheckoutPresenter.Overlay.PAYMENT);
        checkout.simulate(PaymentStatus.APPROVED);
        assertThat(receipts).hasSize(1);
        assertThat(receipts.get(0).lines()).hasSize(2);
        assertThat(receipts.get(0).total()).isEqualTo(total);
        assertThat(checkout.lines()).isEmpty();
        assertThat(sales()).isEqualTo(salesBefore + 1);
        assertThat(stockHere(wine.id())).isEqualTo(wineBefore - 1);
    }

    @Test
    void aRefusedItemLeavesTheBasketWithAKindWordAndTheRestCanBePaid() {
        CheckoutPresenter checkout = checkout();
        scan(checkout, everyday.get(0));
        scan(checkout, wine);
        answer(ageRequest(checkout), AssistanceStatus.REFUSED);
        ticker.tick();
        assertThat(checkout.lines()).extracting(l -> l.item().productId()).containsExactly(everyday.get(0).id());
        assertThat(checkout.note().get().key()).isEqualTo("checkout.age.refused");
        assertThat(checkout.note().get().texts().get(0).args()).containsExactly(wine.name());
        assertThat(checkout.canPay().get()).isTrue();
    }

    @Test
    void aCustomerWhoTakesTheItemOutWhileWaitingWithdrawsTheAgeCheckAndALateAnswerChangesNothing() {
        CheckoutPresenter checkout = checkout();
        scan(checkout, everyday.get(0));
        scan(checkout, wine);
        long request = ageRequest(checkout);
        int wineLine = checkout.lines().get(1).id();

        checkout.remove(wineLine);
        assertThat(clerk.get(request).status()).isEqualTo(AssistanceStatus.CANCELLED);
        assertThat(clerk.open(amsterdam.id())).extracting(v -> v.id()).doesNotContain(request);
        assertThat(checkout.canPay().get()).isTrue();
        ticker.tick();
        assertThat(ticker.anyRunning()).isFalse();
        assertThat(clerk.answer(request, "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.APPROVED))
                .as("the counter is told the customer withdrew it")
                .isInstanceOf(AssistanceService.Outcome.AlreadyAnswered.class);
    }

    @Test
    void cancellingTheWholeBasketWhileWaitingWithdrawsTheAgeCheckAndTheHelpCall() {
        CheckoutPresenter checkout = checkout();
        scan(checkout, wine);
        long request = ageRequest(checkout);
        checkout.callStaff();
        long call = openHelpCall();

        checkout.end();
        assertThat(clerk.get(request).status()).isEqualTo(AssistanceStatus.CANCELLED);
        assertThat(clerk.get(call).status()).isEqualTo(AssistanceStatus.CANCELLED);
        assertThat(checkout.lines()).isEmpty();
        scan(checkout, everyday.get(0));
        assertThat(checkout.lines()).as("an ended checkout takes no more scans").isEmpty();
    }

    @Test
    void anAgeCheckNobodyWaitsForAnyMoreTimesOutWithAreYouStillThereAndIsWithdrawn() {
        CheckoutPresenter checkout = checkout();
        scan(checkout, everyday.get(0));
        scan(checkout, wine);
        long request = ageRequest(checkout);
        boolean[] gone = {false};
        StillThereCountdown countdown = checkout.askStillThere(Duration.ofSeconds(3), () -> { }, () -> gone[0] = true);
        countdown.start();
        ticker.tick();
        ticker.tick();
        assertThat(countdown.secondsLeft().get()).isEqualTo(1);
        assertThat(gone[0]).isFalse();
        ticker.tick();

        assertThat(gone[0]).as("the kiosk goes back to the welcome screen").isTrue();
        assertThat(checkout.ended().get()).isTrue();
        assertThat(checkout.lines()).isEmpty();
        assertThat(clerk.get(request).status()).isEqualTo(AssistanceStatus.CANCELLED);
        assertThat(ticker.anyRunning()).isFalse();
    }

    @Test
    void answeringAreYouStillThereKeepsTheBasketAndTheAgeCheck() {
        CheckoutPresenter checkout = checkout();
        scan(checkout, wine);
        long request = ageRequest(checkout);
        boolean[] stayed = {false};
        boolean[] gone = {false};
        StillThereCountdown countdown = checkout.askStillThere(Duration.ofSeconds(2), () -> stayed[0] = true,
                () -> gone[0] = true);
        countdown.start();
        ticker.tick();
        countdown.stay();
        ticker.tick();
        ticker.tick();
        assertThat(stayed[0]).isTrue();
        assertThat(gone[0]).isFalse();
        assertThat(checkout.lines()).hasSize(1);
        assertThat(clerk.get(request).status()).isEqualTo(AssistanceStatus.OPEN);
    }

    @Test
    void aDeclinedPaymentChargesNothingKeepsTheBasketAndTheCustomerCanPayAgain() {
        CheckoutPresenter checkout = checkout();
        ProductCard item = everyday.get(1);
        int before = stockHere(item.id());
        long salesBefore = sales();
        scan(checkout, item);
        checkout.pay();
        checkout.simulate(PaymentStatus.DECLINED);

        assertThat(checkout.overlay().get()).isEqualTo(CheckoutPresenter.Overlay.NONE);
        assertThat(checkout.note().get()).isEqualTo(CheckoutPresenter.Note.refused("checkout.payment.DECLINED"));
        assertThat(checkout.lines()).hasSize(1);
        assertThat(receipts).isEmpty();
        assertThat(stockHere(item.id())).isEqualTo(before);
        assertThat(sales()).isEqualTo(salesBefore);

        checkout.pay();
        checkout.simulate(PaymentStatus.TIMED_OUT);
        assertThat(checkout.note().get().key()).isEqualTo("checkout.payment.TIMED_OUT");
        checkout.pay();
        checkout.simulate(PaymentStatus.APPROVED);
        assertThat(receipts).hasSize(1);
        assertThat(sales()).isEqualTo(salesBefore + 1);
    }

    @Test
    void aChargeThatCannotBeRecordedIsReversedOrGivesTheCustomerACaseToShowStaff() {
        CheckoutPresenter checkout = checkout(TaskExecutor.direct(), Services.on(database.transactor(), Clock.systemUTC()).checkout(PaymentsToResolve.of(database, Clock.systemUTC())));
        long salesBefore = sales();
        scan(checkout, everyday.get(0));

        payWhileTheSaleCannotBeSaved(checkout);
        assertThat(checkout.note().get().key()).isEqualTo("checkout.payment.reversed");
        assertThat(checkout.overlay().get()).isEqualTo(CheckoutPresenter.Overlay.NONE);
        assertThat(checkout.lines()).as("the basket stays").hasSize(1);

        terminal.failReversals(true);
        payWhileTheSaleCannotBeSaved(checkout);
        assertThat(checkout.overlay().get()).isEqualTo(CheckoutPresenter.Overlay.UNRECORDED);
        String caseCode = checkout.unrecorded().get().caseCodeShown();
        assertThat(checkout.unrecorded().get().terminalCode()).isEqualTo(TERMINAL);
        checkout.callStaff();
        assertThat(checkout.helpComing().get()).isTrue();
        checkout.closeUnrecorded();
        assertThat(checkout.overlay().get()).isEqualTo(CheckoutPresenter.Overlay.NONE);
        assertThat(checkout.note().get()).isEqualTo(CheckoutPresenter.Note.refused("payment.unrecorded.closed",
                caseCode));
        assertThat(receipts).isEmpty();
        assertThat(sales()).isEqualTo(salesBefore);
    }

    private void payWhileTheSaleCannotBeSaved(CheckoutPresenter checkout) {
        checkout.pay();
        rename("payment", "payment_gone");
        try {
            checkout.simulate(PaymentStatus.APPROVED);
        } finally {
            rename("payment_gone", "payment");
        }
    }

    private static void rename(String from, String to) {
        database.transactor().write(s -> s.createNativeMutationQuery("alter table " + from + " rename to " + to)
                .executeUpdate());
    }

    private static long openHelpCall() {
        return clerk.open(amsterdam.id()).stream()
                .filter(r -> r.kind() == AssistanceKind.HELP && r.terminalCode().equals(TERMINAL))
                .findFirst().orElseThrow().id();
    }

    @Test
    void aHelpCallShowsSomeoneIsComingUntilTheClerkMarksItDone() {
        CheckoutPresenter checkout = checkout();
        checkout.callStaff();
        checkout.callStaff();
        assertThat(checkout.helpComing().get()).isTrue();
        long call = openHelpCall();
        assertThat(clerk.open(amsterdam.id()).stream().filter(r -> r.kind() == AssistanceKind.HELP
                && r.terminalCode().equals(TERMINAL))).as("one call however often it is tapped").hasSize(1);
        ticker.tick();
        assertThat(checkout.helpComing().get()).isTrue();
        answer(call, AssistanceStatus.DONE);
        ticker.tick();
        assertThat(checkout.helpComing().get()).isFalse();
        assertThat(ticker.anyRunning()).isFalse();
    }

    @Test
    void aSecondTapOnPayWhileTheFirstPaymentRunsChargesAndSellsOnce() {
        HeldExecutor executor = new HeldExecutor();
        CheckoutPresenter checkout = checkout(executor, Services.on(kiosk.transactor(), Clock.systemUTC()).checkout());
        long salesBefore = sales();
        scan(checkout, everyday.get(0));
        checkout.pay();
        executor.hold();
        checkout.simulate(PaymentStatus.APPROVED);
        assertThat(checkout.paying().get()).isTrue();
        checkout.simulate(PaymentStatus.APPROVED);
        checkout.pay();
        checkout.closePayment();
        assertThat(checkout.overlay().get()).as("no way back while paying").isEqualTo(CheckoutPresenter.Overlay.PAYMENT);
        executor.release();

        assertThat(receipts).hasSize(1);
        assertThat(sales()).isEqualTo(salesBefore + 1);
        assertThat(checkout.paying().get()).isFalse();
    }

    @Test
    void anApprovalThatRanOutIsAskedForAgainAndNothingIsCharged() {
        Clock anHourLater = Clock.offset(Clock.systemUTC(), AgeChecks.APPROVAL_VALID.plusMinutes(1));
        CheckoutPresenter checkout = checkout(TaskExecutor.direct(), new CheckoutService(kiosk.transactor(),
                anHourLater, PaymentsToResolve.of(kiosk, anHourLater), new AgeChecks(kiosk.transactor(), anHourLater)));
        long salesBefore = sales();
        scan(checkout, wine);
        long first = ageRequest(checkout);
        answer(first, AssistanceStatus.APPROVED);
        ticker.tick();
        assertThat(checkout.canPay().get()).isTrue();

        checkout.pay();
        checkout.simulate(PaymentStatus.APPROVED);
        assertThat(checkout.note().get().key()).isEqualTo("checkout.age.needed");
        assertThat(receipts).isEmpty();
        assertThat(sales()).isEqualTo(salesBefore);
        assertThat(checkout.canPay().get()).as("the customer is not stuck with an approval that no longer counts")
                .isFalse();
        long second = ageRequest(checkout);
        assertThat(second).isNotEqualTo(first);
        assertThat(clerk.get(second).status()).isEqualTo(AssistanceStatus.OPEN);
    }

    @Test
    void scansQuantitiesAndRemovalsKeepTheTotalsTrue() {
        CheckoutPresenter checkout = checkout();
        scan(checkout, everyday.get(0));
        scan(checkout, everyday.get(0));
        scan(checkout, everyday.get(1));
        assertThat(checkout.lines()).hasSize(2);
        int first = checkout.lines().get(0).id();
        assertThat(checkout.lines().get(0).quantity()).isEqualByComparingTo("2");
        checkout.setQuantity(first, 3);
        checkout.setQuantity(first, 0);
        assertThat(checkout.totals().get().itemCount()).isEqualByComparingTo("4");
        checkout.remove(checkout.lines().get(1).id());
        assertThat(checkout.totals().get().total()).isEqualTo(everyday.get(0).price().times(java.math.BigDecimal.valueOf(3)));

        String good = everyday.get(1).gtin();
        String misread = good.substring(0, 12) + ((good.charAt(12) - '0' + 1) % 10);
        checkout.scan(Scan.now(misread, Scan.Source.HAND_SCANNER));
        assertThat(checkout.note().get()).isEqualTo(CheckoutPresenter.Note.refused("checkout.refused.BAD_CHECK_DIGIT"));
        String unknown = nl.connectedstore.catalog.Gtin.withCheckDigit("400000000001");
        checkout.scan(Scan.now(unknown, Scan.Source.HAND_SCANNER));
        assertThat(checkout.note().get()).isEqualTo(CheckoutPresenter.Note.refused("checkout.unknown", unknown));
        assertThat(checkout.lines()).hasSize(1);
        checkout.showKeypad();
        assertThat(checkout.overlay().get()).isEqualTo(CheckoutPresenter.Overlay.KEYPAD);
        checkout.typed(everyday.get(1).gtin());
        assertThat(checkout.overlay().get()).isEqualTo(CheckoutPresenter.Overlay.NONE);
        assertThat(checkout.lines()).as("typed digits go the way every scan goes").hasSize(2);
        assertThat(checkout.note().get()).isNull();
    }
}
