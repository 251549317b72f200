package nl.connectedstore.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Comments as staff read them, with the counter's database login: names only with recognition, abuse masked. */
class FeedbackCommentsTest {

    private static final String TILL = "AMS-CHECKOUT-1";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static Database owner;
    private static Database kiosk;
    private static Database counter;
    private static long product;
    private static long ams;

    @BeforeAll
    static void open() {
        owner = DemoDatabase.fresh("feedback-comments-", new DemoChain.Size(100, 20, 10));
        kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
        counter = DemoDatabase.as(owner, AppRole.COUNTER);
        ams = Services.on(owner.transactor()).stores().store("AMS").orElseThrow().id();
        product = owner.transactor().read(s -> s.createSelectionQuery(
                "select min(l.product.id) from StockLevel l where l.store.code = 'AMS' and l.quantity > 20"
                        + " and l.product.soldByWeight = false and l.product.minimumAge = 0", Long.class)
                .getSingleResult());
    }

    @AfterAll
    static void close() {
        counter.close();
        kiosk.close();
        owner.close();
    }

    private static long give(int rating, String comment, String card) {
        long receipt = ((CheckoutResult.Paid) Services.on(kiosk.transactor(), Clock.systemUTC()).checkout()
                .checkout(TILL, List.of(CartLine.of(product, 1)), new SimulatedPaymentTerminal())).receipt()
                .receiptNumber();
        return Services.on(kiosk.transactor(), Clock.systemUTC()).feedback().forSale(TILL, receipt,
                FeedbackChannel.SELF_CHECKOUT, new FeedbackAnswer(rating, null, comment, "en", null), card)
                .responseId();
    }

    @Test
    void staffSeeANameOnlyWhileTheCustomerAllowsRecognitionAndClerksReadAbuseMasked() {
        CustomerService customers = Services.on(owner.transactor(), Clock.systemUTC()).customers();
        CardView card = customers.signUp(new CustomerService.SignUp("Wilma", "Comment", "", "", "en"),
                Map.of(Purpose.RECOGNITION, 3), new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();
        long named = give(5, "Lovely staff, great advice", card.cardNumber());
        long anonymous = give(2, "The queue was long and the machine is stupid", null);
        FeedbackComments comments = Services.on(counter.transactor(), Clock.systemUTC())
                .feedbackComments(ZONE, Themes.builtIn());

        List<FeedbackComments.Comment> manager = comments.forManager(FeedbackComments.Filter.period(ams, null, null));
        assertThat(manager).filteredOn(c -> c.id() == named).singleElement().satisfies(c -> {
            assertThat(c.customerFirstName()).isEqualTo("Wilma");
            assertThat(c.themes()).contains(Themes.Theme.STAFF, Themes.Theme.ADVICE);
        });
        assertThat(manager).filteredOn(c -> c.id() == anonymous).singleElement().satisfies(c -> {
            assertThat(c.customerFirstName()).isNull();
            assertThat(c.text()).as("the manager reads it as written").contains("stupid");
        });

        FeedbackComments.Morning morning = comments.morning(ams, 0);
        assertThat(morning.storeThisWeek()).extracting(FeedbackComments.Comment::rating)
                .as("positive first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(morning.storeThisWeek()).filteredOn(c -> c.id() == anonymous).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("s*****").doesNotContain("stupid"));

        // she withdraws recognition: her comment stays, her name goes
        new nl.connectedstore.consent.ConsentService(owner.transactor(), Clock.systemUTC())
                .withdraw(card.customerId(), Purpose.RECOGNITION, Channel.KIOSK, "AMS-KIOSK-1");
        assertThat(comments.forManager(FeedbackComments.Filter.period(ams, null, null)))
                .filteredOn(c -> c.id() == named).singleElement()
                .satisfies(c -> assertThat(c.customerFirstName()).isNull());

        assertThat(comments.forManager(new FeedbackComments.Filter(ams, null, null, Themes.Theme.QUEUE, null, null,
                null))).extracting(FeedbackComments.Comment::id).contains(anonymous).doesNotContain(named);
        assertThat(comments.forManager(new FeedbackComments.Filter(ams, null, 5, null, null, null, null)))
                .extracting(FeedbackComments.Comment::id).contains(named).doesNotContain(anonymous);
    }
}
