package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.feedback.FeedbackChannel;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "How was your visit today?" without a toolkit, on a real H2 database with the kiosk's login (and the owner standing
 * in for the counter where staff are named): what is stored for each tap, skipping, a double tap, a second answer.
 */
class FeedbackPresenterTest {

    private static final String TERMINAL = "AMS-CHECKOUT-1";
    private static Database owner;
    private static Database kiosk;
    private static FeedbackService feedback;
    private static long product;
    private static StaffName daan;
    private static StaffName sanne;

    @BeforeAll
    static void openDatabase() {
        owner = DemoDatabase.fresh("feedback-presenter-", new DemoChain.Size(100, 20, 0));
        kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
        feedback = Services.on(kiosk.transactor(), Clock.systemUTC()).feedback();
        product = owner.transactor().read(s -> s.createSelectionQuery(
                "select min(l.product.id) from StockLevel l where l.store.code = 'AMS' and l.quantity > 20"
                        + " and l.product.soldByWeight = false and l.product.minimumAge = 0", Long.class)
                .getSingleResult());
        List<StaffName> ams = Services.on(owner.transactor()).stores().staffOf(
                Services.on(owner.transactor()).stores().store("AMS").orElseThrow().id());
        daan = ams.stream().filter(s -> s.firstName().equals("Daan")).findFirst().orElseThrow();
        sanne = ams.stream().filter(s -> s.firstName().equals("Sanne")).findFirst().orElseThrow();
        // on duty today: "who helped you" may only name staff signed in at the store today
        DemoStaff.signIn(owner, "AMS", "2345");
        DemoStaff.signIn(owner, "AMS", "1234");
    }

    @AfterAll
    static void close() {
        kiosk.close();
        owner.close();
    }

    private static long sale() {
        CheckoutResult result = Services.on(kiosk.transactor(), Clock.systemUTC()).checkout()
                .checkout(TERMINAL, List.of(CartLine.of(product, 1)), new SimulatedPaymentTerminal());
        return ((CheckoutResult.Paid) result).receipt().receiptNumber();
    }

    /** The prompt beside the receipt of a new sale, as the kiosk builds it. */
    private static FeedbackPresenter afterSale(TaskExecutor executor, long receipt, List<StaffName> helpers,
                                               FeedbackService through) {
        return new FeedbackPresenter(executor, "nl", helpers, answer -> through.forSale(TERMINAL, receipt,
                FeedbackChannel.SELF_CHECKOUT, answer, null));
    }

    private static Object[] stored(long receipt) {
        return owner.transactor().read(s -> s.createNativeQuery("select f.rating, f.recommend, f.comment_text,"
                        + " f.language, f.staff_id from feedback_response f join sale s on s.id = f.sale_id"
                        + " where s.receipt_number = :n", Object[].class)
                .setParameter("n", receipt).uniqueResultOptional().orElse(null));
    }

    private static long responses() {
        return owner.transactor().read(s -> ((Number) s.createNativeQuery("select count(*) from feedback_response",
                Object.class).getSingleResult()).longValue());
    }

    @Test
    void aSmileyAloneIsAnAnswerAndNothingElseIsStoredWithIt() {
        long receipt = sale();
        FeedbackPresenter ask = afterSale(TaskExecutor.direct(), receipt, List.of(), feedback);
        ask.send();
        assertThat(ask.state().get()).as("no smiley, nothing to send").isEqualTo(FeedbackPresenter.State.ASKING);
        assertThat(stored(receipt)).isNull();

        ask.rate(3);
        ask.send();

        assertThat(ask.state().get()).isEqualTo(FeedbackPresenter.State.THANKED);
        assertThat(ask.outcomeKey().get()).isEqualTo("feedback.thanks");
        Object[] row = stored(receipt);
        assertThat(((Number) row[0]).intValue()).isEqualTo(3);
        assertThat(row[1]).isNull();
        assertThat(row[2]).isNull();
        assertThat(row[3]).isEqualTo("nl");
        assertThat(row[4]).isNull();
    }

    @Test
    void ratingRecommendationCommentAndLanguageAreStoredAsChosenLastTapWins() {
        long receipt = sale();
        FeedbackPresenter ask = afterSale(TaskExecutor.direct(), receipt, List.of(), feedback);
        ask.rate(2);
        ask.rate(5);
        ask.recommend(6);
        ask.recommend(10);
        ask.recommend(0);
        ask.recommend(0); // the same number again takes it back
        ask.recommend(9);
        ask.comment().set("  Snel en vriendelijk  ");
        ask.speak("da");

        ask.send();

        Object[] row = stored(receipt);
        assertThat(((Number) row[0]).intValue()).isEqualTo(5);
        assertThat(((Number) row[1]).intValue()).isEqualTo(9);
        assertThat(row[2]).isEqualTo("Snel en vriendelijk");
        assertThat(row[3]).isEqualTo("da");
    }

