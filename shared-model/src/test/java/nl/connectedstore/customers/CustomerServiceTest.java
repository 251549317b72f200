package nl.connectedstore.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.privacy.CustomerExport;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loyalty sign-up with consents in one go, and cards, on a real H2 database. */
class CustomerServiceTest {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 9, 9};
    private static Database db;
    private static CustomerService customers;
    private static ConsentService consent;

    @BeforeAll
    static void open() throws IOException {
        db = DemoDatabase.fresh("customer-test-", new DemoChain.Size(100, 20, 10));
        customers = Services.on(db.transactor(), Clock.systemUTC()).customers();
        consent = new ConsentService(db.transactor(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static long count(String entity) {
        return db.transactor().read(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class)
                .getSingleResult());
    }

    @Test
    void aSignUpWithTwoPurposesGivesACardAndExactlyThoseConsents() {
        CustomerService.SignedUp done = customers.signUp(
                new CustomerService.SignUp("Rasmus", "Holm", "rasmus.holm@example.dk", "+45 20 12 34 56", "da"),
                Map.of(Purpose.RECOGNITION, 6, Purpose.PERSONAL_ADVICE, 12), SIGNATURE, Channel.KIOSK, "CPH-KIOSK-1");
        CardView card = done.card();
        assertThat(card.qrPayload()).startsWith("CSCARD:").doesNotContain("Rasmus").doesNotContain("example");
        assertThat(card.cardNumber()).matches("[0-9]{16}");
        assertThat(consent.mayWe(card.customerId(), Purpose.RECOGNITION)).isTrue();
        assertThat(consent.mayWe(card.customerId(), Purpose.PERSONAL_ADVICE)).isTrue();
        assertThat(consent.mayWe(card.customerId(), Purpose.MESSAGES)).isFalse();
        assertThat(customers.card(card.qrPayload())).contains(card);
    }

    @Test
    void badInputSaysWhatIsWrongAndStoresNothing() {
        long before = count("Customer");
        long factsBefore = count("ConsentFact");
        assertProblem(new CustomerService.SignUp("  ", "Holm", null, null, "en"), Map.of(), SIGNATURE,
                SignUpProblem.EMPTY_NAME);
        assertProblem(new CustomerService.SignUp("R".repeat(101), "", null, null, "en"), Map.of(), SIGNATURE,
                SignUpProblem.NAME_TOO_LONG);
        assertProblem(new CustomerService.SignUp("Rasmus", "", "rasmus@", null, "en"), Map.of(), SIGNATURE,
                SignUpProblem.BAD_EMAIL);
        assertProblem(new CustomerService.SignUp("Rasmus", "", null, "call me", "en"), Map.of(), SIGNATURE,
                SignUpProblem.BAD_PHONE);
        assertProblem(new CustomerService.SignUp("Rasmus", "", null, null, "en"), Map.of(Purpose.MESSAGES, 6),
                new byte[0], SignUpProblem.NO_SIGNATURE);
        assertProblem(new CustomerService.SignUp("Rasmus", "", null, null, "en"), Map.of(Purpose.MESSAGES, 7),
                SIGNATURE, SignUpProblem.BAD_DURATION);
        assertThat(count("Customer")).isEqualTo(before);
        assertThat(count("ConsentFact")).isEqualTo(factsBefore);
    }

    @Test
    void fieldsThatWouldNotFitOrCouldNotBeStoredAreRefusedBeforeTheDatabase() {
        long before = count("Customer");
        String email219 = "a".repeat(64) + "@" + "b".repeat(150) + ".info";
        assertThat(email219).hasSize(220);
        assertProblem(new CustomerService.SignUp("Rasmus", "", email219, null, "en"), Map.of(), SIGNATURE,
                SignUpProblem.EMAIL_TOO_LONG);
        assertProblem(new CustomerService.SignUp("Rasmus", "", null, null, "abcdefghijkl"), Map.of(), SIGNATURE,
                SignUpProblem.UNSUPPORTED_LANGUAGE);
        assertProblem(new CustomerService.SignUp("Rasmus", "", null, null, "de"), Map.of(), SIGNATURE,
                SignUpProblem.UNSUPPORTED_LANGUAGE);
        assertProblem(new CustomerService.SignUp("Ras\ud83dmus", "", null, null, "en"), Map.of(), SIGNATURE,
                SignUpProblem.NAME_UNREADABLE);
        assertProblem(new CustomerService.SignUp("Rasmus", "Ho\u0000lm", null, null, "en"), Map.of(), SIGNATURE,
                SignUpProblem.NAME_UNREADABLE);
        assertProblem(new CustomerService.SignUp("Ras\u001bmus", "", null, null, "en"), Map.of(), SIGNATURE,
                SignUpProblem.NAME_UNREADABLE);
        assertProblem(new CustomerService.SignUp("Rasmus", "", "ras\u0000mus@example.dk", null, "en"), Map.of(),
                SIGNATURE, SignUpProblem.BAD_EMAIL);
        assertProblem(new CustomerService.SignUp("Rasmus", "", null, "+45 " + "1".repeat(37), "en"), Map.of(),
                SIGNATURE, SignUpProblem.BAD_PHONE);
        assertThat(count("Customer")).isEqualTo(before);
    }

    @Test
    void namesInAnyScriptWithWholeEmojiAreWelcome() {
        CustomerService.SignedUp done = customers.signUp(new CustomerService.SignUp("S\u00f8ren \ud83d\ude00",
                "\u5c71\u7530", null, null, "da"), Map.of(), null, Channel.KIOSK, "CPH-KIOSK-1");
        assertThat(Services.on(db.transactor(), Clock.systemUTC()).export().json(done.card().customerId()))
                .contains("S\u00f8ren \ud83d\ude00");
    }

    private static void assertProblem(CustomerService.SignUp who, Map<Purpose, Integer> purposes, byte[] signature,
                                      SignUpProblem problem) {
        assertThatThrownBy(() -> customers.signUp(who, purposes, signature, Channel.KIOSK, "AMS-KIOSK-1"))
                .isInstanceOfSatisfying(SignUpRefusedException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void aLostCardIsBlockedAndReplacedForTheSameCustomer() {
        CardView card = customers.signUp(new CustomerService.SignUp("Lotte", "", null, null, "nl"), Map.of(), null,
                Channel.COUNTER, "GNT-COUNTER-1").card();
        CardView replacement = customers.blockAndReplace(card.cardNumber(),
                nl.connectedstore.persistence.DemoStaff.signIn(db, "GNT", "2345"));
        assertThat(replacement.customerId()).isEqualTo(card.customerId());
        assertThat(replacement.cardNumber()).isNotEqualTo(card.cardNumber());
        assertThat(customers.card(card.qrPayload())).get().extracting(CardView::status).isEqualTo(CardStatus.BLOCKED);
        assertThat(customers.card(replacement.qrPayload())).get().extracting(CardView::status)
                .isEqualTo(CardStatus.ACTIVE);
        assertThat(customers.card("CSCARD:not-a-card")).isEmpty();
        assertThat(customers.card("0000000000000000")).isEmpty();
    }
}
