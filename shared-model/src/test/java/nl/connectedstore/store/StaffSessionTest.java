package nl.connectedstore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff actions name a stored sign-in, checked where the action is stored: the name a caller passes counts for
 * nothing, and a signed-out, expired or another store's sign-in is refused.
 */
class StaffSessionTest {

    private static Database db;
    private static MovableClock clock;
    private static StoreService stores;
    private static AssistanceService assistance;
    private static AccessLog log;
    private static CustomerService customers;
    private static StoreInfo amsterdam;
    private static StoreInfo gent;
    private static long wine;

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("staff-session-test-", new DemoChain.Size(200, 0, 0));
        // nanoseconds the database rounds up when it keeps microseconds: a sign-in must work at the instant it began
        clock = new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusNanos(999_999_900));
        stores = Services.on(db.transactor(), clock).stores();
        assistance = new AssistanceService(db.transactor(), stores, clock);
        log = Services.on(db.transactor(), clock).accessLog();
        customers = Services.on(db.transactor(), clock).customers();
        amsterdam = stores.store("AMS").orElseThrow();
        gent = stores.store("GNT").orElseThrow();
        wine = db.transactor().read(s -> s.createSelectionQuery(
                "select min(p.id) from Product p where p.minimumAge >= 18", Long.class).getSingleResult());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static StaffSession clerk(StoreInfo store) {
        return ((PinCheck.Accepted) stores.signIn(store.code() + "-COUNTER-1", "2345".toCharArray())).staff();
    }

    private static long customer() {
        return customers.signUp(new CustomerService.SignUp("Session", "Test", "", "", "nl"), Map.of(), null,
                Channel.KIOSK, "AMS-KIOSK-1").card().customerId();
    }

    @Test
    void theAccessLogNamesTheSignedInStaffMemberNotTheNameTheCallerPassed() {
        StaffSession clerk = clerk(amsterdam);
        long manager = db.transactor().read(s -> s.createSelectionQuery(
                "select m.id from StaffMember m where m.store.id = :s and m.role = :r", Long.class)
                .setParameter("s", amsterdam.id()).setParameter("r", StaffRole.MANAGER).getSingleResult());
        StaffSession forged = new StaffSession(clerk.sessionId(), manager, "Invented Name", StaffRole.MANAGER, "AMS");
        long id = customer();

        log.record(id, forged, "AMS-COUNTER-1", "Arrival greeting");

        assertThat(log.entriesFor(id)).singleElement()
                .satisfies(e -> assertThat(e.staffName()).isEqualTo("Daan Bakker"));
    }

    @Test
    void afterSignOutNothingCanBeDoneInTheClerksName() {
        StaffSession clerk = clerk(amsterdam);
        long id = customer();
        AssistanceView asked = assistance.requestAgeCheck("AMS-CHECKOUT-1", wine);
        stores.signOut(clerk);

        assertThatThrownBy(() -> log.record(id, clerk, "AMS-COUNTER-1", "Arrival greeting"))
                .isInstanceOf(StaffSessionEndedException.class);
        assertThatThrownBy(() -> assistance.answer(asked.id(), clerk, AssistanceStatus.APPROVED))
                .isInstanceOf(StaffSessionEndedException.class);
        assertThat(log.entriesFor(id)).isEmpty();
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.OPEN);
        assistance.cancel(asked.id());
    }

    @Test
    void aSignInThatWasNeverStoredOrHasExpiredIsRefused() {
        StaffSession clerk = clerk(amsterdam);
        CardView card = customers.signUp(new CustomerService.SignUp("Expired", "Test", "", "", "nl"), Map.of(),
                null, Channel.KIOSK, "AMS-KIOSK-1").card();
        StaffSession invented = new StaffSession(-42, clerk.staffId(), clerk.name(), clerk.role(), "AMS");
        assertThatThrownBy(() -> customers.blockAndReplace(card.cardNumber(), invented))
                .isInstanceOf(StaffSessionEndedException.class);

        clock.advance(StoreService.SIGN_IN_VALID.plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> customers.blockAndReplace(card.cardNumber(), clerk))
                .isInstanceOf(StaffSessionEndedException.class);
        assertThat(customers.card(card.qrPayload())).get().extracting(CardView::status).isEqualTo(CardStatus.ACTIVE);

        StaffSession fresh = clerk(amsterdam);
        customers.blockAndReplace(card.cardNumber(), fresh);
        assertThat(customers.card(card.qrPayload())).get().extracting(CardView::status)
                .isEqualTo(CardStatus.BLOCKED);
    }

    @Test
    void aClerkSignedInElsewhereCannotAnswerThisStoresRequest() {
        AssistanceView asked = assistance.requestAgeCheck("AMS-CHECKOUT-1", wine);
        StaffSession gentClerk = clerk(gent);
        assertThatThrownBy(() -> assistance.answer(asked.id(), gentClerk, AssistanceStatus.APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(assistance.answer(asked.id(), clerk(amsterdam), AssistanceStatus.APPROVED))
                .isInstanceOf(AssistanceService.Outcome.Answered.class);
        assertThat(assistance.get(asked.id()).answeredBy()).isEqualTo("Daan Bakker");
    }
}
