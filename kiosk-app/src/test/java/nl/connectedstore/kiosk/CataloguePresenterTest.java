package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.CategoryView;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopQuery;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue and the product page without a screen, on the shared demo chain (they only read), through the
 * kiosk's own database user; the search answers from the database's word prefixes (no index built), as a kiosk
 * does while its index is still being built.
 */
class CataloguePresenterTest {

    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static CatalogService catalog;
    private static InventoryService inventory;

    private CataloguePresenter presenter;

    @BeforeAll
    static void openDemoChain() {
        kiosk = DemoDatabase.getAs(AppRole.KIOSK);
        amsterdam = Services.on(kiosk.transactor()).stores().store("AMS").orElseThrow();
        catalog = new CatalogService(kiosk.transactor());
        inventory = new InventoryService(kiosk.transactor());
    }

    @BeforeEach
    void open() {
        presenter = new CataloguePresenter(catalog, new ShopSearch(catalog), amsterdam, TaskExecutor.direct(),
                new SimpleDoubleProperty(1));
        presenter.load();
    }

    @Test
    void searchingIsBusyWhileTheHeldSearchRunsAndNotOnceItsAnswerIsIn() {
        HeldExecutor held = new HeldExecutor();
        CataloguePresenter fresh = new CataloguePresenter(catalog, new ShopSearch(catalog), amsterdam, held,
                new SimpleDoubleProperty(1));
        held.hold();
        fresh.load();
        assertThat(fresh.searchingProperty().get()).as("busy the moment the language was tapped").isTrue();
        assertThat(fresh.results()).isEmpty();

        held.release();

        assertThat(fresh.searchingProperty().get()).isFalse();
        assertThat(fresh.results()).isNotEmpty();
    }

    @Test
    void searchingIsNotBusyAfterASearchFailed() {
        Database closing = DemoDatabase.as(DemoDatabase.get(), AppRole.KIOSK);
        CatalogService broken = new CatalogService(closing.transactor());
        closing.close(); // the database went away: the search fails
        HeldExecutor held = new HeldExecutor();
        CataloguePresenter failing = new CataloguePresenter(broken, new ShopSearch(broken), amsterdam, held,
                new SimpleDoubleProperty(1));
        held.hold();
        failing.textProperty().set("spaghetti");
        assertThat(failing.searchingProperty().get()).isTrue();

        held.release();

        assertThat(failing.searchingProperty().get()).isFalse();
        assertThat(failing.emptyProperty().get()).isEqualTo(ShopNote.of("kiosk.results.failed"));
    }

    @Test
    void theFirstPageShowsProductsWithTheirStockHereAndEveryCategory() {
        assertThat(presenter.categories()).extracting(CategoryView::code).contains("beer-wine", "spirits");
        assertThat(presenter.results()).isNotEmpty().hasSizeLessThanOrEqualTo(CataloguePresenter.PAGE);
        assertThat(presenter.results()).extracting(ProductCard::stock).contains(StockStatus.IN_STOCK);
        assertThat(presenter.shownProperty().get().total()).isGreaterThanOrEqualTo(presenter.results().size());
        assertThat(presenter.emptyProperty().get()).isNull();
        assertThat(presenter.brands()).first().as("all brands").isNull();
    }

    @Test
    void aSearchWithNoHitsSaysSoWithTheWordsTyped() {
        presenter.textProperty().set("  zzqx ");

        assertThat(presenter.results()).isEmpty();
        assertThat(presenter.emptyProperty().get()).isEqualTo(ShopNote.of("kiosk.results.none", "zzqx"));
        assertThat(presenter.shownProperty().get().total()).isZero();

        presenter.textProperty().set("");
        assertThat(presenter.results()).isNotEmpty();
        assertThat(presenter.emptyProperty().get()).isNull();
    }

