package nl.connectedstore.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.store.TerminalKind;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one home of age checks: what needs one, who approved it until when, what a sale may do; on real H2. */
class AgeChecksTest {

    private static final String CHECKOUT = "AMS-CHECKOUT-1";
    private static Database db;
    private static AgeChecks ageChecks;
    private static AssistanceService assistance;
    private static ProductCard wine;
    private static ProductCard bread;

    @BeforeAll
    static void open() throws IOException {
        db = DemoDatabase.fresh("agechecks-test-", new DemoChain.Size(300, 200, 10));
        StoreService stores = Services.on(db.transactor()).stores();
        ageChecks = new AgeChecks(db.transactor(), Clock.systemUTC());
        assistance = new AssistanceService(db.transactor(), stores, Clock.systemUTC());
        StoreInfo amsterdam = stores.store("AMS").orElseThrow();
        List<ProductCard> all = new CatalogService(db.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT));
        wine = all.stream().filter(p -> p.minimumAge() >= 18).findFirst().orElseThrow();
        bread = all.stream().filter(p -> p.minimumAge() == 0).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void anItemNeedsACheckOnlyWithAnAgeLimitAndAnApprovalCoversThatAgeAndBelow() {
        assertThat(AgeChecks.needsCheck(0)).isFalse();
        assertThat(AgeChecks.needsCheck(16)).isTrue();
        assertThat(AgeChecks.limitOf(IntStream.of(0, 16, 18, 0))).isEqualTo(18);
        assertThat(AgeChecks.limitOf(IntStream.empty())).isZero();
        assertThat(AgeChecks.covers(18, 16)).isTrue();
        assertThat(AgeChecks.covers(16, 18)).isFalse();
        assertThat(AgeChecks.covers(0, 0)).isTrue();
        assertThat(AgeChecks.needsApprovalAt(TerminalKind.COUNTER)).isFalse();
        assertThat(AgeChecks.needsApprovalAt(TerminalKind.CHECKOUT)).isTrue();
    }

    @Test
    void aWebOrderWithAnAgeLimitIsNeverDeliveredAndHandedOverOnlyAfterAnIdCheck() {
        assertThat(AgeChecks.mayBeDelivered(18)).isFalse();
        assertThat(AgeChecks.mayBeDelivered(0)).isTrue();
        assertThat(AgeChecks.mayHandOver(18, false)).isFalse();
        assertThat(AgeChecks.mayHandOver(18, true)).isTrue();
        assertThat(AgeChecks.mayHandOver(0, false)).isTrue();
    }

    @Test
    void anApprovalSaysWhoGaveItAndCoversTheTerminalsSaleForAnHourOnly() {
        long asked = ageChecks.request(CHECKOUT, wine.id()).id();
        assertThat(ageChecks.approval(asked)).as("not answered yet").isEmpty();
        assertThat(ageChecks.verdict(CHECKOUT, List.of(bread.id(), wine.id()), Set.of(asked)))
                .isEqualTo(new AgeChecks.Verdict.Missing(wine.minimumAge()));

        assistance.answer(asked, "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.APPROVED);
        AgeChecks.Approval approval = ageChecks.approval(asked).orElseThrow();
        assertThat(approval.approvedBy()).isEqualTo("Daan Bakker");
        assertThat(approval.terminalCode()).isEqualTo(CHECKOUT);
        assertThat(approval.minimumAge()).isEqualTo(wine.minimumAge());
        assertThat(approval.validUntil()).isEqualTo(approval.approvedAt().plus(AgeChecks.APPROVAL_VALID));
        assertThat(ageChecks.verdict(CHECKOUT, List.of(bread.id(), wine.id()), Set.of(asked)))
                .isEqualTo(new AgeChecks.Verdict.Approved(approval));
        assertThat(ageChecks.verdict("AMS-KIOSK-1", List.of(wine.id()), Set.of(asked)))
                .as("another terminal's approval does not count").isInstanceOf(AgeChecks.Verdict.Missing.class);

        Clock anHourLater = Clock.offset(Clock.systemUTC(), AgeChecks.APPROVAL_VALID.plus(Duration.ofSeconds(1)));
        assertThat(approval.validAt(anHourLater.instant())).isFalse();
        assertThat(new AgeChecks(db.transactor(), anHourLater).verdict(CHECKOUT, List.of(wine.id()), Set.of(asked)))
                .as("the next customer cannot buy under an old approval")
                .isEqualTo(new AgeChecks.Verdict.Missing(wine.minimumAge()));
    }

    @Test
    void aRefusalIsNoApprovalAndNothingIsNeededAtACounterOrWithoutAnAgeLimit() {
        long asked = ageChecks.request(CHECKOUT, wine.id()).id();
        assistance.answer(asked, "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.REFUSED);
        assertThat(ageChecks.approval(asked)).isEmpty();
        assertThat(ageChecks.verdict(CHECKOUT, List.of(wine.id()), Set.of(asked)))
                .isInstanceOf(AgeChecks.Verdict.Missing.class);
        assertThat(ageChecks.verdict("AMS-COUNTER-1", List.of(wine.id()), Set.of()))
                .isInstanceOf(AgeChecks.Verdict.NotNeeded.class);
        assertThat(ageChecks.verdict(CHECKOUT, List.of(bread.id()), Set.of()))
                .isInstanceOf(AgeChecks.Verdict.NotNeeded.class);
    }
}
