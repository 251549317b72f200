package nl.connectedstore.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suggestions on a small demo chain with real baskets: in stock, not in hand, always with a reason. */
class SuggestionServiceTest {

    private static Database db;
    private static CoPurchaseModel model;
    private static SuggestionService suggestions;
    private static CatalogService catalog;
    private static StoreInfo ams;

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("suggest-test-", new DemoChain.Size(300, 3_000, 20));
        List<Double> progress = new ArrayList<>();
        model = new CoPurchaseTraining(db.transactor(), Clock.systemUTC())
                .train((fraction, key) -> progress.add(fraction));
        assertThat(progress).as("training reports progress").isNotEmpty();
        catalog = new CatalogService(db.transactor());
        suggestions = new SuggestionService(db.transactor(), catalog, new InventoryService(db.transactor()),
                Services.on(db.transactor()).consents(), () -> model, Clock.systemUTC());
        ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static void setStock(String store, long productId, int quantity) {
        db.transactor().write(s -> s.createMutationQuery("update StockLevel l set l.quantity = :q"
                        + " where l.product.id = :p and l.store.id = (select t.id from Store t where t.code = :s)")
                .setParameter("q", quantity).setParameter("p", productId).setParameter("s", store).executeUpdate());
    }

    /** A product carried here with partners in the model. */
    private static long productWithPartners() {
        for (long id : model.mostPopular()) {
            List<ProductCard> here = catalog.cards(ams, List.of(id));
            if (!here.isEmpty() && here.get(0).stock() != StockStatus.NOT_CARRIED && model.partnersOf(id).size() >= 3) {
                return id;
            }
        }
        throw new IllegalStateException("The demo baskets taught the model nothing");
    }

    @Test
    void theModelLearntFromEveryBasket() {
        assertThat(model.baskets()).isEqualTo(3_000);
        assertThat(model.products()).isPositive();
    }

    @Test
    void upsellIsInStockHereNotInHandAndSaysWhy() {
        long pasta = productWithPartners();
        List<Suggestion> found = suggestions.goesWith(ams, List.of(pasta), Set.of(), 5);

        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(found).allSatisfy(s -> {
            assertThat(s.product().id()).isNotEqualTo(pasta);
            assertThat(s.product().stock()).isEqualTo(StockStatus.IN_STOCK);
            assertThat(s.product().price()).isNotNull();
            assertThat(s.reason().kind()).isEqualTo(ReasonKind.BOUGHT_WITH);
            assertThat(s.reason().relatedId()).isEqualTo(pasta);
            assertThat(s.reason().relatedName()).isNotBlank();
        });

        long best = found.get(0).product().id();
        setStock("AMS", best, 0);
        assertThat(suggestions.goesWith(ams, List.of(pasta), Set.of(), 5))
                .as("sold out since").extracting(s -> s.product().id()).doesNotContain(best);
        assertThat(suggestions.goesWith(ams, List.of(pasta), Set.of(found.get(1).product().id()), 5))
                .as("already in the basket").extracting(s -> s.product().id())
                .doesNotContain(found.get(1).product().id());
    }

    @Test
    void aSoldOutProductGetsStandInsHereAndTheSameProductElsewhere() {
        ProductCard wanted = catalog.cards(ams, List.of(productWithPartners())).get(0);
        setStock("AMS", wanted.id(), 0);
        setStock("GNT", wanted.id(), 7);

        List<Suggestion> alike = suggestions.alternatives(ams, wanted.id(), 5);
        assertThat(alike).isNotEmpty().allSatisfy(s -> {
            assertThat(s.product().categoryCode()).isEqualTo(wanted.categoryCode());
            assertThat(s.product().stock()).isEqualTo(StockStatus.IN_STOCK);
            assertThat(s.product().id()).isNotEqualTo(wanted.id());
            assertThat(s.reason().kind()).isEqualTo(ReasonKind.SIMILAR_IN_STOCK);
        });
        assertThat(suggestions.elsewhere(ams, wanted.id())).anySatisfy(s -> {
            assertThat(s.reason().kind()).isEqualTo(ReasonKind.IN_STOCK_ELSEWHERE);
            assertThat(s.reason().storeCode()).isEqualTo("GNT");
            assertThat(s.reason().quantity()).isEqualTo(7);
        });

        List<Suggestion> card = suggestions.forHand(ams, List.of(wanted.id()), 5);
        assertThat(card).hasSizeLessThanOrEqualTo(5);
        assertThat(card).extracting(s -> s.reason().kind())
                .contains(ReasonKind.SIMILAR_IN_STOCK, ReasonKind.IN_STOCK_ELSEWHERE);
        assertThat(card).filteredOn(s -> s.reason().kind() != ReasonKind.IN_STOCK_ELSEWHERE)
                .allSatisfy(s -> assertThat(s.product().stock()).isEqualTo(StockStatus.IN_STOCK))
                .extracting(s -> s.product().id()).doesNotHaveDuplicates().doesNotContain(wanted.id());
    }

