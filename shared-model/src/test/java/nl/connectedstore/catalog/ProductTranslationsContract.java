package nl.connectedstore.catalog;

import java.time.Clock;
import nl.connectedstore.suggest.SuggestionService;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.sales.BasketItem;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CustomerSales;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.sales.ScanLookup;
import nl.connectedstore.scan.ScannedCode;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.Test;

/**
 * Product names, descriptions and location names in the customer's language (issue 16, item 5), read with the
 * kiosk's own database login, on whatever database a subclass opens: the demo chain's Dutch and Danish texts, English
 * where a product has no translation, and search by the name in the chosen language.
 */
abstract class ProductTranslationsContract {

    static final Locale DUTCH = new Locale("nl", "NL");
    static final Locale DANISH = new Locale("da", "DK");
    static final String TERMINAL = "AMS-CHECKOUT-1";
    static Database owner;
    static Database kiosk;
    private static CatalogService catalog;
    private static StoreInfo amsterdam;
    private static ShopSearch indexed;
    private static String appleJuice;
    private static String cola;

    /** After the subclass opened {@link #owner} and {@link #kiosk}. */
    static void setUp() {
        catalog = new CatalogService(kiosk.transactor());
        amsterdam = Services.on(kiosk.transactor()).stores().store("AMS").orElseThrow();
        appleJuice = gtinOf("Apple juice 1 L", "Fresco");
        cola = gtinOf("Cola 1.5 L", "Fresco");
        // a product whose Dutch text is missing: it shows its English name and description in Dutch
        owner.transactor().write(session -> session.createNativeMutationQuery(
                        "delete from product_text where language = 'nl' and product_id = (select id from product"
                                + " where gtin = :gtin)")
                .setParameter("gtin", cola).executeUpdate());
        indexed = new ShopSearch(catalog, kiosk.transactor());
        indexed.rebuild(ProgressListener.NONE);
    }

    private static String gtinOf(String name, String brand) {
        return owner.transactor().read(session -> session.createSelectionQuery(
                        "select p.gtin from Product p where p.name = :name and p.brand = :brand", String.class)
                .setParameter("name", name).setParameter("brand", brand).getSingleResult());
    }

    @Test
    void aProductIsNamedInTheCustomersLanguageAndInEnglishWithoutOne() {
        assertThat(catalog.byGtin(amsterdam, appleJuice, DUTCH).orElseThrow().name()).isEqualTo("Appelsap 1 L");
        assertThat(catalog.byGtin(amsterdam, appleJuice, DANISH).orElseThrow().name()).isEqualTo("Æblejuice 1 L");
        assertThat(catalog.byGtin(amsterdam, appleJuice, Locale.ENGLISH).orElseThrow().name())
                .isEqualTo("Apple juice 1 L");
        assertThat(catalog.byGtin(amsterdam, appleJuice).orElseThrow().name()).isEqualTo("Apple juice 1 L");
    }

    @Test
    void aMissingTranslationFallsBackToTheEnglishText() {
        ProductCard inDutch = catalog.byGtin(amsterdam, cola, DUTCH).orElseThrow();
        assertThat(inDutch.name()).isEqualTo("Cola 1.5 L");
        assertThat(catalog.description(inDutch.id(), DUTCH)).contains("Cola 1.5 L by Fresco.");
        assertThat(catalog.byGtin(amsterdam, cola, DANISH).orElseThrow().name()).isEqualTo("Cola 1,5 L");
        // a language the catalogue has no texts in at all
        assertThat(catalog.byGtin(amsterdam, appleJuice, Locale.GERMAN).orElseThrow().name())
                .isEqualTo("Apple juice 1 L");
    }

    @Test
    void theDescriptionFollowsTheLanguage() {
        long id = catalog.byGtin(amsterdam, appleJuice).orElseThrow().id();
        assertThat(catalog.description(id, DUTCH)).contains("Appelsap 1 L van Fresco.");
        assertThat(catalog.description(id, DANISH)).contains("Æblejuice 1 L fra Fresco.");
        assertThat(catalog.description(id)).contains("Apple juice 1 L by Fresco.");
    }

