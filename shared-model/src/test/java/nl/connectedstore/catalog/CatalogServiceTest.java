package nl.connectedstore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {

    private static CatalogService catalog;
    private static InventoryService inventory;
    private static StoreInfo amsterdam;
    private static StoreInfo copenhagen;

    @BeforeAll
    static void openDemo() {
        Transactor tx = DemoDatabase.get().transactor();
        catalog = new CatalogService(tx);
        inventory = new InventoryService(tx);
        StoreService stores = Services.on(tx).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        copenhagen = stores.store("CPH").orElseThrow();
    }

    @Test
    void accentsAndCaseAreIgnored() {
        List<ProductCard> found = catalog.search(amsterdam, SearchQuery.text("CREME"));
        assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.name()).containsIgnoringCase("crème"));
    }

    @Test
    void everyTypedWordIsAPrefixOfSomeWord() {
        List<ProductCard> found = catalog.search(amsterdam, SearchQuery.text("gre yog"));
        assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.name()).contains("Greek yoghurt"));
    }

    @Test
    void brandsAreSearchable() {
        assertThat(catalog.search(amsterdam, SearchQuery.text("zuivelhoeve")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.brand()).isEqualTo("Zuivelhoeve"));
    }

    @Test
    void resultsAreInNameOrderAndLimited() {
        List<ProductCard> found = catalog.search(amsterdam, new SearchQuery("", null, 25));
        assertThat(found).hasSize(25);
        assertThat(found).extracting(p -> SearchText.normalise(p.name())).isSorted();
    }

    @Test
    void aCategoryNarrowsTheList() {
        CategoryView dairy = catalog.categories().stream().filter(c -> c.code().equals("dairy")).findFirst().orElseThrow();
        assertThat(catalog.search(amsterdam, new SearchQuery("", dairy.id(), 500)))
                .hasSizeGreaterThan(50).allSatisfy(p -> assertThat(p.categoryCode()).isEqualTo("dairy"));
    }

    @Test
    void nonsenseFindsNothingAndPunctuationIsNoWildcard() {
        assertThat(catalog.search(amsterdam, SearchQuery.text("xyzzyq"))).isEmpty();
        assertThat(catalog.search(amsterdam, SearchQuery.text("spag%etti"))).isEmpty();
        assertThat(catalog.search(amsterdam, SearchQuery.text("spaghetti%")))
                .isEqualTo(catalog.search(amsterdam, SearchQuery.text("spaghetti")));
    }

    @Test
    void pricesAreInTheStoresCurrency() {
        ProductCard nl = catalog.search(amsterdam, SearchQuery.text("spaghetti")).get(0);
        ProductCard dk = catalog.byGtin(copenhagen, nl.gtin()).orElseThrow();
        assertThat(nl.price().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(dk.price().currency().getCurrencyCode()).isEqualTo("DKK");
        assertThat(dk.price().amount()).isGreaterThan(nl.price().amount().multiply(java.math.BigDecimal.valueOf(6)));
    }

    @Test
    void stockStatusMatchesTheChainsStockLevels() {
        List<ProductCard> all = catalog.search(amsterdam, new SearchQuery("", null, 500));
        assertThat(all).extracting(ProductCard::stock).contains(StockStatus.IN_STOCK);
        for (ProductCard card : all.subList(0, 40)) {
            LocationStock here = inventory.availability(card.id(), amsterdam.id()).get(0);
            assertThat(here.here()).isTrue();
            switch (card.stock()) {
                case NOT_CARRIED -> assertThat(here.carried()).isFalse();
                case SOLD_OUT -> assertThat(here.quantity()).isZero();
                case IN_STOCK -> assertThat(here.quantity()).isEqualTo(card.quantityHere()).isPositive();
            }
        }
    }

    @Test
    void availabilityListsThisStoreThenOtherStoresThenTheWarehouse() {
        ProductCard card = catalog.search(amsterdam, SearchQuery.text("olive oil")).get(0);
        List<LocationStock> where = inventory.availability(card.id(), amsterdam.id());
        assertThat(where).hasSize(4);
        assertThat(where.get(0).storeCode()).isEqualTo("AMS");
        assertThat(where.get(3).storeCode()).isEqualTo("WH");
    }

    @Test
    void anUnknownGtinIsEmpty() {
        assertThat(catalog.byGtin(amsterdam, "4006381333931")).isEmpty();
    }
}