    /** A customer who signed up with these consents and bought {@code product} (a demo sale, now theirs). */
    private static long buyerOf(long product, Purpose... purposes) {
        java.util.Map<Purpose, Integer> months = new java.util.EnumMap<>(Purpose.class);
        for (Purpose p : purposes) {
            months.put(p, 6);
        }
        long id = Services.on(db.transactor(), Clock.systemUTC()).customers().signUp(new CustomerService.SignUp("Buyer",
                "Test", "", "", "en"), months, new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card().customerId();
        db.transactor().write(s -> s.createNativeMutationQuery("update sale set customer_id = :c where id ="
                        + " (select max(l.sale_id) from sale_line l join sale x on x.id = l.sale_id"
                        + " where l.product_id = :p and x.customer_id is null)")
                .setParameter("c", id).setParameter("p", product).executeUpdate());
        return id;
    }

    @Test
    void suggestionsFromPurchasesOnlyWhileTheCustomerAllowsPersonalAdviceAndTheServiceChecksItItself() {
        long bought = productWithPartners();
        long allows = buyerOf(bought, Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        long recognitionOnly = buyerOf(bought, Purpose.RECOGNITION);

        assertThat(suggestions.forCustomer(ams, List.of(), allows, 5)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.reason().kind()).isEqualTo(ReasonKind.GOES_WITH_PURCHASES));
        assertThat(suggestions.forCustomer(ams, List.of(), recognitionOnly, 5))
                .as("no consent, nothing from their purchases, whoever calls").isEmpty();

        new ConsentService(db.transactor(), Clock.systemUTC()).withdraw(allows, Purpose.PERSONAL_ADVICE,
                Channel.KIOSK, "AMS-KIOSK-1");
        assertThat(suggestions.forCustomer(ams, List.of(), allows, 5)).as("withdrawn: no at once").isEmpty();
        assertThat(suggestions.forCustomer(ams, List.of(bought), allows, 5)).as("what is in hand still counts")
                .isNotEmpty().noneMatch(s -> s.reason().kind() == ReasonKind.GOES_WITH_PURCHASES);
        assertThat(suggestions.forCustomer(ams, List.of(), 987_654_321L, 5)).as("nobody").isEmpty();
    }

    @Test
    void personalSuggestionsAreNewToTheCustomer() {
        long bought = productWithPartners();
        List<Suggestion> personal = suggestions.forCustomer(ams, List.of(),
                buyerOf(bought, Purpose.PERSONAL_ADVICE), 5);

        ProductCard boughtCard = catalog.cards(ams, List.of(bought)).get(0);
        assertThat(personal).isNotEmpty().allSatisfy(s -> {
            assertThat(s.reason().kind()).isEqualTo(ReasonKind.GOES_WITH_PURCHASES);
            assertThat(s.product().id()).isNotEqualTo(bought);
            assertThat(s.product().stock()).isEqualTo(StockStatus.IN_STOCK);
            assertThat(Alternatives.sameKind(s.product(), boughtCard)).as("not another brand of what they buy")
                    .isFalse();
        });
        for (int i = 0; i < personal.size(); i++) {
            for (int j = i + 1; j < personal.size(); j++) {
                assertThat(Alternatives.sameKind(personal.get(i).product(), personal.get(j).product()))
                        .as("one of each kind: %s / %s", personal.get(i).product().name(),
                                personal.get(j).product().name()).isFalse();
            }
        }
    }

    @Test
    void anEmptyStoreOrAnUnknownProductSuggestsNothingAndDoesNotFail() {
        StoreInfo empty = new StoreInfo(-1, "NONE", "No such store", "Nowhere", StoreKind.STORE, "NL",
                Currency.getInstance("EUR"));
        long pasta = productWithPartners();

        assertThat(suggestions.goesWith(empty, List.of(pasta), Set.of(), 5)).isEmpty();
        assertThat(suggestions.alternatives(empty, pasta, 5)).isEmpty();
        assertThat(suggestions.forHand(ams, List.of(987_654_321L), 5)).isEmpty();
        SuggestionService untrained = new SuggestionService(db.transactor(), catalog,
                new InventoryService(db.transactor()), Services.on(db.transactor()).consents(), CoPurchaseModel::empty,
                Clock.systemUTC());
        assertThat(untrained.goesWith(ams, List.of(pasta), Set.of(), 5)).isEmpty();
    }

    @Test
    void theStoreSeesItsAcceptanceRate() {
        Instant start = Instant.now().minusSeconds(1);
        List<Suggestion> shown = suggestions.goesWith(ams, List.of(productWithPartners()), Set.of(), 3);
        long staff = db.transactor().read(s -> s.createSelectionQuery(
                "select m.id from StaffMember m where m.store.code = 'AMS' order by m.id", Long.class)
                .setMaxResults(1).getSingleResult());
        List<Long> outcomes = suggestions.shown(ams, staff, shown);
        suggestions.accepted(outcomes.get(0));
        suggestions.accepted(outcomes.get(0));

        SuggestionService.Acceptance rate = suggestions.acceptance(ams.id(), start);
        assertThat(rate.shown()).isEqualTo(shown.size());
        assertThat(rate.accepted()).as("a second tap counts once").isEqualTo(1);
    }

    @Test
    void trainingReadsWhatTheDatabaseHolds() {
        CoPurchaseModel again = new CoPurchaseTraining(db.transactor(), Clock.systemUTC()).train(ProgressListener.NONE);
        assertThat(again.baskets()).isEqualTo(model.baskets());
        assertThat(again.lines()).isEqualTo(model.lines());
    }
}
