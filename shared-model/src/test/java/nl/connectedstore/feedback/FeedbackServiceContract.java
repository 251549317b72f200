package nl.connectedstore.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
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
        for (String table : List.of("feedback_response", "feedback_author", "store_day_figures")) {
            assertThatThrownBy(() -> kiosk.transactor().read(s -> s.createNativeQuery(
                    "select count(*) from " + table, Object.class).getSingleResult()))
                    .as(table).isInstanceOf(RuntimeException.class);
        }
    }
}
