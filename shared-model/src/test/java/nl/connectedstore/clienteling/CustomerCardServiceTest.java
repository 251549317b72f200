package nl.connectedstore.clienteling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opening a customer card: only with recognition, history only with personal advice, always logged. */
class CustomerCardServiceTest {

    private static Database db;
    private static CustomerCardService cards;
    private static CustomerService customers;
    private static ConsentService consents;
    private static AccessLog log;
    private static nl.connectedstore.store.StaffSession staff;

    @BeforeAll
    static void open() {
        db = DemoDatabase.get();
        log = Services.on(db.transactor(), Clock.systemUTC()).accessLog();
        cards = Services.on(db.transactor(), Clock.systemUTC()).customerCards();
        customers = Services.on(db.transactor(), Clock.systemUTC()).customers();
        consents = new ConsentService(db.transactor(), Clock.systemUTC());
        staff = nl.connectedstore.persistence.DemoStaff.signIn(db, "AMS", "2345");
    }

    /** A demo customer who bought things, with exactly these consents from now on. */
    private static long demoBuyerWith(Purpose... purposes) {
        long id = db.transactor().read(s -> s.createSelectionQuery("select c.id from Customer c where exists"
                        + " (select 1 from Sale x where x.customer = c) and not exists"
                        + " (select 1 from ConsentFact f where f.customerId = c.id) order by c.id", Long.class)
                .setMaxResults(1).getSingleResult());
        for (Purpose p : purposes) {
            consents.grant(id, nl.connectedstore.consent.ConsentText.current(p, "en"), 3, Channel.COUNTER,
                    "AMS-COUNTER-1", new byte[] {1});
        }
        return id;
    }

    @Test
    void withPersonalAdviceTheCardShowsTheirPurchasesAndTheOpeningIsLogged() {
        long id = demoBuyerWith(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        int logged = log.entriesFor(id).size();

        CustomerCard card = cards.open(id, staff, "AMS-COUNTER-1").orElseThrow();

        assertThat(card.personalAdvice()).isTrue();
        assertThat(card.purchases()).isNotEmpty().hasSizeLessThanOrEqualTo(CustomerCardService.PURCHASE_LINES);
        assertThat(card.recognitionEnds()).isNotNull();
        assertThat(log.entriesFor(id)).hasSize(logged + 1).first().satisfies(e -> {
            assertThat(e.staffName()).isEqualTo("Daan Bakker");
            assertThat(e.reason()).isEqualTo(CustomerCardService.REASON);
        });
    }

    @Test
    void withRecognitionOnlyThereIsNoHistory() {
        long id = demoBuyerWith(Purpose.RECOGNITION);

        CustomerCard card = cards.open(id, staff, "AMS-COUNTER-1").orElseThrow();

        assertThat(card.personalAdvice()).isFalse();
        assertThat(card.purchases()).isEmpty();
    }

    @Test
    void withoutRecognitionTheCardDoesNotOpenAndNothingIsLogged() {
        CardView card = customers.signUp(new CustomerService.SignUp("Astrid", "Card", "", "", "da"),
                Map.of(Purpose.RECOGNITION, 3), new byte[] {1}, Channel.KIOSK, "CPH-KIOSK-1").card();
        consents.withdraw(card.customerId(), Purpose.RECOGNITION, Channel.KIOSK, "CPH-KIOSK-1");

        assertThat(cards.open(card.customerId(), staff, "AMS-COUNTER-1")).isEmpty();
        assertThat(log.entriesFor(card.customerId())).isEmpty();
        assertThat(cards.open(-5, staff, "AMS-COUNTER-1")).isEmpty();
    }
}
