package nl.connectedstore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueIndexTest {

    private static final CatalogueIndex INDEX = CatalogueIndex.of(List.of(
            entry(1, "Crème fraîche 200 ml", "Belle Ferme", "dairy", "Dairy & cheese", "1.49"),
            entry(2, "Greek yoghurt 500 g", "Zuivelhoeve", "dairy", "Dairy & cheese", "2.49"),
            entry(3, "Green tea 20 bags", "Fresco", "drinks", "Drinks", "1.99"),
            entry(4, "Cheddar 250 g", "Belle Ferme", "dairy", "Dairy & cheese", "3.29"),
            entry(5, "Cheddar 250 g", "Nordmejeri", "dairy", "Dairy & cheese", null),
            entry(6, "Gin 700 ml", "Nordic Still", "spirits", "Spirits", "24.99"),
            entry(7, "Tin opener", "Köket", "home", "Home & kitchen", "6.99"),
            entry(8, "Cheddars of the world", "Köket", "home", "Home & kitchen", "12.99")));

    private static CatalogueIndex.Entry entry(long id, String name, String brand, String category, String categoryName,
                                              String euros) {
        return new CatalogueIndex.Entry(id, name, brand, category, categoryName, SearchText.normalise(name),
                euros == null ? Map.of() : Map.of("EUR", new BigDecimal(euros)));
    }

    private static List<Long> ids(ShopQuery query) {
        return INDEX.search(query, "EUR", Set.of()).ids();
    }

    @Test
    void accentsAndCaseAreIgnoredBothWays() {
        assertThat(ids(ShopQuery.text("creme"))).containsExactly(1L);
        assertThat(ids(ShopQuery.text("CRÈME FRAÎCHE"))).containsExactly(1L);
        assertThat(ids(ShopQuery.text("koket"))).containsExactlyInAnyOrder(7L, 8L);
    }

    @Test
    void everyTypedWordMustMatchAsAWordOrItsBeginning() {
        assertThat(ids(ShopQuery.text("gre yog"))).containsExactly(2L);
        assertThat(ids(ShopQuery.text("gre"))).containsExactlyInAnyOrder(2L, 3L);
        assertThat(ids(ShopQuery.text("yoghurt tea"))).isEmpty();
    }

    @Test
    void oneLetterOffStillFindsLongerWords() {
        assertThat(ids(ShopQuery.text("yoghrt"))).containsExactly(2L); // left out
        assertThat(ids(ShopQuery.text("chedar"))).contains(4L, 5L);
        assertThat(ids(ShopQuery.text("vheddar"))).contains(4L, 5L); // the first letter wrong
        assertThat(ids(ShopQuery.text("yoghrut"))).containsExactly(2L); // two letters swapped
    }

    @Test
    void shortWordsAreNotGuessed() {
        assertThat(ids(ShopQuery.text("gin"))).containsExactly(6L);
        assertThat(ids(ShopQuery.text("tin"))).containsExactly(7L);
    }

    @Test
    void theExactWordRanksAboveLongerWordsItBegins() {
        assertThat(ids(ShopQuery.text("cheddar"))).startsWith(4L, 5L).endsWith(8L);
    }

    @Test
    void theCategoryNameFindsItsProductsBelowNameMatches() {
        assertThat(ids(ShopQuery.text("dairy"))).containsExactlyInAnyOrder(1L, 2L, 4L, 5L);
    }

    @Test
    void filtersNarrowByCategoryBrandPriceAndStock() {
        assertThat(ids(ShopQuery.text("").inCategory("dairy").ofBrand("Belle Ferme"))).containsExactly(4L, 1L);
        assertThat(ids(ShopQuery.text("").pricedBetween(new BigDecimal("2.00"), new BigDecimal("12.99"))))
                .containsExactlyInAnyOrder(2L, 4L, 7L, 8L);
        assertThat(INDEX.search(ShopQuery.text("cheddar").onlyInStockHere(true), "EUR", Set.of(5L, 6L)).ids())
                .containsExactly(5L);
    }

    @Test
    void priceOrderPutsUnpricedProductsLastEitherWay() {
        assertThat(ids(ShopQuery.text("ched").orderedBy(ShopQuery.Order.PRICE_LOW_HIGH))).containsExactly(4L, 8L, 5L);
        assertThat(ids(ShopQuery.text("ched").orderedBy(ShopQuery.Order.PRICE_HIGH_LOW))).containsExactly(8L, 4L, 5L);
    }

    @Test
    void countsEveryMatchWhileReturningOnlyThePage() {
        CatalogueIndex.Hits hits = INDEX.search(new ShopQuery("", null, null, null, null, false,
                ShopQuery.Order.RELEVANCE, 3), "EUR", Set.of());
        assertThat(hits.ids()).hasSize(3);
        assertThat(hits.total()).isEqualTo(8);
        assertThat(hits.moreThan()).isFalse();
    }
}
