package nl.connectedstore.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.testing.Services;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clean-up keeps what is running or recent and removes the rest, customers included. */
class RetentionJobTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final byte[] SIGNATURE = {1, 2, 3};
    private static Database db;

    @BeforeAll
    static void open() throws IOException {
        db = DemoDatabase.fresh("retention-test-", new DemoChain.Size(100, 20, 5));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void endedConsentsAndLongInactiveCustomersGoWhatRunsOrIsRecentStays() {
        Instant longAgo = monthsAgo(30);
        // 1. signed up 30 months ago for 3 months, never seen again: erased, consent and all
        long gone = signUp(longAgo, "Olaf", Map.of(Purpose.RECOGNITION, 3));
        // 2. same start, but bought something 3 months ago: stays; the long-expired consent goes
        long shopper = signUp(longAgo, "Petra", Map.of(Purpose.MESSAGES, 3));
        linkASale(shopper, monthsAgo(3));
        // 3. same start, no purchases, but gave a consent 2 months ago that still runs: stays with it
        long consenting = signUp(longAgo, "Quint", Map.of());
        new ConsentService(db.transactor(), Clock.fixed(monthsAgo(2), ZoneOffset.UTC)).grant(consenting,
                ConsentText.current(Purpose.PERSONAL_ADVICE, "en"), 12, Channel.KIOSK, "AMS-KIOSK-1", SIGNATURE);
        // 4. recent customer who withdrew 10 days ago: the withdrawal is kept for now (30 days)
        long withdrew = signUp(NOW.minus(40, ChronoUnit.DAYS), "Rosa", Map.of(Purpose.RECOGNITION, 12));
        new ConsentService(db.transactor(), Clock.fixed(NOW.minus(10, ChronoUnit.DAYS), ZoneOffset.UTC))
                .withdraw(withdrew, Purpose.RECOGNITION, Channel.KIOSK, "AMS-KIOSK-1");

        RetentionJob.Report report = Services.on(db.transactor(), Clock.fixed(NOW, ZoneOffset.UTC)).retention().run();

        assertThat(exists(gone)).isFalse();
        assertThat(facts(gone)).isZero();
        assertThat(exists(shopper)).isTrue();
        assertThat(facts(shopper)).isZero();
        assertThat(exists(consenting)).isTrue();
        assertThat(new ConsentService(db.transactor(), Clock.fixed(NOW, ZoneOffset.UTC))
                .mayWe(consenting, Purpose.PERSONAL_ADVICE)).isTrue();
        assertThat(exists(withdrew)).isTrue();
        assertThat(facts(withdrew)).isEqualTo(2);
        assertThat(report.customersErased()).isGreaterThanOrEqualTo(1);
        assertThat(report.consentFactsRemoved()).isGreaterThanOrEqualTo(2);

        // run again 30 days later: Rosa's withdrawal has been kept long enough
        RetentionJob later = Services.on(db.transactor(), Clock.fixed(NOW.plus(30, ChronoUnit.DAYS),
                ZoneOffset.UTC)).retention();
        later.run();
        assertThat(facts(withdrew)).isZero();
        assertThat(exists(withdrew)).isTrue();
        assertThat(later.run()).isEqualTo(new RetentionJob.Report(0, 0, 0));
    }

    private static Instant monthsAgo(int months) {
        return NOW.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private static long signUp(Instant at, String name, Map<Purpose, Integer> consents) {
        return Services.on(db.transactor(), Clock.fixed(at, ZoneOffset.UTC)).customers()
                .signUp(new CustomerService.SignUp(name, "Retention", "", "", "en"), consents,
                        consents.isEmpty() ? null : SIGNATURE, Channel.KIOSK, "AMS-KIOSK-1")
                .card().customerId();
    }

    private static void linkASale(long customer, Instant at) {
        db.transactor().write((Session s) -> s.createNativeMutationQuery(
                        "update sale set customer_id = :c, created_at = :at where id in "
                                + "(select min(id) from sale where customer_id is null)")
                .setParameter("c", customer).setParameter("at", at).executeUpdate());
    }

    private static boolean exists(long customer) {
        return db.transactor().read(s -> s.find(Customer.class, customer) != null);
    }

    private static long facts(long customer) {
        return db.transactor().read(s -> s.createSelectionQuery(
                "select count(*) from ConsentFact f where f.customerId = :c", Long.class)
                .setParameter("c", customer).getSingleResult());
    }
}
