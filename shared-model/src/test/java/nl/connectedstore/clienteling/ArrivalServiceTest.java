package nl.connectedstore.clienteling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.privacy.Erasure;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who the counter is told about, on a real H2 database with a clock the test moves. */
class ArrivalServiceTest {

    private static final Duration FEED = Duration.ofMinutes(20);
    private static Database db;
    private static final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T09:00:00Z"));
    private static ArrivalService arrivals;
    private static CustomerService customers;
    private static ConsentService consents;
    private static StoreInfo ams;
    private static StoreInfo gnt;

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("arrival-test-", new DemoChain.Size(100, 20, 5));
        arrivals = Services.on(db.transactor(), clock).arrivals();
        customers = Services.on(db.transactor(), clock).customers();
        consents = new ConsentService(db.transactor(), clock);
        StoreService stores = Services.on(db.transactor()).stores();
        ams = stores.store("AMS").orElseThrow();
        gnt = stores.store("GNT").orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static CardView signUp(String name, Map<Purpose, Integer> months) {
        return customers.signUp(new CustomerService.SignUp(name, "Arrival", "", "", "nl"), months, new byte[] {1},
                Channel.KIOSK, "AMS-KIOSK-1").card();
    }

    private static long arrivalRows(long customerId) {
        return db.transactor().read(s -> s.createSelectionQuery(
                "select count(a) from Arrival a where a.customer.id = :c", Long.class)
                .setParameter("c", customerId).getSingleResult());
    }

    private static boolean inFeed(StoreInfo store, long customerId) {
        return arrivals.recent(store.id(), FEED).stream().anyMatch(a -> a.customerId() == customerId);
    }

    @Test
    void aConsentedCustomerIsAnnouncedToTheirStoreOnlyWithTheFirstNameOnly() {
        CardView card = signUp("Rasmus", Map.of(Purpose.RECOGNITION, 3));

        CheckIn checkIn = arrivals.checkIn(card.qrPayload(), ams.id(), "AMS-KIOSK-1");

        assertThat(checkIn.outcome()).isEqualTo(CheckIn.Outcome.ANNOUNCED);
        assertThat(checkIn.firstName()).isEqualTo("Rasmus");
        ArrivalView shown = arrivals.recent(ams.id(), FEED).stream()
                .filter(a -> a.customerId() == card.customerId()).findFirst().orElseThrow();
        assertThat(shown.firstName()).isEqualTo("Rasmus");
        assertThat(shown.arrivedAt()).isEqualTo(clock.instant());
        assertThat(shown.terminalCode()).isEqualTo("AMS-KIOSK-1");
        assertThat(inFeed(gnt, card.customerId())).as("another store's counter").isFalse();
    }

    @Test
    void withoutRecognitionNothingIsWrittenAtAll() {
        CardView card = signUp("Freja", Map.of(Purpose.PERSONAL_ADVICE, 12, Purpose.MESSAGES, 6));

        CheckIn checkIn = arrivals.checkIn(card.cardNumber(), ams.id(), "AMS-KIOSK-1");

        assertThat(checkIn.outcome()).isEqualTo(CheckIn.Outcome.NOT_ANNOUNCED);
        assertThat(checkIn.firstName()).as("the kiosk may still greet the card holder").isEqualTo("Freja");
        assertThat(arrivalRows(card.customerId())).isZero();
        assertThat(inFeed(ams, card.customerId())).isFalse();
    }

    @Test
    void aWithdrawalBetweenScanAndDisplayMeansNoCard() {
        CardView card = signUp("Mads", Map.of(Purpose.RECOGNITION, 6));
        assertThat(arrivals.checkIn(card.qrPayload(), ams.id(), "AMS-SCO-1").outcome())
                .isEqualTo(CheckIn.Outcome.ANNOUNCED);

        clock.advance(Duration.ofSeconds(1));
        consents.withdraw(card.customerId(), Purpose.RECOGNITION, Channel.KIOSK, "AMS-KIOSK-1");

        assertThat(inFeed(ams, card.customerId())).isFalse();
    }

    @Test
    void aConsentThatRanOutMeansNoCardAndNoNewArrival() {
        CardView card = signUp("Ida", Map.of(Purpose.RECOGNITION, 3));
        arrivals.checkIn(card.qrPayload(), ams.id(), "AMS-KIOSK-1");
        assertThat(inFeed(ams, card.customerId())).isTrue();

        clock.advance(Duration.ofDays(93)); // three months and a bit: the consent ran out
        long before = arrivalRows(card.customerId());
        CheckIn again = arrivals.checkIn(card.qrPayload(), ams.id(), "AMS-KIOSK-1");

        assertThat(again.outcome()).isEqualTo(CheckIn.Outcome.NOT_ANNOUNCED);
        assertThat(arrivalRows(card.customerId())).isEqualTo(before);
        assertThat(inFeed(ams, card.customerId())).isFalse();
    }

    @Test
    void twoScansAreOneCardThatFadesAfterTheWindow() {
        CardView card = signUp("Emil", Map.of(Purpose.RECOGNITION, 12));
        Instant first = clock.instant();
        arrivals.checkIn(card.qrPayload(), ams.id(), "AMS-KIOSK-1");
        clock.advance(Duration.ofMinutes(5));
        arrivals.checkIn(card.qrPayload(), ams.id(), "AMS-SCO-1");

        assertThat(arrivals.recent(ams.id(), FEED)).filteredOn(a -> a.customerId() == card.customerId())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.arrivedAt()).isEqualTo(first);
                    assertThat(a.lastSeenAt()).isEqualTo(clock.instant());
                    assertThat(a.terminalCode()).isEqualTo("AMS-SCO-1");
                });
        clock.advance(FEED.plusSeconds(1));
        assertThat(inFeed(ams, card.customerId())).isFalse();
    }

    @Test
    void unknownBlockedAndErasedCardsAnnounceNobody() {
        assertThat(arrivals.checkIn("CSCARD:0000000000000000", ams.id(), "AMS-KIOSK-1").outcome())
                .isEqualTo(CheckIn.Outcome.UNKNOWN_CARD);
        assertThat(arrivals.checkIn("not a card", ams.id(), "AMS-KIOSK-1").outcome())
                .isEqualTo(CheckIn.Outcome.UNKNOWN_CARD);

        CardView lost = signUp("Clara", Map.of(Purpose.RECOGNITION, 6));
        customers.blockAndReplace(lost.cardNumber(),
                nl.connectedstore.persistence.DemoStaff.signIn(db, "AMS", "2345", clock));
        assertThat(arrivals.checkIn(lost.qrPayload(), ams.id(), "AMS-KIOSK-1").outcome())
                .isEqualTo(CheckIn.Outcome.BLOCKED_CARD);

        CardView erased = signUp("Oscar", Map.of(Purpose.RECOGNITION, 6));
        arrivals.checkIn(erased.qrPayload(), ams.id(), "AMS-KIOSK-1");
        Services.on(db.transactor(), clock).erasure().erase(erased.customerId());
        assertThat(inFeed(ams, erased.customerId())).isFalse();
        assertThat(arrivalRows(erased.customerId())).as("erasure takes the arrivals along").isZero();
        assertThat(arrivals.checkIn(erased.qrPayload(), ams.id(), "AMS-KIOSK-1").outcome())
                .isEqualTo(CheckIn.Outcome.UNKNOWN_CARD);
    }
}
