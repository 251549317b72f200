package nl.connectedstore.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import java.time.Duration;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feedback given the way the kiosk gives it: with the kiosk's own database login, after a real sale, on whatever
 * database a subclass opens.
 */
abstract class FeedbackServiceContract {

    private static final String TERMINAL = "AMS-CHECKOUT-1";
    static Database owner;
    static Database kiosk;
    private static FeedbackService feedback;
    private static long product;

    /** After the subclass opened {@link #owner} and {@link #kiosk}. */
    static void setUp() {
        feedback = Services.on(kiosk.transactor(), Clock.systemUTC()).feedback();
        product = owner.transactor().read(s -> s.createSelectionQuery(
                "select min(l.product.id) from StockLevel l where l.store.code = 'AMS' and l.quantity > 20"
                        + " and l.product.soldByWeight = false and l.product.minimumAge = 0", Long.class)
                .getSingleResult());
    }

    private static Receipt sale() {
        CheckoutResult result = Services.on(kiosk.transactor(), Clock.systemUTC()).checkout()
                .checkout(TERMINAL, List.of(CartLine.of(product, 2)), new SimulatedPaymentTerminal());
        return ((CheckoutResult.Paid) result).receipt();
    }

    /** A pick-up order placed at the Amsterdam kiosk with the kiosk's login, in {@code language}. */
    private static OrderView order(java.util.Locale language) {
        OrderService orders = Services.on(kiosk.transactor(), Clock.systemUTC()).orders(Duration.ofHours(48));
        StoreInfo ams = Services.on(owner.transactor()).stores().store("AMS").orElseThrow();
        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(product, 1)), Destination.pickUpAt(ams.id()));
        return orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, language);
    }

    private static long count(String sql) {
        return owner.transactor().read(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult())
                .longValue());
    }

    @Test
    void anAnswerAfterPayingIsStoredWithItsStoreAndSaleAndNoCustomer() {
        Receipt receipt = sale();
        FeedbackService.Given given = feedback.forSale(TERMINAL, receipt.receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(5, 9, "  Quick and friendly  ", "nl", null), null);

        assertThat(given.linkedToCustomer()).isFalse();
        Object[] row = owner.transactor().read(s -> s.createNativeQuery("select f.rating, f.recommend,"
                        + " f.comment_text, f.language, st.code, f.channel from feedback_response f"
                        + " join sale s on s.id = f.sale_id join store st on st.id = f.store_id where f.id = :id",
                Object[].class).setParameter("id", given.responseId()).getSingleResult());
        assertThat(((Number) row[0]).intValue()).isEqualTo(5);
        assertThat(((Number) row[1]).intValue()).isEqualTo(9);
        assertThat(row[2]).isEqualTo("Quick and friendly");
        assertThat(row).containsSequence("nl", "AMS", "SELF_CHECKOUT");
        assertThat(count("select count(*) from feedback_author where response_id = " + given.responseId())).isZero();
    }

    @Test
    void theKioskAsksWhoHelpedAmongStaffSignedInHereTodayByFirstNameAndCannotNameAnyoneElse() {
        StaffSession daan = DemoStaff.signIn(owner, "AMS", "2345");
        long ams = Services.on(owner.transactor()).stores().store("AMS").orElseThrow().id();
        long gentsClerk = DemoStaff.signIn(owner, "GNT", "2345").staffId(); // signed in, but in Gent

        List<StaffName> here = feedback.mayHaveHelped(ams, ZoneId.systemDefault());
        assertThat(here).contains(new StaffName(daan.staffId(), "Daan"))
                .extracting(StaffName::staffId).doesNotContain(gentsClerk);

        Receipt receipt = sale();
        FeedbackService.Given given = feedback.forSale(TERMINAL, receipt.receiptNumber(),
                FeedbackChannel.SELF_CHECKOUT, new FeedbackAnswer(5, null, null, "nl", daan.staffId()), null);
        assertThat(count("select staff_id from feedback_response where id = " + given.responseId()))
                .isEqualTo(daan.staffId());

        Receipt other = sale();
        long before = count("select count(*) from feedback_response");
        assertThatThrownBy(() -> feedback.forSale(TERMINAL, other.receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(1, null, null, "nl", gentsClerk), null))
                .isInstanceOfSatisfying(FeedbackRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FeedbackRefusedException.Reason.INVALID));
        assertThat(count("select count(*) from feedback_response")).as("nothing stored").isEqualTo(before);
    }

    @Test
    void theKioskLoginReadsStaffOnlyAsFirstNamesSignedInLately() {
        DemoStaff.signIn(owner, "AMS", "2345");
        List<String> columns = kiosk.transactor().read(s -> {
            List<String> names = new java.util.ArrayList<>();
            s.doWork(c -> {
                try (var rs = c.createStatement().executeQuery("select * from staff_today")) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        names.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            });
            return names;
        });
        assertThat(columns).containsExactly("staff_id", "store_id", "first_name", "started_at", "expires_at",
                "ended_at");
        assertThatThrownBy(() -> kiosk.transactor().read(s -> s.createNativeQuery(
                "select name from staff_member", Object.class).getResultList())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aSecondAnswerForTheSameSaleIsRefusedAndNotStored() {
        Receipt receipt = sale();
        feedback.forSale(TERMINAL, receipt.receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(4, null, null, "en", null), null);
        long before = count("select count(*) from feedback_response");

        assertThatThrownBy(() -> feedback.forSale(TERMINAL, receipt.receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(1, 0, "changed my mind", "en", null), null))
                .isInstanceOfSatisfying(FeedbackRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FeedbackRefusedException.Reason.ALREADY_GIVEN);
                    assertThat(e.messageKey()).isEqualTo("feedback.refused.alreadyGiven");
                });
        assertThat(count("select count(*) from feedback_response")).isEqualTo(before);
        assertThat(count("select min(rating) from feedback_response f join sale s on s.id = f.sale_id"
                + " where s.receipt_number = " + receipt.receiptNumber())).isEqualTo(4);
    }

    @Test
    void anAnswerForASaleThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> feedback.forSale(TERMINAL, 987_654_321L, FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(3, null, null, "en", null), null))
                .isInstanceOfSatisfying(FeedbackRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FeedbackRefusedException.Reason.UNKNOWN_PURCHASE));
    }

    @Test
    void ratingsAndRecommendationsOutOfRangeAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> new FeedbackAnswer(6, null, null, "en", null))
                .isInstanceOf(FeedbackRefusedException.class);
        assertThatThrownBy(() -> new FeedbackAnswer(0, null, null, "en", null))
                .isInstanceOf(FeedbackRefusedException.class);
        assertThatThrownBy(() -> new FeedbackAnswer(3, 11, null, "en", null))
                .isInstanceOf(FeedbackRefusedException.class);
        assertThatThrownBy(() -> new FeedbackAnswer(3, -1, null, "en", null))
                .isInstanceOf(FeedbackRefusedException.class);
        assertThat(new FeedbackAnswer(3, 0, "x".repeat(1500), "en", null).comment()).hasSize(1000);
        assertThat(new FeedbackAnswer(3, 10, "   ", "en", null).comment()).isNull();
    }

    @Test
    void aCardHolderWhoAllowsRecognitionIsLinkedAndErasureRemovesOnlyTheLink() {
        CustomerService customers = Services.on(owner.transactor(), Clock.systemUTC()).customers();
        CardView known = customers.signUp(new CustomerService.SignUp("Ilse", "Feedback", "", "", "nl"),
                Map.of(Purpose.RECOGNITION, 3), new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();
        CardView private_ = customers.signUp(new CustomerService.SignUp("Piet", "Feedback", "", "", "nl"),
                Map.of(Purpose.MESSAGES, 3), new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();

        FeedbackService.Given linked = feedback.forSale(TERMINAL, sale().receiptNumber(),
                FeedbackChannel.SELF_CHECKOUT, new FeedbackAnswer(5, 10, "Lovely", "nl", null), known.cardNumber());
        FeedbackService.Given anonymous = feedback.forSale(TERMINAL, sale().receiptNumber(),
                FeedbackChannel.SELF_CHECKOUT, new FeedbackAnswer(2, 3, "Slow", "nl", null), private_.cardNumber());

        assertThat(linked.linkedToCustomer()).isTrue();
        assertThat(anonymous.linkedToCustomer()).isFalse();
        assertThat(count("select count(*) from feedback_author where customer_id = " + known.customerId())).isOne();
        assertThat(count("select count(*) from feedback_author where customer_id = " + private_.customerId())).isZero();

        // asked for at the kiosk, with the kiosk's login, as the privacy portal does; carried out with staff rights
        // (the owner stands in for the counter here)
        assertThat(Services.on(kiosk.transactor(), Clock.systemUTC()).erasureRequests().request(known.cardNumber(),
                "AMS-KIOSK-1")).isTrue();
        assertThat(count("select count(*) from feedback_author where customer_id = " + known.customerId())).isOne();
        assertThat(Services.on(owner.transactor(), Clock.systemUTC()).erasureRequests().carryOut()).isEqualTo(1);

        assertThat(count("select count(*) from feedback_author where customer_id = " + known.customerId())).isZero();
        assertThat(count("select count(*) from feedback_response where id = " + linked.responseId())).isOne();
    }

    @Test
    void theKioskLoginCannotReadFeedbackNorTheFigures() {
        // at least one answer of someone's, linked to them, so "reads nothing" means something
        CardView someone = Services.on(owner.transactor(), Clock.systemUTC()).customers().signUp(
                new CustomerService.SignUp("Else", "Where", "", "", "nl"), Map.of(Purpose.RECOGNITION, 3),
                new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();
        feedback.forSale(TERMINAL, sale().receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(4, null, "Someone's words", "nl", null), someone.cardNumber());
        assertThat(count("select count(*) from feedback_author")).isPositive();

        assertThatThrownBy(() -> kiosk.transactor().read(s -> s.createNativeQuery(
                "select count(*) from store_day_figures", Object.class).getSingleResult()))
                .as("store_day_figures").isInstanceOf(RuntimeException.class);
        // the kiosk's login has no select on the feedback tables themselves; what it asks for is answered from its
        // card views (the portal shows a customer their own answers): with no card shown, not one row
        for (String table : List.of("feedback_response", "feedback_author")) {
            assertThat(nl.connectedstore.persistence.DatabaseRights.rightsOf(AppRole.KIOSK, table)).as(table)
                    .doesNotContain(nl.connectedstore.persistence.DatabaseRights.Right.SELECT);
            assertThat(((Number) kiosk.transactor().read(s -> s.createNativeQuery(
                    "select count(*) from " + table, Object.class).getSingleResult())).longValue()).as(table).isZero();
        }
        assertThat(Services.on(kiosk.transactor(), Clock.systemUTC()).feedback().ofCustomer(someone.customerId()))
                .as("someone's answers, read at the kiosk without their card").isEmpty();
    }

    @Test
    void anAnswerAfterAWebOrderIsStoredForTheOrderAndItsStoreAndASecondOneIsRefused() {
        OrderView order = order(java.util.Locale.ENGLISH);
        FeedbackService.Given given = feedback.forOrder(order.code(), "AMS-KIOSK-1", FeedbackChannel.WEB_ORDER,
                new FeedbackAnswer(4, 8, "Easy to order", "en", null), null);

        Object[] row = owner.transactor().read(s -> s.createNativeQuery("select o.code, st.code, f.channel,"
                        + " f.sale_id, f.rating from feedback_response f join customer_order o on o.id = f.order_id"
                        + " join store st on st.id = f.store_id where f.id = :id", Object[].class)
                .setParameter("id", given.responseId()).getSingleResult());
        assertThat(row[0]).isEqualTo(order.code());
        assertThat(row).containsSequence("AMS", "WEB_ORDER");
        assertThat(row[3]).isNull();
        long before = count("select count(*) from feedback_response");

        // at hand-over the counter may ask too: one answer per purchase, whichever channel gave it
        assertThatThrownBy(() -> Services.on(owner.transactor(), Clock.systemUTC()).feedback().forOrder(order.code(),
                "AMS-COUNTER-1", FeedbackChannel.COUNTER, new FeedbackAnswer(1, null, null, "en", null), null))
                .isInstanceOfSatisfying(FeedbackRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("feedback.refused.alreadyGiven"));
        assertThat(count("select count(*) from feedback_response")).isEqualTo(before);
        assertThatThrownBy(() -> feedback.forOrder("NOSUCH", "AMS-KIOSK-1", FeedbackChannel.WEB_ORDER,
                new FeedbackAnswer(3, null, null, "en", null), null))
                .isInstanceOfSatisfying(FeedbackRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FeedbackRefusedException.Reason.UNKNOWN_PURCHASE));
    }

    @Test
    void theCounterAsksInTheOrdersLanguageAndKnowsWhenItWasAnswered() {
        FeedbackService counter = Services.on(owner.transactor(), Clock.systemUTC()).feedback();
        OrderView order = order(new java.util.Locale("da", "DK"));

        assertThat(counter.orderQuestion(order.code())).contains(
                new FeedbackService.OrderQuestion(order.code(), "da", false));
        // "who helped" names someone signed in at the store today: the manager, here
        long staff = DemoStaff.signIn(owner, "AMS", "1234").staffId();
        FeedbackService.Given given = counter.forOrder(order.code(), "AMS-COUNTER-1", FeedbackChannel.COUNTER,
                new FeedbackAnswer(5, null, null, "da", staff), null);

        assertThat(counter.orderQuestion(order.code())).contains(
                new FeedbackService.OrderQuestion(order.code(), "da", true));
        assertThat(count("select staff_id from feedback_response where id = " + given.responseId())).isEqualTo(staff);
        assertThat(count("select count(*) from feedback_response where channel = 'COUNTER' and id = "
                + given.responseId())).isOne();
        assertThat(counter.orderQuestion("NOSUCH")).isEmpty();
    }

    @Test
    void aCustomerReadsOnlyTheirOwnLinkedAnswersAtTheKioskAndNoneAfterErasure() {
        CustomerService customers = Services.on(owner.transactor(), Clock.systemUTC()).customers();
        CardView mine = customers.signUp(new CustomerService.SignUp("Mien", "Eigen", "", "", "nl"),
                Map.of(Purpose.RECOGNITION, 3), new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();
        CardView other = customers.signUp(new CustomerService.SignUp("Otto", "Ander", "", "", "nl"),
                Map.of(Purpose.RECOGNITION, 3), new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();
        feedback.forSale(TERMINAL, sale().receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(5, 9, "Mine", "nl", null), mine.cardNumber());
        feedback.forOrder(order(java.util.Locale.ENGLISH).code(), "AMS-KIOSK-1", FeedbackChannel.WEB_ORDER,
                new FeedbackAnswer(2, null, "Also mine", "nl", null), mine.cardNumber());
        feedback.forSale(TERMINAL, sale().receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(1, 0, "Not mine", "nl", null), other.cardNumber());
        feedback.forSale(TERMINAL, sale().receiptNumber(), FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(3, null, "Nobody's", "nl", null), null);

        FeedbackService asMine = Services.on(kiosk.transactor().asHolderOf(mine.cardNumber()), Clock.systemUTC()).feedback();
        assertThat(asMine.ofCustomer(mine.customerId())).extracting(FeedbackService.OwnAnswer::comment)
                .containsExactly("Also mine", "Mine");
        assertThat(asMine.ofCustomer(mine.customerId()).get(1)).satisfies(a -> {
            assertThat(a.rating()).isEqualTo(5);
            assertThat(a.recommend()).isEqualTo(9);
            assertThat(a.channel()).isEqualTo(FeedbackChannel.SELF_CHECKOUT);
            assertThat(a.store()).isEqualTo("Connected Store Amsterdam");
        });
        assertThat(asMine.ofCustomer(other.customerId())).as("another customer's, with my card").isEmpty();

        assertThat(Services.on(kiosk.transactor(), Clock.systemUTC()).erasureRequests().request(mine.cardNumber(),
                "AMS-KIOSK-1")).isTrue();
        assertThat(Services.on(owner.transactor(), Clock.systemUTC()).erasureRequests().carryOut()).isEqualTo(1);
        assertThat(Services.on(owner.transactor(), Clock.systemUTC()).feedback().ofCustomer(mine.customerId()))
                .as("after erasure, even read with all rights").isEmpty();
        assertThat(Services.on(owner.transactor(), Clock.systemUTC()).feedback().ofCustomer(other.customerId()))
                .extracting(FeedbackService.OwnAnswer::comment).containsExactly("Not mine");
    }
}
