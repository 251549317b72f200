package nl.connectedstore.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.money.Money;
import org.junit.jupiter.api.Test;

/** Stand-ins for a sold-out product: in stock, alike, close in price, same brand first. */
class AlternativesTest {

    private static ProductCard card(long id, String name, String brand, String category, String price,
                                    StockStatus stock) {
        return new ProductCard(id, "0", name, brand, category, price == null ? null : Money.of(price, "EUR"), false,
                0, stock, stock == StockStatus.IN_STOCK ? 5 : 0);
    }

    private static final ProductCard WANTED = card(1, "Barilla Spaghetti 500 g", "Barilla", "PASTA", "2.00",
            StockStatus.SOLD_OUT);

    @Test
    void sameBrandFirstThenClosestInPriceAndNothingOutOfStockOrOutOfBand() {
        List<ProductCard> candidates = List.of(
                card(2, "De Cecco Spaghetti 500 g", "De Cecco", "PASTA", "2.10", StockStatus.IN_STOCK),
                card(3, "Barilla Penne 500 g", "Barilla", "PASTA", "2.60", StockStatus.IN_STOCK),
                card(4, "Luxury Spaghetti 500 g", "Luxury", "PASTA", "6.00", StockStatus.IN_STOCK),
                card(5, "Garofalo Spaghetti 500 g", "Garofalo", "PASTA", "2.00", StockStatus.SOLD_OUT),
                card(6, "Store Spaghetti 500 g", "Store", "PASTA", "1.50", StockStatus.IN_STOCK),
                card(7, "Barilla Pesto", "Barilla", "SAUCE", "2.00", StockStatus.IN_STOCK),
                card(8, "Unpriced Spaghetti", "X", "PASTA", null, StockStatus.IN_STOCK));

        List<Suggestion> ranked = Alternatives.rank(WANTED, candidates, 5);

        assertThat(ranked).extracting(s -> s.product().id()).containsExactly(3L, 2L, 6L);
        assertThat(ranked).allSatisfy(s -> {
            assertThat(s.reason().kind()).isEqualTo(ReasonKind.SIMILAR_IN_STOCK);
            assertThat(s.reason().relatedName()).isEqualTo("Barilla Spaghetti 500 g");
        });
    }

    @Test
    void aProductWithoutCategoryFindsItsBrandOrNothing() {
        ProductCard loose = card(10, "Mystery item", "Acme", null, "3.00", StockStatus.SOLD_OUT);
        List<ProductCard> candidates = List.of(
                card(11, "Acme Gadget", "Acme", "TOYS", "3.20", StockStatus.IN_STOCK),
                card(12, "Other Gadget", "Other", "TOYS", "3.00", StockStatus.IN_STOCK));

        assertThat(Alternatives.rank(loose, candidates, 5)).extracting(s -> s.product().id()).containsExactly(11L);
        assertThat(Alternatives.rank(loose, List.of(), 5)).isEmpty();
    }

    @Test
    void anotherBrandOrLineOfTheSameThingIsTheSameKind() {
        ProductCard bags = card(20, "Trash bags 20 pcs", "EcoBright", "HOME", "2.79", StockStatus.IN_STOCK);
        ProductCard organic = card(21, "Organic Trash bags 20 pcs", "Rensk", "HOME", "3.39", StockStatus.IN_STOCK);
        ProductCard towels = card(22, "Kitchen towels 4 rolls", "EcoBright", "HOME", "3.09", StockStatus.IN_STOCK);

        assertThat(Alternatives.sameKind(bags, organic)).isTrue();
        assertThat(Alternatives.sameKind(bags, towels)).isFalse();
    }
}
