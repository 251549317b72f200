package nl.connectedstore.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.PinCheck;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Age checks and help calls between a self-checkout and the counter, on a real H2 database. */
class AssistanceServiceTest {

    private static Database db;
    private static AssistanceService assistance;
    private static StoreInfo amsterdam;
    private static StoreInfo gent;
    private static ProductCard wine;

    @BeforeAll
    static void open() throws IOException {
        db = DemoDatabase.fresh("assistance-test-", new DemoChain.Size(300, 200, 10));
        StoreService stores = Services.on(db.transactor()).stores();
        assistance = new AssistanceService(db.transactor(), stores, Clock.systemUTC());
        amsterdam = stores.store("AMS").orElseThrow();
        gent = stores.store("GNT").orElseThrow();
        wine = new CatalogService(db.transactor()).search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT))
                .stream().filter(p -> p.minimumAge() >= 18).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void anAgeCheckWaitsInTheStoresQueueUntilAClerkApprovesItWithTheirPin() {
        AssistanceView asked = assistance.requestAgeCheck("AMS-CHECKOUT-1", wine.id());
        assertThat(asked.status()).isEqualTo(AssistanceStatus.OPEN);
        assertThat(asked.minimumAge()).isEqualTo(18);
        assertThat(assistance.open(amsterdam.id())).extracting(AssistanceView::id).contains(asked.id());
        assertThat(assistance.open(gent.id())).extracting(AssistanceView::id).doesNotContain(asked.id());
        AssistanceView inQueue = assistance.open(amsterdam.id()).stream().filter(v -> v.id() == asked.id())
                .findFirst().orElseThrow();
        assertThat(inQueue.terminalName()).isEqualTo("Amsterdam checkout 1");
        assertThat(inQueue.productName()).isEqualTo(wine.name());

        assertThat(assistance.answer(asked.id(), "AMS-COUNTER-1", "9999".toCharArray(), AssistanceStatus.APPROVED))
                .isEqualTo(new AssistanceService.Outcome.PinRefused(new PinCheck.WrongPin(PinGuard.PAUSE_AFTER - 1)));
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.OPEN);

        AssistanceService.Outcome outcome = assistance.answer(asked.id(), "AMS-COUNTER-1", "2345".toCharArray(),
                AssistanceStatus.APPROVED);
        assertThat(outcome).isInstanceOf(AssistanceService.Outcome.Answered.class);
        AssistanceView answered = assistance.get(asked.id());
        assertThat(answered.status()).isEqualTo(AssistanceStatus.APPROVED);
        assertThat(answered.answeredBy()).isEqualTo("Daan Bakker");
        assertThat(answered.answeredAt()).isNotNull();
        assertThat(assistance.open(amsterdam.id())).extracting(AssistanceView::id).doesNotContain(asked.id());
    }

    @Test
    void aSecondAnswerLosesAndChangesNothing() {
        AssistanceView asked = assistance.requestAgeCheck("AMS-CHECKOUT-1", wine.id());
        assistance.answer(asked.id(), "AMS-COUNTER-1", "1234".toCharArray(), AssistanceStatus.REFUSED);
        AssistanceService.Outcome late = assistance.answer(asked.id(), "AMS-COUNTER-1", "2345".toCharArray(),
                AssistanceStatus.APPROVED);
        assertThat(late).isInstanceOf(AssistanceService.Outcome.AlreadyAnswered.class);
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.REFUSED);
        assertThat(assistance.get(asked.id()).answeredBy()).isEqualTo("Sanne de Vries");
    }

    @Test
    void aClerkOfAnotherStoreCannotAnswer() {
        AssistanceView asked = assistance.requestAgeCheck("AMS-CHECKOUT-1", wine.id());
        // a Gent clerk signs in fine at Gent, but the request is Amsterdam's
        assertThatThrownBy(() -> assistance.answer(asked.id(), "GNT-COUNTER-1", "2345".toCharArray(),
                AssistanceStatus.APPROVED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.OPEN);
        assistance.cancel(asked.id());
    }

    @Test
    void pressingCallStaffTwiceMakesOneCallThatAClerkMarksDone() {
        AssistanceView first = assistance.callStaff("AMS-KIOSK-1");
        AssistanceView again = assistance.callStaff("AMS-KIOSK-1");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.kind()).isEqualTo(AssistanceKind.HELP);
        assertThatThrownBy(() -> assistance.answer(first.id(), "AMS-COUNTER-1", "2345".toCharArray(),
                AssistanceStatus.APPROVED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(assistance.answer(first.id(), "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.DONE))
                .isInstanceOf(AssistanceService.Outcome.Answered.class);
        assertThat(assistance.get(first.id()).status()).isEqualTo(AssistanceStatus.DONE);
        assertThat(assistance.callStaff("AMS-KIOSK-1").id()).isNotEqualTo(first.id());
    }

    @Test
    void aCancelledRequestLeavesTheQueueAndCannotBeApprovedAfterwards() {
        AssistanceView asked = assistance.requestAgeCheck("AMS-CHECKOUT-1", wine.id());
        assistance.cancel(asked.id());
        assertThat(assistance.open(amsterdam.id())).extracting(AssistanceView::id).doesNotContain(asked.id());
        assertThat(assistance.answer(asked.id(), "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.APPROVED))
                .isInstanceOf(AssistanceService.Outcome.AlreadyAnswered.class);
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.CANCELLED);
    }

    @Test
    void anItemWithoutAnAgeLimitNeedsNoCheck() {
        ProductCard bread = new CatalogService(db.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT))
                .stream().filter(p -> p.minimumAge() == 0).findFirst().orElseThrow();
        assertThatThrownBy(() -> assistance.requestAgeCheck("AMS-CHECKOUT-1", bread.id()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