    @Test
    void aCategoryNarrowsTheResultsAndItsBrands() {
        CategoryView wine = presenter.categories().stream().filter(c -> c.code().equals("beer-wine")).findFirst()
                .orElseThrow();
        presenter.categoryProperty().set(wine);

        assertThat(presenter.results()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.categoryCode()).isEqualTo("beer-wine"));
        List<String> brands = presenter.brands().subList(1, presenter.brands().size());
        assertThat(brands).isNotEmpty().containsExactlyInAnyOrderElementsOf(catalog.brands("beer-wine"));
    }

    @Test
    void aBrandInStockHereCheapestFirst() {
        ProductCard some = presenter.results().stream().filter(c -> c.stock() == StockStatus.IN_STOCK
                && c.price() != null).findFirst().orElseThrow();
        presenter.brandProperty().set(some.brand());
        presenter.inStockHereProperty().set(true);
        presenter.orderProperty().set(ShopQuery.Order.PRICE_LOW_HIGH);

        List<ProductCard> shown = List.copyOf(presenter.results());
        assertThat(shown).isNotEmpty().allSatisfy(c -> {
            assertThat(c.brand()).isEqualTo(some.brand());
            assertThat(c.stock()).isEqualTo(StockStatus.IN_STOCK);
        });
        assertThat(shown).extracting(c -> c.price().amount()).isSorted();
        assertThat(shown).extracting(ProductCard::id).contains(some.id());

        presenter.orderProperty().set(ShopQuery.Order.PRICE_HIGH_LOW);
        assertThat(presenter.results()).extracting(c -> c.price().amount())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aBrandNotInTheNewCategoryIsLetGo() {
        ProductCard some = presenter.results().stream().filter(c -> !c.categoryCode().equals("spirits"))
                .filter(c -> !catalog.brands("spirits").contains(c.brand())).findFirst().orElseThrow();
        presenter.brandProperty().set(some.brand());
        CategoryView spirits = presenter.categories().stream().filter(c -> c.code().equals("spirits")).findFirst()
                .orElseThrow();
        presenter.categoryProperty().set(spirits);

        assertThat(presenter.brandProperty().get()).isNull();
        assertThat(presenter.results()).isNotEmpty().allSatisfy(c -> assertThat(c.categoryCode()).isEqualTo("spirits"));
    }

    @Test
    void aPriceRangeFiltersAndAPriceBeingTypedKeepsTheLastResults() {
        presenter.minPriceProperty().set("2");
        presenter.maxPriceProperty().set("3,50");
        List<ProductCard> between = List.copyOf(presenter.results());
        assertThat(between).isNotEmpty().allSatisfy(c -> assertThat(c.price().amount())
                .isBetween(new java.math.BigDecimal("2"), new java.math.BigDecimal("3.50")));
        assertThat(presenter.priceProblemProperty().get()).isFalse();

        presenter.maxPriceProperty().set("3,");
        assertThat(presenter.priceProblemProperty().get()).isTrue();
        assertThat(presenter.results()).containsExactlyElementsOf(between);
        presenter.maxPriceProperty().set("1");
        assertThat(presenter.priceProblemProperty().get()).as("the lowest above the highest").isTrue();
        presenter.maxPriceProperty().set("");
        assertThat(presenter.priceProblemProperty().get()).isFalse();
        assertThat(presenter.results()).allSatisfy(c -> assertThat(c.price().amount())
                .isGreaterThanOrEqualTo(new java.math.BigDecimal("2")));
    }

    @Test
    void aProductOnTheShelfHereIsAddedToTheBasketInTheChosenQuantity() {
        ProductCard card = presenter.results().stream().filter(c -> c.stock() == StockStatus.IN_STOCK
                && c.price() != null && !c.soldByWeight()).findFirst().orElseThrow();
        WebBasket basket = new WebBasket();
        ProductPresenter product = new ProductPresenter(card, amsterdam, catalog, inventory, null, basket,
                TaskExecutor.direct());

        assertThat(product.locations()).first().satisfies(here -> {
            assertThat(here.stock().here()).isTrue();
            assertThat(here.has()).isTrue();
            assertThat(here.readyInDays()).isZero();
        });
        assertThat(product.locations()).filteredOn(w -> !w.stock().here() && w.has())
                .allSatisfy(w -> assertThat(w.readyInDays()).isPositive());
        assertThat(product.canAddProperty().get()).isTrue();
        assertThat(product.notOrderableProperty().get()).isNull();

        product.more();
        product.more();
        product.less();
        product.addToBasket();
        assertThat(basket.lines()).singleElement().satisfies(l -> {
            assertThat(l.card().id()).isEqualTo(card.id());
            assertThat(l.quantity()).isEqualTo(2);
        });
        assertThat(product.addedProperty().get()).isEqualTo(ShopNote.of("product.added", 2, card.name()));

        for (int i = 0; i < 120; i++) {
            product.more();
        }
        assertThat(product.quantityProperty().get()).isEqualTo(nl.connectedstore.orders.OrderService.MAX_QUANTITY);
    }

    @Test
    void weighedGoodsCannotBeOrderedAndAKioskWithoutBasketAddsNothing() {
        ProductCard weighed = catalog.search(amsterdam, new nl.connectedstore.catalog.SearchQuery("", null, 200))
                .stream().filter(ProductCard::soldByWeight).findFirst().orElseThrow();
        WebBasket basket = new WebBasket();
        ProductPresenter product = new ProductPresenter(weighed, amsterdam, catalog, inventory, null, basket,
                TaskExecutor.direct());
        assertThat(product.canAddProperty().get()).isFalse();
        assertThat(product.notOrderableProperty().get()).isEqualTo(ShopNote.of("product.weighedNotOrderable"));
        product.addToBasket();
        assertThat(basket.lines()).isEmpty();

        ProductCard card = presenter.results().stream().filter(c -> c.stock() == StockStatus.IN_STOCK
                && c.price() != null && !c.soldByWeight()).findFirst().orElseThrow();
        ProductPresenter shopOnly = new ProductPresenter(card, amsterdam, catalog, inventory, null, null,
                TaskExecutor.direct());
        assertThat(shopOnly.locations()).isNotEmpty();
        assertThat(shopOnly.canAddProperty().get()).isFalse();
    }
}
