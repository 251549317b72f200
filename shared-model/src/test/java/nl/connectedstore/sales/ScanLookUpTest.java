package nl.connectedstore.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.Gtin;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.ScannedCode;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a scanned code turns into at a till: the demo chain's barcodes and its own weight and price labels. */
class ScanLookUpTest {

    private static CheckoutService checkout;
    private static ProductCard counted;
    private static ProductCard loose;
    private static String looseScaleCode;
    private static final CodeReader reader = new CodeReader(VariableMeasureScheme.DEMO);

    @BeforeAll
    static void open() {
        Database db = DemoDatabase.get();
        checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout();
        StoreInfo amsterdam = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
        List<ProductCard> all = new CatalogService(db.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT));
        counted = all.stream().filter(p -> !p.soldByWeight() && p.price() != null).findFirst().orElseThrow();
        loose = all.stream().filter(p -> p.soldByWeight() && p.price() != null).findFirst().orElseThrow();
        looseScaleCode = String.format("%05d", loose.id());
    }

    private static ScannedCode read(String digits) {
        return ((CodeReader.Result.Read) reader.read(digits)).code();
    }

    private static String label(String prefix, String item, int amount) {
        return Gtin.withCheckDigit(prefix + item + String.format("%05d", amount));
    }

    @Test
    void aProductsBarcodeGivesOnePieceAtTheShelfPrice() {
        ScanLookup found = checkout.lookUp("AMS-CHECKOUT-1", read(counted.gtin()));
        BasketItem item = ((ScanLookup.Found) found).item();
        assertThat(item.productId()).isEqualTo(counted.id());
        assertThat(item.unitPrice()).isEqualTo(counted.price());
        assertThat(item.quantity()).isEqualByComparingTo("1");
        assertThat(item.vatRate()).isPositive();
    }

    @Test
    void aWeightLabelGivesTheWeighedQuantity() {
        ScanLookup found = checkout.lookUp("AMS-CHECKOUT-1", read(label("21", looseScaleCode, 1234)));
        BasketItem item = ((ScanLookup.Found) found).item();
        assertThat(item.productId()).isEqualTo(loose.id());
        assertThat(item.quantity()).isEqualByComparingTo("1.234");
        assertThat(item.labelTotal()).isNull();
    }

    @Test
    void aPriceLabelFixesWhatTheLineCosts() {
        ScanLookup found = checkout.lookUp("AMS-CHECKOUT-1", read(label("28", looseScaleCode, 449)));
        BasketItem item = ((ScanLookup.Found) found).item();
        assertThat(item.labelTotal()).isEqualTo(Money.of("4.49", "EUR"));
        assertThat(item.quantity()).isEqualByComparingTo(
                new BigDecimal("4.49").divide(loose.price().amount(), 3, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void aLooseItemsOwnBarcodeAsksForWeighingAndAnUnknownCodeIsUnknown() {
        assertThat(checkout.lookUp("AMS-CHECKOUT-1", read(loose.gtin()))).isInstanceOf(ScanLookup.NeedsWeighing.class);
        assertThat(checkout.lookUp("AMS-CHECKOUT-1", read(Gtin.withCheckDigit("400000000001"))))
                .isInstanceOf(ScanLookup.Unknown.class);
        assertThat(checkout.lookUp("AMS-CHECKOUT-1", read(label("21", "99999", 500))))
                .isInstanceOf(ScanLookup.Unknown.class);
    }
}
