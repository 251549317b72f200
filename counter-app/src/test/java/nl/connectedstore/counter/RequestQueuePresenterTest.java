package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.HandTicker;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request queue's flow without a toolkit, on a real H2 database with the counter's own database user: age checks
 * and help calls from København's kiosks appear, a clerk answers them with their PIN; a wrong PIN, a paused PIN entry,
 * a request the customer withdrew while the clerk was answering, a second tap.
 */
class RequestQueuePresenterTest {

    private static final String COUNTER = "CPH-COUNTER-1";
    private static Database counter;
    private static StoreInfo copenhagen;
    private static AssistanceService kiosks;
    private static ProductCard wine;

    @BeforeAll
    static void open() {
        counter = PresenterDatabase.counter();
        Database kiosk = PresenterDatabase.kiosk();
        copenhagen = Services.on(counter.transactor()).stores().store("CPH").orElseThrow();
        kiosks = new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(),
                java.time.Clock.systemUTC());
        wine = new CatalogService(counter.transactor())
                .search(copenhagen, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> p.minimumAge() >= 18).findFirst().orElseThrow();
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final HeldExecutor executor = new HeldExecutor();
    private StoreService stores;
    private AssistanceService assistance;
    private RequestQueuePresenter queue;

    @BeforeEach
    void startQueue() {
        stores = Services.on(counter.transactor(), clock).stores();
        assistance = new AssistanceService(counter.transactor(), stores, clock);
        queue = new RequestQueuePresenter(assistance, copenhagen, COUNTER, executor, Duration.ofSeconds(1),
                new HandTicker(), new Locale("da", "DK"));
    }

    @AfterEach
    void unlock() {
        stores.pins().unlockAtMachine(COUNTER, "RequestQueuePresenterTest");
        assistance.open(copenhagen.id()).forEach(r -> kiosks.cancel(r.id())); // the next test starts empty
    }

    private AssistanceView shown(AssistanceView request) {
        return queue.requests().stream().filter(r -> r.id() == request.id()).findFirst().orElseThrow();
    }

    private static String key(Said said) {
        return said == null ? null : said.key();
    }

    @Test
    void anAgeCheckIsApprovedWithTheClerksPinAfterAWrongOne() {
        AssistanceView asked = kiosks.requestAgeCheck("CPH-CHECKOUT-1", wine.id());
        queue.start();
        AssistanceView card = shown(asked);
        assertThat(card.minimumAge()).isGreaterThanOrEqualTo(18);
        String danish = new CatalogService(counter.transactor()).byId(copenhagen, wine.id(), new Locale("da", "DK"))
                .orElseThrow().name();
        assertThat(card.productName()).as("in the Copenhagen clerk's language").isEqualTo(danish)
                .isNotEqualTo(asked.productName());

        queue.answer(card, AssistanceStatus.APPROVED);
        queue.confirm("9999".toCharArray());
        assertThat(queue.feedbackProperty().get()).isEqualTo(Said.of("counter.pin.wrong", 4));
        assertThat(queue.answeringProperty().get()).as("still answering: another PIN may be typed").isNotNull();
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.OPEN);

        queue.confirm("1234".toCharArray());
        AssistanceView answered = assistance.get(asked.id());
        assertThat(answered.status()).isEqualTo(AssistanceStatus.APPROVED);
        assertThat(answered.answeredBy()).isEqualTo("Mette Hansen");
        assertThat(queue.answeringProperty().get()).isNull();
        assertThat(queue.feedbackProperty().get()).isNull();
        assertThat(queue.requests()).extracting(AssistanceView::id).doesNotContain(asked.id());
    }

    @Test
    void anAgeCheckIsRefusedAndAHelpCallMarkedHelped() {
        AssistanceView asked = kiosks.requestAgeCheck("CPH-CHECKOUT-1", wine.id());
        AssistanceView call = kiosks.callStaff("CPH-KIOSK-1");
        queue.start();
        queue.answer(shown(asked), AssistanceStatus.REFUSED);
        queue.confirm("1234".toCharArray());
        queue.answer(shown(call), AssistanceStatus.DONE);
        queue.confirm("1234".toCharArray());

        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.REFUSED);
        assertThat(assistance.get(call.id()).status()).isEqualTo(AssistanceStatus.DONE);
        assertThat(assistance.get(call.id()).answeredBy()).isEqualTo("Mette Hansen");
        assertThat(queue.requests()).extracting(AssistanceView::id).doesNotContain(asked.id(), call.id());
    }

    @Test
    void aRequestTheCustomerWithdrewWhileTheClerkAnsweredSaysSoInsteadOfApproving() {
        AssistanceView asked = kiosks.requestAgeCheck("CPH-CHECKOUT-1", wine.id());
        queue.start();
        queue.answer(shown(asked), AssistanceStatus.APPROVED);
        kiosks.cancel(asked.id()); // the customer took the bottle off the basket
        queue.confirm("1234".toCharArray());

        assertThat(queue.feedbackProperty().get()).isEqualTo(Said.of("counter.requests.already",
                Said.of("counter.requests.theCustomer")));
        assertThat(queue.feedbackProperty().get().in(CounterStage.ENGLISH))
                .isEqualTo("Already answered by the customer (they left or removed the item).");
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.CANCELLED);
        assertThat(queue.answeringProperty().get()).isNull();
    }

    @Test
    void cancellingAnAnswerStoresNothing() {
        AssistanceView asked = kiosks.requestAgeCheck("CPH-CHECKOUT-1", wine.id());
        queue.start();
        queue.answer(shown(asked), AssistanceStatus.APPROVED);
        queue.cancelAnswer();
        assertThat(queue.answeringProperty().get()).isNull();
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.OPEN);
        assertThat(queue.requests()).extracting(AssistanceView::id).contains(asked.id());
    }

    @Test
    void aSecondTapOnConfirmWhileTheAnswerIsStoredSendsNothing() {
        AssistanceView asked = kiosks.requestAgeCheck("CPH-CHECKOUT-1", wine.id());
        queue.start();
        queue.answer(shown(asked), AssistanceStatus.APPROVED);
        executor.hold(); // the database is slow: the first answer is still on its way
        queue.confirm("1234".toCharArray());
        assertThat(queue.canConfirmProperty().get()).as("greyed while it is stored").isFalse();
        queue.confirm(new char[0]); // the PIN field the first tap emptied
        executor.release();

        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.APPROVED);
        assertThat(queue.feedbackProperty().get()).as("no 'PIN is not right', no 'Already answered'").isNull();
    }

    @Test
    void afterFiveWrongPinsEvenTheRightOneWaitsForThePause() {
        AssistanceView asked = kiosks.requestAgeCheck("CPH-CHECKOUT-1", wine.id());
        queue.start();
        queue.answer(shown(asked), AssistanceStatus.APPROVED);
        for (int i = 0; i < 5; i++) {
            queue.confirm(("909" + i).toCharArray());
        }
        assertThat(queue.feedbackProperty().get()).isEqualTo(Said.of("counter.pin.paused", 30L));
        queue.confirm("1234".toCharArray());
        assertThat(key(queue.feedbackProperty().get())).isEqualTo("counter.pin.paused");
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.OPEN);

        clock.advance(Duration.ofSeconds(30));
        queue.confirm("1234".toCharArray());
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.APPROVED);
    }
}
