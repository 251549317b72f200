package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CheckIn;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the kiosk's shell asks when a loyalty card is scanned or staff are called, without a toolkit, on a real H2
 * database with the kiosk's rights: the counter sees who checked in and who called.
 */
class CheckInPresenterTest {

    private static Database owner;
    private static Database kiosk;
    private static Database counter;
    private static StoreInfo amsterdam;
    private final Clock clock = Clock.systemUTC();

    @BeforeAll
    static void openDatabase() {
        owner = DemoDatabase.fresh("checkin-presenter-", new DemoChain.Size(100, 0, 0));
        kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
        counter = DemoDatabase.as(owner, AppRole.COUNTER);
        amsterdam = Services.on(kiosk).stores().store("AMS").orElseThrow();
    }

    @AfterAll
    static void close() {
        counter.close();
        kiosk.close();
        owner.close();
    }

    private CheckInPresenter presenter() {
        return new CheckInPresenter(Services.on(kiosk.transactor(), clock).arrivals(), amsterdam, "AMS-KIOSK-1",
                TaskExecutor.direct());
    }

    private CardView signUp(String name, Map<Purpose, Integer> consents) {
        return TestKits.loyalty(kiosk.transactor(), clock, Path.of("target", "exports")).customers()
                .signUp(new CustomerService.SignUp(name, "CheckIn", name.toLowerCase(Locale.ROOT) + "@example.nl",
                        "+31 6 5555 0102", "nl"), consents, new byte[] {1, 2, 3}, Channel.KIOSK, "AMS-KIOSK-1").card();
    }

    @Test
    void aRegularWhoAllowsRecognitionIsGreetedAndTheCounterSeesThemArrive() {
        CardView card = signUp("Roos", Map.of(Purpose.RECOGNITION, 6));
        List<CheckIn> answers = new ArrayList<>();

        presenter().checkIn(CustomerService.QR_PREFIX + card.cardNumber(), answers::add,
                e -> { throw new AssertionError(e); });

        assertThat(answers).singleElement().satisfies(checkIn -> {
            assertThat(checkIn.outcome()).isEqualTo(CheckIn.Outcome.ANNOUNCED);
            assertThat(checkIn.firstName()).isEqualTo("Roos");
            assertThat(checkIn.language()).isEqualTo("nl");
        });
        assertThat(Services.on(counter.transactor(), clock).arrivals().recent(amsterdam.id(), Duration.ofMinutes(5)))
                .anySatisfy(arrival -> assertThat(arrival.customerId()).isEqualTo(card.customerId()));
    }

    @Test
    void aRegularWithoutRecognitionIsWelcomedButNotAnnounced() {
        CardView card = signUp("Daan", Map.of(Purpose.PERSONAL_ADVICE, 12));
        List<CheckIn> answers = new ArrayList<>();

        presenter().checkIn(card.cardNumber(), answers::add, e -> { throw new AssertionError(e); });

        assertThat(answers).singleElement().satisfies(checkIn -> {
            assertThat(checkIn.outcome()).isEqualTo(CheckIn.Outcome.NOT_ANNOUNCED);
            assertThat(checkIn.known()).isTrue();
        });
        assertThat(Services.on(counter.transactor(), clock).arrivals().recent(amsterdam.id(), Duration.ofMinutes(5)))
                .noneSatisfy(arrival -> assertThat(arrival.customerId()).isEqualTo(card.customerId()));
    }

    @Test
    void anUnknownCardIsSaidToBeUnknown() {
        List<CheckIn> answers = new ArrayList<>();

        presenter().checkIn("99999999999", answers::add, e -> { throw new AssertionError(e); });

        assertThat(answers).singleElement().satisfies(checkIn -> {
            assertThat(checkIn.outcome()).isEqualTo(CheckIn.Outcome.UNKNOWN_CARD);
            assertThat(checkIn.known()).isFalse();
        });
    }

    @Test
    void theCardNumberIsReadFromTheQrAndFromTheNumberAlike() {
        assertThat(CheckInPresenter.cardNumber(CustomerService.QR_PREFIX + "12345678")).isEqualTo("12345678");
        assertThat(CheckInPresenter.cardNumber("12345678")).isEqualTo("12345678");
    }

    @Test
    void callingStaffPutsThisKioskOnTheCountersList() {
        AssistanceService kioskSide = new AssistanceService(kiosk.transactor(), Services.on(kiosk).stores(), clock);

        new StaffCall(kioskSide, "AMS-KIOSK-1", TaskExecutor.direct()).run();

        assertThat(new AssistanceService(counter.transactor(), Services.on(counter).stores(), clock)
                .open(amsterdam.id()))
                .anySatisfy(request -> assertThat(request.terminalCode()).isEqualTo("AMS-KIOSK-1"));
    }
}
