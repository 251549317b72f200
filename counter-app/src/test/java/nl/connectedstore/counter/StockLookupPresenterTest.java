package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.suggest.ReasonKind;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stock look-up's flow without a screen: search and scan, stock here and elsewhere, stand-ins for what is sold
 * out here and reserving it at another location, on a real demo chain with the counter's database rights.
 */
class StockLookupPresenterTest {

    private static ClientelingChain chain;

    @BeforeAll
    static void openChain() {
        chain = ClientelingChain.get();
    }

    private static StockLookupPresenter presenter(TaskExecutor executor) {
        return new StockLookupPresenter(chain.catalog, chain.inventory, chain.amsterdam, executor,
                Optional.of(new StockLookupPresenter.Alternatives(chain.clienteling.suggestions(),
                        chain.clienteling.reservations(), DemoStaff.signIn(chain.counter, "AMS", "2345"))),
                Locale.ENGLISH);
    }

    @Test
    void aScannedBarcodeFindsExactlyThatProductAndShowsItsStockAtEveryLocation() {
        StockLookupPresenter lookup = presenter(TaskExecutor.direct());
        ProductCard any = chain.catalog.search(chain.amsterdam, new SearchQuery("a", null, 20)).get(0);

        lookup.search(" " + any.gtin() + " ");

        assertThat(lookup.products()).extracting(ProductCard::gtin).containsExactly(any.gtin());
        assertThat(lookup.selectedProperty().get()).as("one hit is picked at once").isEqualTo(lookup.products().get(0));
        assertThat(lookup.locations()).extracting(LocationStock::storeCode).containsExactly("AMS", "GNT", "CPH", "WH");
        assertThat(lookup.locations()).filteredOn(LocationStock::here).singleElement()
                .satisfies(here -> assertThat(here.storeCode()).isEqualTo("AMS"));
    }

    @Test
    void theSearchAndTheStockLookUpAreBusyWhileHeldAndNotOnceAnswered() {
        nl.connectedstore.ui.HeldExecutor held = new nl.connectedstore.ui.HeldExecutor();
        StockLookupPresenter lookup = presenter(held);
        held.hold();
        lookup.search("a");
        assertThat(lookup.searchingProperty().get()).as("a spinner the moment it was typed").isTrue();
        held.release();
        assertThat(lookup.searchingProperty().get()).isFalse();
        assertThat(lookup.products()).hasSizeGreaterThan(1);

        held.hold();
        lookup.select(lookup.products().get(0));
        assertThat(lookup.lookingUpProperty().get()).as("a veil over the locations while they are read").isTrue();
        held.release();
        assertThat(lookup.lookingUpProperty().get()).isFalse();
        assertThat(lookup.locations()).hasSize(4);
    }

    @Test
    void wordsListEveryMatchAndPickingOneShowsItsStock() {
        StockLookupPresenter lookup = presenter(TaskExecutor.direct());

        lookup.search("a");

        assertThat(lookup.products()).hasSizeGreaterThan(1);
        assertThat(lookup.selectedProperty().get()).isNull();
        assertThat(lookup.locations()).isEmpty();
        ProductCard picked = lookup.products().get(1);
        lookup.select(picked);
        assertThat(lookup.locations()).hasSize(4);
        lookup.select(null);
        assertThat(lookup.locations()).isEmpty();
    }

    @Test
    void aSearchWithNoHitsSaysWhatFoundNothing() {
        StockLookupPresenter lookup = presenter(TaskExecutor.direct());
        lookup.search("a");
        lookup.select(lookup.products().get(0));

        lookup.search("  qqqzzz nothing like it ");

        assertThat(lookup.products()).isEmpty();
        assertThat(lookup.placeholderProperty().get()).isEqualTo(StockLookupPresenter.Placeholder.NO_HITS);
        assertThat(lookup.searchedProperty().get()).isEqualTo("qqqzzz nothing like it");
        assertThat(lookup.selectedProperty().get()).isNull();
        assertThat(lookup.locations()).isEmpty();

        lookup.search("");
        assertThat(lookup.placeholderProperty().get()).isEqualTo(StockLookupPresenter.Placeholder.PICK);
    }

