package nl.connectedstore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShopSearchTest {

    private static ShopSearch search;
    private static StoreInfo amsterdam;

    @BeforeAll
    static void buildIndex() {
        Transactor tx = DemoDatabase.get().transactor();
        search = Services.on(tx).search();
        amsterdam = Services.on(tx).stores().store("AMS").orElseThrow();
        search.rebuild(ProgressListener.NONE);
    }

    @Test
    void theLabelledTypoQueriesAreFoundOnTheFirstScreen() {
        List<TypoQuerySet.Outcome> outcomes = TypoQuerySet.run(search, amsterdam);
        // Every one-letter typo of a word of 4+ letters, accent and case query is found; the three
        // deliberate misses (3-letter word, two typos, missing space) are what keeps recall below 1.
        assertThat(outcomes).filteredOn(o -> !o.labelled().kind().equals("design-miss"))
                .allSatisfy(o -> assertThat(o.found()).as(o.labelled().query()).isTrue());
        assertThat(TypoQuerySet.recall(outcomes)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theWholeChainIsSearchedWithPriceAndStockHere() {
        ShopResults results = search.search(amsterdam, ShopQuery.text("cheddar"));
        assertThat(results.typoTolerant()).isTrue();
        assertThat(results.cards()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.name().toLowerCase()).contains("cheddar"));
        assertThat(results.total()).isEqualTo(results.cards().size());
    }

    @Test
    void inStockHereLeavesOutWhatThisStoreHasNot() {
        ShopResults all = search.search(amsterdam, ShopQuery.text(""));
        ShopResults here = search.search(amsterdam, ShopQuery.text("").onlyInStockHere(true));
        assertThat(here.total()).isLessThan(all.total()).isPositive();
        assertThat(here.cards()).allSatisfy(c -> assertThat(c.stock()).isEqualTo(StockStatus.IN_STOCK));
    }

    @Test
    void priceFiltersAndOrderUseTheStoresCurrency() {
        ShopResults cheap = search.search(amsterdam, ShopQuery.text("").inCategory("dairy")
                .pricedBetween(new BigDecimal("1.00"), new BigDecimal("2.00")).orderedBy(ShopQuery.Order.PRICE_HIGH_LOW));
        assertThat(cheap.cards()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.categoryCode()).isEqualTo("dairy");
            assertThat(c.price().amount()).isBetween(new BigDecimal("1.00"), new BigDecimal("2.00"));
        });
        assertThat(cheap.cards()).extracting(c -> c.price().amount()).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void brandsOfACategoryAreOffered() {
        assertThat(search.brands("dairy")).contains("Zuivelhoeve", "Belle Ferme").doesNotContain("Fresco");
        assertThat(search.brands(null)).contains("Zuivelhoeve", "Fresco");
    }

    @Test
    void beforeTheIndexIsBuiltTheDatabaseAnswersWithoutTypos() {
        Transactor tx = DemoDatabase.get().transactor();
        ShopSearch cold = new ShopSearch(new CatalogService(tx));
        ShopResults exact = cold.search(amsterdam, ShopQuery.text("cheddar").ofBrand("Belle Ferme"));
        assertThat(exact.typoTolerant()).isFalse();
        assertThat(exact.cards()).isNotEmpty().allSatisfy(c -> assertThat(c.brand()).isEqualTo("Belle Ferme"));
        assertThat(cold.search(amsterdam, ShopQuery.text("chedar")).cards()).isEmpty();
    }
}
