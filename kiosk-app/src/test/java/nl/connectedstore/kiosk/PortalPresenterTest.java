package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HandTicker;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy portal's session without a toolkit, on a real H2 database with the kiosk's database rights: the card
 * prompt, the page, consents withdrawn and renewed (also when withdrawn elsewhere meanwhile), the export, the erasure
 * carried out or only recorded (time moved by hand, no sleeping), and the end of the session.
 */
class PortalPresenterTest {

    private static Database owner;
    private static Database kiosk;
    private static Database counter;
    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    /** Ticks only when the test says so: the erasure's wait without waiting. */
    private final HandTicker ticks = new HandTicker();
    private final AtomicInteger ended = new AtomicInteger();
    @TempDir
    Path exports;
    private LoyaltyKit loyalty;

    @BeforeAll
    static void openDatabase() {
        owner = DemoDatabase.fresh("portal-presenter-", new DemoChain.Size(100, 0, 0));
        kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
        counter = DemoDatabase.as(owner, AppRole.COUNTER);
    }

    @AfterAll
    static void close() {
        counter.close();
        kiosk.close();
        owner.close();
    }

    @BeforeEach
    void kit() {
        loyalty = TestKits.loyalty(kiosk.transactor(), clock, exports);
    }

    private PortalPresenter portal(TaskExecutor executor) {
        return new PortalPresenter(loyalty, executor, ticks, "AMS-KIOSK-1", new Locale("en", "NL"), false,
                ended::incrementAndGet);
    }

    private PortalPresenter portal() {
        return portal(TaskExecutor.direct());
    }

    private CardView signUp(String name, String language) {
        return loyalty.customers().signUp(new CustomerService.SignUp(name, "Portal",
                        name.toLowerCase(Locale.ROOT) + "@example.nl", "+31 6 5555 0101", language),
                Map.of(Purpose.RECOGNITION, 6, Purpose.PERSONAL_ADVICE, 12), new byte[] {1, 2, 3}, Channel.KIOSK,
                "AMS-KIOSK-1").card();
    }

    private CardView signUp(String name) {
        return signUp(name, "en");
    }

    private ConsentView consent(PortalPresenter portal, Purpose purpose) {
        return portal.page().consents().stream().filter(c -> c.purpose() == purpose).findFirst().orElseThrow();
    }

    private static long withdrawals(CardView card, Purpose purpose) {
        return Services.on(owner.transactor()).consents().factsOf(card.customerId()).stream()
                .filter(f -> f.purpose() == purpose && "WITHDRAW".equals(f.kind())).count();
    }

    private boolean mayWe(CardView card, Purpose purpose) {
        return loyalty.consents().asHolderOf(card.cardNumber()).mayWe(card.customerId(), purpose);
    }

    @Test
    void theCardOpensEverythingWeHoldAndWhoFromTheStaffLookedAtIt() {
        CardView card = signUp("Freja");
        Services.on(owner.transactor(), clock).accessLog().record(card.customerId(),
                DemoStaff.signIn(owner, "AMS", "1234", clock), "AMS-COUNTER-1", "Arrival greeting");
        PortalPresenter portal = portal();
        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.SCAN);

