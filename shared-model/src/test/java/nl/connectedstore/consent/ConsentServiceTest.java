package nl.connectedstore.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Consent given, renewed, withdrawn and expiring, on a real H2 database, with a clock the test moves. */
class ConsentServiceTest {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    private static Database db;
    private static final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private static ConsentService consent;

    @BeforeAll
    static void open() throws IOException {
        db = DemoDatabase.fresh("consent-test-", new DemoChain.Size(100, 20, 10));
        consent = new ConsentService(db.transactor(), clock);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static long newCustomer() {
        return db.transactor().write(s -> {
            nl.connectedstore.customers.Customer c = new nl.connectedstore.customers.Customer("Rasmus", "Holm",
                    null, null, "da", clock.instant());
            s.persist(c);
            s.flush();
            return c.getId();
        });
    }

    @Test
    void twoPurposesGrantedAreAllowedAndTheThirdIsNot() {
        long customer = newCustomer();
        consent.grant(customer, ConsentText.current(Purpose.RECOGNITION, "da"), 6, Channel.KIOSK, "CPH-KIOSK-1",
                SIGNATURE);
        consent.grant(customer, ConsentText.current(Purpose.PERSONAL_ADVICE, "da"), 3, Channel.KIOSK, "CPH-KIOSK-1",
                SIGNATURE);
        assertThat(consent.mayWe(customer, Purpose.RECOGNITION)).isTrue();
        assertThat(consent.mayWe(customer, Purpose.PERSONAL_ADVICE)).isTrue();
        assertThat(consent.mayWe(customer, Purpose.MESSAGES)).as("nothing pre-ticked").isFalse();
        ConsentView recognition = consent.consents(customer).get(0);
        assertThat(recognition.expiresAt()).isEqualTo(Instant.parse("2026-09-01T10:00:00Z"));
    }

    @Test
    void aWithdrawalIsANoAtOnceAndARenewalIsANewFact() {
        long customer = newCustomer();
        consent.grant(customer, ConsentText.current(Purpose.RECOGNITION, "en"), 12, Channel.COUNTER, "AMS-COUNTER-1",
                SIGNATURE);
        ConsentView withdrawn = consent.withdraw(customer, Purpose.RECOGNITION, Channel.KIOSK, "AMS-KIOSK-1");
        assertThat(withdrawn.allowed()).isFalse();
        assertThat(withdrawn.withdrawnAt()).isEqualTo(clock.instant());
        assertThat(consent.mayWe(customer, Purpose.RECOGNITION)).isFalse();
        clock.advance(Duration.ofMinutes(1));
        consent.grant(customer, ConsentText.current(Purpose.RECOGNITION, "en"), 3, Channel.KIOSK, "AMS-KIOSK-1",
                SIGNATURE);
        assertThat(consent.mayWe(customer, Purpose.RECOGNITION)).isTrue();
        long facts = db.transactor().read(s -> s.createSelectionQuery(
                "select count(f) from ConsentFact f where f.customerId = :c", Long.class)
                .setParameter("c", customer).getSingleResult());
        assertThat(facts).as("grant, withdrawal, renewal: three facts, none updated").isEqualTo(3);
    }

    @Test
    void aConsentThatRanOutIsANoWithoutAnyJobRunning() {
        long customer = newCustomer();
        consent.grant(customer, ConsentText.current(Purpose.MESSAGES, "nl"), 3, Channel.KIOSK, "AMS-KIOSK-1",
                SIGNATURE);
        clock.advance(Duration.ofDays(89));
        assertThat(consent.mayWe(customer, Purpose.MESSAGES)).as("within 3 calendar months").isTrue();
        clock.advance(Duration.ofDays(4));
        assertThat(consent.mayWe(customer, Purpose.MESSAGES)).as("3 calendar months are at most 92 days").isFalse();
    }

    @Test
    void theFactKeepsTheExactTextShownAndTheSignature() {
        long customer = newCustomer();
        ConsentText text = ConsentText.current(Purpose.PERSONAL_ADVICE, "nl");
        consent.grant(customer, text, 6, Channel.KIOSK, "AMS-KIOSK-1", SIGNATURE);
        Object[] stored = db.transactor().read(s -> s.createSelectionQuery(
                        "select f.textVersion, f.textHash, f.language, f.signaturePng from ConsentFact f"
                                + " where f.customerId = :c", Object[].class)
                .setParameter("c", customer).getSingleResult());
        assertThat(stored[0]).isEqualTo("v2");
        assertThat(stored[1]).isEqualTo(ConsentText.sha256(text.text()));
        assertThat(text.text()).startsWith("Persoonlijk advies");
        assertThat(stored[2]).isEqualTo("nl");
        assertThat((byte[]) stored[3]).isEqualTo(SIGNATURE);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long customer = newCustomer();
        ConsentText text = ConsentText.current(Purpose.RECOGNITION, "en");
        assertThatThrownBy(() -> consent.grant(customer, text, 6, Channel.KIOSK, "AMS-KIOSK-1", new byte[0]))
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> consent.grant(customer, text, 5, Channel.KIOSK, "AMS-KIOSK-1", SIGNATURE))
                .hasMessageContaining("3, 6 or 12");
        assertThatThrownBy(() -> consent.grant(-1, text, 6, Channel.KIOSK, "AMS-KIOSK-1", SIGNATURE))
                .hasMessageContaining("Unknown customer");
        assertThat(consent.consents(customer)).noneMatch(ConsentView::allowed);
    }

    @Test
    void everyPurposeHasItsTextInEveryLanguage() {
        for (Purpose purpose : Purpose.values()) {
            for (String language : java.util.List.of("en", "nl", "da")) {
                assertThat(ConsentText.current(purpose, language).text()).isNotBlank();
            }
        }
    }
}
