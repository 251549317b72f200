package nl.connectedstore.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchText;
import nl.connectedstore.catalog.StockStatus;

/**
 * Ranks stand-ins for a product the customer wants: in stock here and priced, the same category (or, for a
 * product without one, the same brand), within half to one and a half times its price; the same brand first,
 * then the closest in price and the most alike by name (size, flavour, kind). Pure: no database.
 */
final class Alternatives {

    /** How far from the wanted price a stand-in may be: 50 % either way. */
    static final double PRICE_BAND = 0.5;

    private Alternatives() {
    }

    static List<Suggestion> rank(ProductCard wanted, List<ProductCard> candidates, int limit) {
        Set<String> wantedWords = words(wanted);
        String wantedBrand = wanted.brand() == null ? null : SearchText.normalise(wanted.brand());
        Comparator<Suggestion> order = Comparator
                .comparing((Suggestion s) -> !Objects.equals(wantedBrand, SearchText.normalise(s.product().brand())))
                .thenComparing(Comparator.comparingDouble(Suggestion::score).reversed())
                .thenComparing(s -> s.product().name());
        List<Suggestion> fit = new ArrayList<>();
        for (ProductCard c : candidates) {
            if (c.id() == wanted.id() || c.stock() != StockStatus.IN_STOCK || c.price() == null) {
                continue;
            }
            boolean alike = wanted.categoryCode() != null ? wanted.categoryCode().equals(c.categoryCode())
                    : sameBrand(wanted, c);
            double distance = priceDistance(wanted, c);
            if (alike && distance <= PRICE_BAND) {
                fit.add(new Suggestion(c, Reason.of(ReasonKind.SIMILAR_IN_STOCK, wanted.id(), wanted.name()),
                        (1 - distance / PRICE_BAND) + jaccard(wantedWords, words(c))));
            }
        }
        fit.sort(order);
        return fit.size() > limit ? List.copyOf(fit.subList(0, limit)) : List.copyOf(fit);
    }

    /** |difference| / wanted price; 0 when the wanted product has no price to compare with. */
    static double priceDistance(ProductCard wanted, ProductCard candidate) {
        if (wanted.price() == null || wanted.price().isZero() || candidate.price() == null) {
            return 0;
        }
        double w = wanted.price().amount().doubleValue();
        return Math.abs(candidate.price().amount().doubleValue() - w) / w;
    }

    private static boolean sameBrand(ProductCard a, ProductCard b) {
        return a.brand() != null && Objects.equals(SearchText.normalise(a.brand()), SearchText.normalise(b.brand()));
    }

    /** How alike two products' names are (brand left out) for them to count as the same kind of thing. */
    static final double SAME_KIND = 0.6;

    /** Whether two products are the same kind of thing in another brand or line ("Organic Trash bags 20 pcs"). */
    static boolean sameKind(ProductCard a, ProductCard b) {
        return jaccard(words(a), words(b)) >= SAME_KIND;
    }

    /** The words of a name without its brand: "Barilla Spaghetti 500 g" → spaghetti, 500, g. */
    static Set<String> words(ProductCard card) {
        Set<String> words = new HashSet<>(SearchText.terms(card.name()));
        if (card.brand() != null) {
            words.removeAll(SearchText.terms(card.brand()));
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }
}