        portal.open(card.qrPayload());

        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.PAGE);
        assertThat(portal.notice()).isNull();
        assertThat(portal.page().data().customer().firstName()).isEqualTo("Freja");
        assertThat(portal.page().data().customer().email()).isEqualTo("freja@example.nl");
        assertThat(consent(portal, Purpose.RECOGNITION).allowed()).isTrue();
        assertThat(consent(portal, Purpose.PERSONAL_ADVICE).allowed()).isTrue();
        assertThat(consent(portal, Purpose.MESSAGES).allowed()).isFalse();
        assertThat(portal.page().data().accessLog()).singleElement().satisfies(entry -> {
            assertThat(entry.staffName()).isEqualTo("Sanne de Vries");
            assertThat(entry.terminalCode()).isEqualTo("AMS-COUNTER-1");
            assertThat(entry.reason()).isEqualTo("Arrival greeting");
        });
    }

    @Test
    void anUnknownCardOpensNothingAndSaysWhy() {
        PortalPresenter portal = portal();

        portal.open("CSCARD:0000000000000001");

        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.SCAN);
        assertThat(portal.page()).isNull();
        assertThat(portal.notice()).isEqualTo(PortalPresenter.Notice.problem("portal.refused.UNKNOWN_CARD"));
    }

    @Test
    void aBlockedCardScannedOverAnOpenPageClosesItAndSaysTheCardIsBlocked() {
        CardView lost = signUp("Hanne");
        CardView other = signUp("Hugo");
        Services.on(owner.transactor(), clock).customers().blockAndReplace(lost.cardNumber(),
                DemoStaff.signIn(owner, "AMS", "2345", clock));
        PortalPresenter portal = portal();
        portal.open(other.cardNumber());
        assertThat(portal.page().data().customer().firstName()).isEqualTo("Hugo");

        portal.open(lost.qrPayload());

        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.SCAN);
        assertThat(portal.page()).as("the previous customer's page is gone").isNull();
        assertThat(portal.notice()).isEqualTo(PortalPresenter.Notice.problem("portal.refused.BLOCKED_CARD"));
    }

    @Test
    void aWithdrawalIsNoAtOnceAndThePageSaysSo() {
        CardView card = signUp("Astrid");
        PortalPresenter portal = portal();
        portal.open(card.qrPayload());

        portal.withdraw(Purpose.RECOGNITION);

        assertThat(mayWe(card, Purpose.RECOGNITION)).isFalse();
        assertThat(mayWe(card, Purpose.PERSONAL_ADVICE)).isTrue();
        assertThat(consent(portal, Purpose.RECOGNITION).allowed()).isFalse();
        assertThat(consent(portal, Purpose.RECOGNITION).withdrawnAt()).isEqualTo(clock.instant());
        assertThat(portal.notice()).isEqualTo(PortalPresenter.Notice.info("portal.withdrawn", Purpose.RECOGNITION));
    }

    @Test
    void aConsentWithdrawnElsewhereWhileThePageShowsIsWithdrawnOnceAndThePageCatchesUp() {
        CardView card = signUp("Bodil");
        PortalPresenter portal = portal();
        portal.open(card.qrPayload());
        assertThat(consent(portal, Purpose.PERSONAL_ADVICE).allowed()).isTrue();
        Instant elsewhere = clock.instant();
        // at another kiosk, meanwhile
        loyalty.consents().asHolderOf(card.cardNumber()).withdraw(card.customerId(), Purpose.PERSONAL_ADVICE,
                Channel.KIOSK, "AMS-KIOSK-2");
        clock.advance(Duration.ofMinutes(1));

        portal.withdraw(Purpose.PERSONAL_ADVICE);

        assertThat(withdrawals(card, Purpose.PERSONAL_ADVICE)).isEqualTo(1);
        assertThat(consent(portal, Purpose.PERSONAL_ADVICE).allowed()).isFalse();
        assertThat(consent(portal, Purpose.PERSONAL_ADVICE).withdrawnAt()).isEqualTo(elsewhere);
        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.PAGE);
    }

    @Test
    void openingACardIsBusyWhileHeldAndNotOnceThePageOrTheFailureIsBack() {
        CardView card = signUp("Ingrid");
        HeldExecutor executor = new HeldExecutor();
        PortalPresenter portal = portal(executor);
        executor.hold();
        portal.open(card.qrPayload());
        assertThat(portal.openingProperty().get()).as("a veil the moment the card was read").isTrue();
        executor.release();
        assertThat(portal.openingProperty().get()).isFalse();
        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.PAGE);

        Database gone = DemoDatabase.as(owner, AppRole.KIOSK);
        LoyaltyKit unreachable = TestKits.loyalty(gone.transactor(), clock, exports);
        gone.close(); // the database went away as the card was scanned
        PortalPresenter failing = new PortalPresenter(unreachable, executor, ticks, "AMS-KIOSK-1",
                new Locale("en", "NL"), false, ended::incrementAndGet);
        executor.hold();
        failing.open(card.qrPayload());
        assertThat(failing.openingProperty().get()).isTrue();
        executor.release();
        assertThat(failing.openingProperty().get()).isFalse();
        assertThat(failing.notice()).isEqualTo(PortalPresenter.Notice.problem("portal.failed"));
    }

    @Test
    void aSecondTapOnWithdrawWhileTheFirstIsStoredWithdrawsOnce() {
        CardView card = signUp("Asger");
        HeldExecutor executor = new HeldExecutor();
        PortalPresenter portal = portal(executor);
        portal.open(card.qrPayload());

        executor.hold(); // a slow database: the first withdrawal is still being stored
        portal.withdraw(Purpose.RECOGNITION);
        portal.withdraw(Purpose.RECOGNITION);
        executor.release();

        assertThat(withdrawals(card, Purpose.RECOGNITION)).isEqualTo(1);
        assertThat(consent(portal, Purpose.RECOGNITION).allowed()).isFalse();
        assertThat(portal.notice()).isEqualTo(PortalPresenter.Notice.info("portal.withdrawn", Purpose.RECOGNITION));
    }

    @Test
    void renewingNeedsASignatureThenRunsForTheChosenMonths() {
        CardView card = signUp("Gustav");
        PortalPresenter portal = portal();
        portal.open(card.cardNumber());
        portal.askRenewal(Purpose.MESSAGES);
        assertThat(portal.renewingProperty().get()).isEqualTo(Purpose.MESSAGES);

        portal.renew(12, new byte[0]);

        assertThat(portal.renewalUnsignedProperty().get()).isTrue();
        assertThat(portal.renewingProperty().get()).as("still asking").isEqualTo(Purpose.MESSAGES);
        assertThat(mayWe(card, Purpose.MESSAGES)).as("unsigned").isFalse();

        portal.renew(12, new byte[] {4, 5, 6});

        assertThat(mayWe(card, Purpose.MESSAGES)).isTrue();
        assertThat(portal.renewingProperty().get()).isNull();
        assertThat(consent(portal, Purpose.MESSAGES).expiresAt())
                .isEqualTo(clock.instant().atZone(java.time.ZoneOffset.UTC).plusMonths(12).toInstant());
        assertThat(portal.notice()).isEqualTo(PortalPresenter.Notice.info("portal.renewed", Purpose.MESSAGES));
    }

    @Test
    void saveMyDataWritesTheirFileAndSaysItsName() throws Exception {
        CardView card = signUp("Ivar");
        PortalPresenter portal = portal();
        portal.open(card.qrPayload());

        portal.export();

        List<Path> files;
        try (var listed = Files.list(exports)) {
            files = listed.toList();
        }
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(new ObjectMapper().readTree(file.toFile()).at("/customer/email").asText())
                    .isEqualTo("ivar@example.nl");
            assertThat(portal.notice()).isEqualTo(PortalPresenter.Notice.info("portal.exported",
                    file.getFileName().toString()));
        });
    }

    @Test
    void aSaveThatCannotBeWrittenSaysSoAndThePageStays() throws Exception {
        Path notAFolder = Files.writeString(exports.resolve("stick"), "not a folder");
        loyalty = TestKits.loyalty(kiosk.transactor(), clock, notAFolder);
        CardView card = signUp("Ivo");
        PortalPresenter portal = portal();
        portal.open(card.qrPayload());

        portal.export();

        assertThat(portal.notice()).isEqualTo(PortalPresenter.Notice.problem("portal.exportFailed"));
        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.PAGE);
    }

    @Test
    void eraseAsksFirstAndWithTheCounterRunningSaysErased() {
        CardView card = signUp("Kasper");
        PortalPresenter portal = portal();
        portal.open(card.qrPayload());

        portal.erase();
        assertThat(portal.step()).as("not without asking").isEqualTo(PortalPresenter.Step.PAGE);
        portal.askErasure();
        portal.keepAccount();
        portal.erase();
        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.PAGE);
        assertThat(loyalty.customers().card(card.cardNumber())).isPresent();

        portal.askErasure();
        portal.erase();

        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.ERASING);
        assertThat(portal.page()).as("nothing of theirs shows while waiting").isNull();
        assertThat(ticks.running()).isEqualTo(1);
        ticks.tick();
        assertThat(portal.step()).as("the counter has not run yet").isEqualTo(PortalPresenter.Step.ERASING);

        clock.advance(Duration.ofSeconds(2));
        assertThat(Services.on(counter.transactor(), clock).erasureRequests().carryOut()).isPositive();
        ticks.tick();

        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.ERASED);
        assertThat(ticks.running()).as("no more asking").isZero();
        assertThat(Services.on(owner.transactor(), clock).customers().card(card.cardNumber())).isEmpty();
        portal.done();
        assertThat(ended).hasValue(1);
    }

    @Test
    void withNoCounterRunningTheErasureIsRecordedAfterTheWaitAndTheCardOpensNothing() {
        CardView card = signUp("Karin");
        PortalPresenter portal = portal();
        portal.open(card.qrPayload());
        portal.askErasure();
        portal.erase();

        clock.advance(PortalPresenter.ERASURE_WAIT.minusSeconds(1));
        ticks.tick();
        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.ERASING);
        clock.advance(Duration.ofSeconds(1));
        ticks.tick();

        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.ERASURE_RECORDED);
        assertThat(ticks.running()).isZero();
        assertThat(Services.on(owner.transactor(), clock).customers().card(card.cardNumber()))
                .as("still in the database until the counter runs").isPresent();
        PortalPresenter next = portal();
        next.open(card.qrPayload());
        assertThat(next.notice()).isEqualTo(PortalPresenter.Notice.problem("portal.refused.ERASURE_UNDER_WAY"));
        assertThat(next.page()).isNull();
    }

    @Test
    void anErasureAskedForWithACardBlockedMeanwhileIsRefused() {
        CardView card = signUp("Knud");
        PortalPresenter portal = portal();
        portal.open(card.qrPayload());
        Services.on(owner.transactor(), clock).customers().blockAndReplace(card.cardNumber(),
                DemoStaff.signIn(owner, "AMS", "2345", clock));

        portal.askErasure();
        portal.erase();

        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.SCAN);
        assertThat(portal.notice()).isEqualTo(PortalPresenter.Notice.problem("portal.refused.BLOCKED_CARD"));
        assertThat(ticks.running()).isZero();
    }

    @Test
    void theIdleResetEndsTheSessionAndWhatComesBackLaterIsDropped() {
        CardView card = signUp("Jens", "da");
        HeldExecutor executor = new HeldExecutor();
        PortalPresenter portal = new PortalPresenter(loyalty, executor, ticks, "AMS-KIOSK-1", new Locale("en", "NL"),
                true, ended::incrementAndGet);

        executor.hold(); // the card was scanned, the database is slow, the customer walked away
        portal.open(card.qrPayload());
        portal.end();
        executor.release();

        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.ENDED);
        assertThat(portal.page()).isNull();
        assertThat(portal.locale()).as("the next person's language is not Jens's").isEqualTo(new Locale("en", "NL"));
        portal.open(card.qrPayload());
        assertThat(portal.page()).as("an ended session opens nothing").isNull();
    }

    @Test
    void theIdleResetWhileWaitingForTheErasureStopsAsking() {
        CardView card = signUp("Jonna");
        PortalPresenter portal = portal();
        portal.open(card.qrPayload());
        portal.askErasure();
        portal.erase();
        assertThat(ticks.running()).isEqualTo(1);

        portal.end();

        assertThat(ticks.running()).isZero();
        assertThat(portal.step()).isEqualTo(PortalPresenter.Step.ENDED);
        assertThat(ended).as("the kiosk's own reset, not Done").hasValue(0);
    }

    @Test
    void aCardScannedOnTheWelcomeScreenSpeaksItsHoldersLanguage() {
        CardView card = signUp("Mette", "da");
        PortalPresenter portal = new PortalPresenter(loyalty, TaskExecutor.direct(), ticks, "AMS-KIOSK-1",
                new Locale("en", "NL"), true, ended::incrementAndGet);

        portal.open(card.qrPayload());

        assertThat(portal.locale()).isEqualTo(new Locale("da", "NL"));
        assertThat(portal.page().data().customer().firstName()).isEqualTo("Mette");
    }
}