    @Test
    void searchFindsAProductByItsNameInTheChosenLanguage() {
        assertThat(indexed.ready()).isTrue();
        ShopResults dutch = indexed.search(amsterdam, ShopQuery.text("appelsap"), DUTCH);
        assertThat(dutch.cards()).extracting(ProductCard::name).isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("Appelsap"))
                .contains("Appelsap 1 L");
        ShopResults danish = indexed.search(amsterdam, ShopQuery.text("æblejuice"), DANISH);
        assertThat(danish.cards()).extracting(ProductCard::name).isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("Æblejuice"));
        // the same products as the English words find, named in the language
        assertThat(dutch.cards()).extracting(ProductCard::id).containsExactlyInAnyOrderElementsOf(
                indexed.search(amsterdam, ShopQuery.text("apple juice"), null).cards().stream()
                        .map(ProductCard::id).toList());
    }

    @Test
    void englishSearchIsAsItWasAndEnglishWordsStillWorkInAnotherLanguage() {
        assertThat(indexed.search(amsterdam, ShopQuery.text("appelsap")).cards()).isEmpty();
        assertThat(indexed.search(amsterdam, ShopQuery.text("apple juice")).cards())
                .isEqualTo(indexed.search(amsterdam, ShopQuery.text("apple juice"), Locale.ENGLISH).cards());
        assertThat(indexed.search(amsterdam, ShopQuery.text("apple juice"), DUTCH).cards())
                .extracting(ProductCard::name).contains("Appelsap 1 L");
        // a typo in the Dutch name is forgiven as in the English one
        assertThat(indexed.search(amsterdam, ShopQuery.text("apelsap"), DUTCH).cards())
                .extracting(ProductCard::name).contains("Appelsap 1 L");
    }

    @Test
    void untilTheIndexIsBuiltTheWordTableFindsTranslatedNamesToo() {
        ShopSearch cold = new ShopSearch(catalog);
        assertThat(cold.search(amsterdam, ShopQuery.text("appelsap"), DUTCH).cards())
                .extracting(ProductCard::name).contains("Appelsap 1 L");
        assertThat(cold.search(amsterdam, ShopQuery.text("æblejuice"), DANISH).cards())
                .extracting(ProductCard::name).contains("Æblejuice 1 L");
        // in English the Dutch word finds nothing, as before; nor does a Danish word in Dutch
        assertThat(cold.search(amsterdam, ShopQuery.text("appelsap")).cards()).isEmpty();
        assertThat(cold.search(amsterdam, ShopQuery.text("æblejuice"), DUTCH).cards()).isEmpty();
    }

    @Test
    void tilesAreInTheOrderOfTheNamesShown() {
        for (ShopSearch search : List.of(indexed, new ShopSearch(catalog))) {
            List<String> names = search.search(amsterdam, ShopQuery.text("").inCategory("drinks"), DUTCH).cards()
                    .stream().map(ProductCard::name).toList();
            assertThat(names).hasSizeGreaterThan(5).contains("Appelsap 1 L");
            assertThat(names.stream().map(SearchText::normalise).toList()).isSorted();
        }
    }

    @Test
    void theWarehouseIsNamedInTheLanguageAndStoresKeepTheirNames() {
        long id = catalog.byGtin(amsterdam, appleJuice).orElseThrow().id();
        InventoryService inventory = new InventoryService(kiosk.transactor());
        assertThat(warehouse(inventory.availability(id, amsterdam.id(), DUTCH))).isEqualTo("Centraal magazijn");
        assertThat(warehouse(inventory.availability(id, amsterdam.id(), DANISH))).isEqualTo("Centrallager");
        assertThat(warehouse(inventory.availability(id, amsterdam.id()))).isEqualTo("Central warehouse");
        assertThat(inventory.availability(id, amsterdam.id(), DUTCH)).extracting(LocationStock::storeName)
                .contains("Connected Store Gent", "Connected Store København");
    }

    private static String warehouse(List<LocationStock> locations) {
        return locations.stream().filter(l -> l.kind() == StoreKind.WAREHOUSE).findFirst().orElseThrow().storeName();
    }

    @Test
    void theCountersOtherLocationsAreNamedInTheClerksLanguage() {
        long id = owner.transactor().read(session -> session.createSelectionQuery(
                "select min(l.product.id) from StockLevel l where l.store.code = 'WH' and l.quantity > 0",
                Long.class).getSingleResult());
        SuggestionService suggestions = new SuggestionService(kiosk.transactor(), catalog,
                new InventoryService(kiosk.transactor()), Services.on(kiosk.transactor()).consents(), () -> null,
                Clock.systemUTC());
        String dutchName = catalog.byId(amsterdam, id, DUTCH).orElseThrow().name();
        assertThat(suggestions.elsewhere(amsterdam, id, DUTCH)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.product().name()).isEqualTo(dutchName))
                .anySatisfy(s -> assertThat(s.reason().storeName()).isEqualTo("Centraal magazijn"));
        assertThat(suggestions.elsewhere(amsterdam, id))
                .anySatisfy(s -> assertThat(s.reason().storeName()).isEqualTo("Central warehouse"));
    }

    @Test
    void theSelfCheckoutNamesScansAndReceiptLinesInTheLanguage() {
        var checkout = Services.on(kiosk.transactor()).checkout();
        ScanLookup found = checkout.in(DUTCH).lookUp(TERMINAL, new ScannedCode.TradeItem(appleJuice, appleJuice));
        assertThat(found).isInstanceOfSatisfying(ScanLookup.Found.class,
                f -> assertThat(f.item().name()).isEqualTo("Appelsap 1 L"));
        long id = catalog.byGtin(amsterdam, appleJuice).orElseThrow().id();
        Receipt danish = checkout.in(DANISH).quote(TERMINAL, List.of(CartLine.of(id, 2)));
        assertThat(danish.lines()).extracting(Receipt.Line::name).containsExactly("Æblejuice 1 L");
        Receipt english = checkout.quote(TERMINAL, List.of(CartLine.of(id, 2)));
        assertThat(english.lines()).extracting(Receipt.Line::name).containsExactly("Apple juice 1 L");
    }

    @Test
    void thePortalsPurchaseHistoryNamesProductsInTheLanguage() {
        long customer = owner.transactor().read(session -> session.createSelectionQuery(
                "select min(s.customer.id) from Sale s where s.customer is not null", Long.class).getSingleResult());
        CustomerSales sales = new CustomerSales(owner.transactor());
        List<String> english = sales.purchasesOf(customer).stream().flatMap(p -> p.items().stream())
                .map(CustomerSales.PurchasedItem::name).toList();
        List<String> danish = sales.purchasesOf(customer, DANISH).stream().flatMap(p -> p.items().stream())
                .map(CustomerSales.PurchasedItem::name).toList();
        assertThat(danish).hasSameSizeAs(english).isNotEqualTo(english);
        List<String> expected = owner.transactor().read(session -> session.createNativeQuery(
                        "select t.name from sale s join sale_line l on l.sale_id = s.id join product_text t"
                                + " on t.product_id = l.product_id and t.language = 'da' where s.customer_id = :c",
                        String.class)
                .setParameter("c", customer).getResultList());
        assertThat(danish).containsExactlyInAnyOrderElementsOf(expected);
    }
}