    @Test
    void aProductSoldOutHereShowsStandInsInStockHereAndWhereToReserveIt() {
        long product = chain.soldOutHere(2, 5);
        StockLookupPresenter lookup = presenter(TaskExecutor.direct());

        lookup.search(chain.catalog.byId(chain.amsterdam, product).orElseThrow().gtin());

        StockLookupPresenter.Instead instead = lookup.insteadProperty().get();
        assertThat(instead).isNotNull();
        assertThat(instead.wanted().id()).isEqualTo(product);
        assertThat(instead.similar()).isNotEmpty().hasSizeLessThanOrEqualTo(StockLookupPresenter.STAND_INS)
                .allSatisfy(s -> {
                    assertThat(s.reason().kind()).isEqualTo(ReasonKind.SIMILAR_IN_STOCK);
                    assertThat(s.product().quantityHere()).isPositive();
                    assertThat(s.product().id()).isNotEqualTo(product);
                });
        assertThat(instead.reserveAt()).extracting(r -> r.location().storeCode()).contains("WH")
                .doesNotContain("AMS");
        assertThat(instead.reserveAt()).allSatisfy(r -> assertThat(r.location().quantity()).isPositive());
    }

    @Test
    void reserveTappedTwiceWhileStoringHoldsOneUnitAndTheStockShowsIt() {
        long product = chain.soldOutHere(3, 5);
        HeldExecutor executor = new HeldExecutor();
        StockLookupPresenter lookup = presenter(executor);
        lookup.search(chain.catalog.byId(chain.amsterdam, product).orElseThrow().gtin());
        StockLookupPresenter.ReserveAt warehouse = lookup.insteadProperty().get().reserveAt().stream()
                .filter(r -> r.location().storeCode().equals("WH")).findFirst().orElseThrow();

        executor.hold();
        lookup.reserve(warehouse);
        lookup.reserve(warehouse);
        executor.release();
        lookup.reserve(warehouse);

        assertThat(chain.stock(product, "WH")).isEqualTo(4);
        assertThat(chain.clienteling.reservations().heldFor(chain.amsterdam.id()))
                .filteredOn(r -> r.productId() == product).singleElement();
        assertThat(lookup.reservedProperty().get().sourceStoreName()).isEqualTo("Central warehouse");
        assertThat(lookup.locations()).filteredOn(l -> l.storeCode().equals("WH")).singleElement()
                .satisfies(wh -> assertThat(wh.quantity()).as("the table shows the new stock").isEqualTo(4));
    }

    @Test
    void reservingWhereNoneIsLeftSaysSoAndStoresNothing() {
        long product = chain.soldOutHere(4, 1);
        StockLookupPresenter lookup = presenter(TaskExecutor.direct());
        lookup.search(chain.catalog.byId(chain.amsterdam, product).orElseThrow().gtin());
        StockLookupPresenter.ReserveAt warehouse = lookup.insteadProperty().get().reserveAt().stream()
                .filter(r -> r.location().storeCode().equals("WH")).findFirst().orElseThrow();
        chain.soldOutHere(4, 0);

        lookup.reserve(warehouse);

        assertThat(lookup.reservedProperty().get()).isNull();
        assertThat(lookup.reserveProblemProperty().get()).isEqualTo("suggest.reserveFailed");
        assertThat(warehouse.nothingLeftProperty().get()).isTrue();
        assertThat(chain.clienteling.reservations().heldFor(chain.amsterdam.id()))
                .noneMatch(r -> r.productId() == product);
    }

    @Test
    void aCounterWithoutClientelingShowsStockButNoStandIns() {
        long product = chain.soldOutHere(5, 5);
        StockLookupPresenter lookup = new StockLookupPresenter(chain.catalog, chain.inventory, chain.amsterdam,
                TaskExecutor.direct(), Optional.empty(), Locale.ENGLISH);

        lookup.search(chain.catalog.byId(chain.amsterdam, product).orElseThrow().gtin());

        assertThat(lookup.locations()).hasSize(4);
        assertThat(lookup.insteadProperty().get()).isNull();
    }

    @Test
    void aDanishCounterFindsAndNamesProductsInDanish() {
        Locale danish = new Locale("da", "DK");
        ProductCard english = chain.catalog.search(chain.amsterdam, new SearchQuery("apple juice", null, 1))
                .get(0);
        String inDanish = chain.catalog.byId(chain.amsterdam, english.id(), danish).orElseThrow().name();
        StockLookupPresenter lookup = new StockLookupPresenter(chain.catalog, chain.inventory, chain.amsterdam,
                TaskExecutor.direct(), Optional.empty(), danish);

        lookup.search(english.gtin());

        assertThat(inDanish).as("the demo chain translates it: so this could fail").isNotEqualTo(english.name());
        assertThat(lookup.products()).extracting(ProductCard::name).containsExactly(inDanish);
    }
}