    @Test
    void whoHelpedIsOneOfTheNamesOfferedAndStoredAsTheResponsesStaffMember() {
        long receipt = sale();
        FeedbackService counter = Services.on(owner.transactor(), Clock.systemUTC()).feedback();
        FeedbackPresenter ask = afterSale(TaskExecutor.direct(), receipt, List.of(daan, sanne), counter);
        ask.rate(4);
        ask.helpedBy(new StaffName(987_654L, "Mallory")); // not offered: ignored
        assertThat(ask.helper().get()).isNull();
        ask.helpedBy(sanne);
        ask.helpedBy(sanne); // taken back
        ask.helpedBy(daan);

        ask.send();

        assertThat(((Number) stored(receipt)[4]).longValue()).isEqualTo(daan.staffId());
    }

    @Test
    void noThanksStoresNothingAndLaterTapsDoNothing() {
        long receipt = sale();
        long before = responses();
        FeedbackPresenter ask = afterSale(TaskExecutor.direct(), receipt, List.of(), feedback);
        ask.rate(1);
        ask.skip();
        ask.rate(5);
        ask.send();

        assertThat(ask.state().get()).isEqualTo(FeedbackPresenter.State.SKIPPED);
        assertThat(ask.finished()).isTrue();
        assertThat(responses()).isEqualTo(before);
        assertThat(stored(receipt)).isNull();
    }

    @Test
    void aDoubleTapOnSendStoresOneResponse() {
        long receipt = sale();
        long before = responses();
        HeldExecutor busy = new HeldExecutor();
        FeedbackPresenter ask = afterSale(busy, receipt, List.of(), feedback);
        ask.rate(5);
        busy.hold();
        ask.send();
        assertThat(ask.state().get()).isEqualTo(FeedbackPresenter.State.SENDING);
        ask.send(); // the second tap while the first is on its way
        ask.rate(1); // and a smiley tapped meanwhile changes nothing
        busy.release();
        ask.send(); // and once more after it was stored

        assertThat(ask.state().get()).isEqualTo(FeedbackPresenter.State.THANKED);
        assertThat(responses()).isEqualTo(before + 1);
        assertThat(((Number) stored(receipt)[0]).intValue()).isEqualTo(5);
    }

    @Test
    void aSecondAnswerForTheSameSaleIsRefusedWithTheClearMessageAndTheFirstStays() {
        long receipt = sale();
        FeedbackPresenter first = afterSale(TaskExecutor.direct(), receipt, List.of(), feedback);
        first.rate(4);
        first.send();
        long before = responses();

        FeedbackPresenter second = afterSale(TaskExecutor.direct(), receipt, List.of(), feedback);
        second.rate(1);
        second.comment().set("changed my mind");
        second.send();

        assertThat(second.state().get()).isEqualTo(FeedbackPresenter.State.REFUSED);
        assertThat(second.outcomeKey().get()).isEqualTo("feedback.refused.alreadyGiven");
        assertThat(Messages.of(java.util.Locale.ENGLISH).get(second.outcomeKey().get()))
                .startsWith("You already told us about this purchase.");
        assertThat(responses()).isEqualTo(before);
        assertThat(((Number) stored(receipt)[0]).intValue()).isEqualTo(4);
    }

    @Test
    void whenTheCounterKnowsThePurchaseWasAnsweredTheCustomerIsToldAtOnceAndCannotSend() {
        long[] sent = {0};
        FeedbackPresenter ask = new FeedbackPresenter(TaskExecutor.direct(), "en", List.of(), answer -> {
            sent[0]++;
            return null;
        });
        ask.alreadyAnswered();
        ask.rate(5);
        ask.send();

        assertThat(ask.state().get()).isEqualTo(FeedbackPresenter.State.REFUSED);
        assertThat(ask.outcomeKey().get()).isEqualTo("feedback.refused.alreadyGiven");
        assertThat(sent[0]).isZero();
    }

    @Test
    void aDatabaseThatIsDownSaysSoAndThePromptIsDone() {
        FeedbackPresenter ask = new FeedbackPresenter(TaskExecutor.direct(), "en", List.of(), answer -> {
            throw new IllegalStateException("connection refused");
        });
        ask.rate(4);
        ask.send();

        assertThat(ask.state().get()).isEqualTo(FeedbackPresenter.State.FAILED);
        assertThat(ask.outcomeKey().get()).isEqualTo("feedback.failed");
    }
}
