package nl.connectedstore.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of a store-period worked out by hand, and the rolled-up figures equal to a straight recount, on
 * whatever database a subclass opens. The test's days lie in 2030, after everything the demo chain filled, so only
 * what the test sells counts.
 */
abstract class FeedbackFiguresContract {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 4 March 2030, 10:00 in Amsterdam. */
    private static final LocalDate DAY1 = LocalDate.of(2030, 3, 4);
    private static final String TILL = "AMS-CHECKOUT-1";
    static Database db;
    private static MovableClock clock;
    private static CheckoutService checkout;
    private static FeedbackService feedback;
    private static FeedbackFigures figures;
    private static long ams;
    private static long p1;
    private static long p2;

    /** After the subclass opened {@link #db}. */
    static void setUp() {
        clock = new MovableClock(DAY1.atTime(10, 0).atZone(AMSTERDAM).toInstant());
        checkout = Services.on(db.transactor(), clock).checkout();
        feedback = Services.on(db.transactor(), clock).feedback();
        figures = new FeedbackFigures(db.transactor(), clock, AMSTERDAM);
        ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow().id();
        List<Long> products = db.transactor().read(s -> s.createSelectionQuery(
                "select l.product.id from StockLevel l where l.store.code = 'AMS' and l.quantity > 30"
                        + " and l.product.soldByWeight = false and l.product.minimumAge = 0 order by l.product.id",
                Long.class).setMaxResults(2).getResultList());
        p1 = products.get(0);
        p2 = products.get(1);
    }

    private static void at(LocalDate day, int hour, int minute) {
        Instant target = day.atTime(hour, minute).atZone(AMSTERDAM).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private static Receipt sell(CartLine... lines) {
        return ((CheckoutResult.Paid) checkout.checkout(TILL, List.of(lines), new SimulatedPaymentTerminal()))
                .receipt();
    }

    private static void answer(Receipt receipt, int rating, Integer recommend) {
        feedback.forSale(TILL, receipt.receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(rating, recommend, null, "en", null), null);
    }

    @Test
    void aStoreWeekWorkedOutByHandThenRolledUpEqualsARecount() {
        // day 1: three baskets (2 pieces; 1 piece; 1 + 2 pieces) all answered: 5/10, 4/7, 2/3
        at(DAY1, 10, 0);
        answer(sell(CartLine.of(p1, 2)), 5, 10);
        at(DAY1, 11, 0);
        answer(sell(CartLine.of(p1, 1)), 4, 7);
        at(DAY1, 12, 0);
        answer(sell(CartLine.of(p1, 1), CartLine.of(p2, 2)), 2, 3);
        // day 2 at 00:30 in Amsterdam (23:30 UTC on day 1): one piece, no answer; counts for day 2
        at(DAY1.plusDays(1), 0, 30);
        sell(CartLine.of(p2, 1));
        // a help call answered after 90 s on day 2
        StoreService stores = Services.on(db.transactor(), clock).stores();
        AssistanceService assistance = new AssistanceService(db.transactor(), stores, clock);
        long call = assistance.callStaff(TILL).id();
        clock.advance(Duration.ofSeconds(90));
        assistance.answer(call, DemoStaff.signIn(db, "AMS", "2345", clock), AssistanceStatus.DONE);

        at(DAY1.plusDays(2), 9, 0);
        FeedbackFigures.StorePeriod day1 = figures.store(ams, DAY1, DAY1.plusDays(1));
        assertThat(day1.counts().responses()).isEqualTo(3);
        assertThat(day1.counts().sales()).isEqualTo(3);
        assertThat(day1.counts().csat().getAsDouble()).isCloseTo(66.667, within(0.001));
        assertThat(day1.counts().nps().getAsDouble()).isEqualTo(0.0); // one promoter, one passive, one detractor
        assertThat(day1.counts().multiItemShare().getAsDouble()).isCloseTo(66.667, within(0.001));
        assertThat(day1.counts().itemsPerBasket().getAsDouble()).isEqualTo(2.0);

        FeedbackFigures.StorePeriod both = figures.store(ams, DAY1, DAY1.plusDays(2));
        assertThat(both.counts().sales()).isEqualTo(4);
        assertThat(both.counts().responseRate().getAsDouble()).isEqualTo(75.0);
        assertThat(both.counts().multiItemShare().getAsDouble()).isEqualTo(50.0);
        assertThat(both.counts().items()).isEqualByComparingTo(BigDecimal.valueOf(7));
        assertThat(both.waits().n()).isEqualTo(1);
        assertThat(both.waits().medianSeconds().getAsDouble()).isEqualTo(90.0);
        assertThat(both.counts().enoughToJudge()).isFalse();

        // roll up every whole day before today (day 3), then sell and answer once more today
        DayCounts before = both.counts();
        assertThat(figures.rollUp()).isPositive();
        assertThat(figures.rollUp()).as("a second roll-up finds nothing to do").isZero();
        answer(sell(CartLine.of(p2, 3)), 3, 9);

        assertThat(figures.store(ams, DAY1, DAY1.plusDays(2)).counts()).isEqualTo(before);
        assertThat(figures.recount(ams, DAY1, DAY1.plusDays(2))).isEqualTo(before);
        LocalDate weekAgo = DAY1.minusDays(7);
        for (LocalDate from : List.of(weekAgo, DAY1, DAY1.plusDays(1), DAY1.plusDays(2))) {
            assertThat(figures.store(ams, from, DAY1.plusDays(3)).counts())
                    .as("from %s, rolled-up days and today together", from)
                    .isEqualTo(figures.recount(ams, from, DAY1.plusDays(3)));
        }
        DayCounts withToday = figures.store(ams, DAY1, DAY1.plusDays(3)).counts();
        assertThat(withToday.responses()).isEqualTo(4);
        assertThat(withToday.sales()).isEqualTo(5);
        // every store of the chain, over the week, rolled up or not: the same as a recount
        for (var store : figures.chain(weekAgo, DAY1.plusDays(3)).values()) {
            assertThat(store.counts()).isEqualTo(figures.recount(store.storeId(), weekAgo, DAY1.plusDays(3)));
        }
        List<FeedbackFigures.Week> weeks = figures.weeks(ams, DAY1.plusDays(2), 12);
        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(11).monday()).isEqualTo(DAY1);
        assertThat(weeks.get(11).counts()).isEqualTo(withToday);
    }
}
