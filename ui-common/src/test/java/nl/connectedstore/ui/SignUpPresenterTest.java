package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loyalty sign-up without a toolkit, on a real H2 database with the kiosk's database rights: refusals as message keys
 * with nothing stored and nothing typed lost, what was ticked for how long, and a double tap that makes one customer.
 */
class SignUpPresenterTest {

    private static final byte[] SIGNED = {1, 2, 3};
    private static Database owner;
    private static Database kiosk;
    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @BeforeAll
    static void openDatabase() {
        owner = DemoDatabase.fresh("signup-presenter-", new DemoChain.Size(100, 0, 0));
        kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
    }

    @AfterAll
    static void close() {
        kiosk.close();
        owner.close();
    }

    private SignUpPresenter signUp(TaskExecutor executor, Channel channel) {
        return new SignUpPresenter(Services.on(kiosk.transactor(), clock).customers(), executor, channel,
                channel == Channel.KIOSK ? "AMS-KIOSK-1" : "AMS-COUNTER-1", "en");
    }

    private SignUpPresenter signUp() {
        return signUp(TaskExecutor.direct(), Channel.KIOSK);
    }

    private static long customers() {
        return owner.transactor().read(s -> ((Number) s.createNativeQuery("select count(*) from customer")
                .getSingleResult()).longValue());
    }

    @Test
    void withoutAFirstNameItIsRefusedWithItsKeyAndNothingIsStored() {
        SignUpPresenter form = signUp();
        form.emailProperty().set("someone@example.nl");
        long before = customers();

        form.signUp(new byte[0]);

        assertThat(form.problem()).isEqualTo("signup.problem.EMPTY_NAME");
        assertThat(form.signedUp()).isNull();
        assertThat(form.readyProperty().get()).as("ready for another try").isTrue();
        assertThat(form.emailProperty().get()).as("what was typed stays").isEqualTo("someone@example.nl");
        assertThat(customers()).isEqualTo(before);
    }

    @Test
    void aTickedPurposeWithoutASignatureIsRefusedAndNothingIsStored() {
        SignUpPresenter form = signUp();
        form.firstNameProperty().set("Rasmus");
        form.tickedProperty(Purpose.MESSAGES).set(true);
        long before = customers();

        form.signUp(new byte[0]);

        assertThat(form.problem()).isEqualTo("signup.problem.NO_SIGNATURE");
        assertThat(form.tickedProperty(Purpose.MESSAGES).get()).isTrue();
        assertThat(form.firstNameProperty().get()).isEqualTo("Rasmus");
        assertThat(customers()).isEqualTo(before);
    }

    @Test
    void aBadEmailOrPhoneIsRefusedWithItsOwnKey() {
        SignUpPresenter form = signUp();
        form.firstNameProperty().set("Rasmus");
        form.emailProperty().set("rasmus@");
        form.signUp(null);
        assertThat(form.problem()).isEqualTo("signup.problem.BAD_EMAIL");

        form.emailProperty().set("");
        form.phoneProperty().set("call me maybe");
        form.signUp(null);
        assertThat(form.problem()).isEqualTo("signup.problem.BAD_PHONE");
    }

    @Test
    void nothingIsTickedToStartWithAndATickedPurposeRunsForItsChosenMonths() {
        SignUpPresenter form = signUp(TaskExecutor.direct(), Channel.COUNTER);
        assertThat(form.chosen()).as("nothing pre-ticked").isEmpty();
        form.firstNameProperty().set("Sofie");
        form.tickedProperty(Purpose.RECOGNITION).set(true);
        form.monthsProperty(Purpose.RECOGNITION).set(3);
        form.tickedProperty(Purpose.PERSONAL_ADVICE).set(true);

        form.signUp(SIGNED);

        assertThat(form.problem()).isNull();
        CardView card = form.signedUp().card();
        assertThat(form.signedUp().consents()).extracting(ConsentView::purpose)
                .containsExactly(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        ConsentService consents = new ConsentService(owner.transactor(), clock);
        assertThat(consents.consents(card.customerId())).filteredOn(c -> c.purpose() == Purpose.RECOGNITION)
                .singleElement().extracting(ConsentView::expiresAt)
                .isEqualTo(clock.instant().atZone(ZoneOffset.UTC).plusMonths(3).toInstant());
        assertThat(consents.consents(card.customerId())).filteredOn(c -> c.purpose() == Purpose.PERSONAL_ADVICE)
                .singleElement().extracting(ConsentView::expiresAt)
                .isEqualTo(clock.instant().atZone(ZoneOffset.UTC).plusMonths(SignUpPresenter.PRESET_MONTHS)
                        .toInstant());
        assertThat(consents.mayWe(card.customerId(), Purpose.MESSAGES)).isFalse();
        java.util.List<ConsentService.FactRecord> facts = Services.on(owner.transactor()).consents()
                .factsOf(card.customerId());
        assertThat(facts).as("given with a clerk at the counter").hasSize(2)
                .allMatch(f -> f.channel() == Channel.COUNTER);
    }

    @Test
    void aDoubleTapOnGetMyCardMakesOneCustomer() {
        HeldExecutor executor = new HeldExecutor();
        SignUpPresenter form = signUp(executor, Channel.KIOSK);
        form.firstNameProperty().set("Tweemaal");
        long before = customers();

        executor.hold(); // a slow database: the first sign-up is still being stored
        form.signUp(SIGNED);
        assertThat(form.readyProperty().get()).as("the button greys at once").isFalse();
        form.signUp(SIGNED);
        executor.release();

        assertThat(customers()).as("one customer, not two").isEqualTo(before + 1);
        CardView card = form.signedUp().card();

        form.signUp(SIGNED); // a tap that reaches the button after the card showed

        assertThat(customers()).isEqualTo(before + 1);
        assertThat(form.signedUp().card()).isEqualTo(card);
    }

    @Test
    void aRefusalCorrectedMakesOneCustomer() {
        SignUpPresenter form = signUp();
        long before = customers();
        form.signUp(SIGNED);
        assertThat(form.problem()).isEqualTo("signup.problem.EMPTY_NAME");

        form.firstNameProperty().set("Lotte");
        form.signUp(SIGNED);

        assertThat(form.problem()).as("the refusal is gone with it").isNull();
        assertThat(form.signedUp().card().cardNumber()).hasSize(16);
        assertThat(customers()).isEqualTo(before + 1);
    }
}
