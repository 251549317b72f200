package nl.connectedstore.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a shopper asks the whole chain's catalogue: typed text (may be empty), and the filters and order the
 * kiosk offers. Prices are in the store's currency, both ends included.
 *
 * @param categoryCode null for every category
 * @param brand        null for every brand
 * @param minPrice     null for no lower bound
 * @param maxPrice     null for no upper bound
 * @param inStockHere  only products the store has on its shelves now
 */
public record ShopQuery(String text, String categoryCode, String brand, BigDecimal minPrice, BigDecimal maxPrice,
                        boolean inStockHere, Order order, int limit) {

    /** How results are ordered. Relevance puts exact words before prefixes before one-letter typos. */
    public enum Order {
        RELEVANCE, PRICE_LOW_HIGH, PRICE_HIGH_LOW
    }

    public ShopQuery {
        text = Objects.requireNonNullElse(text, "");
        order = Objects.requireNonNullElse(order, Order.RELEVANCE);
        brand = brand == null || brand.isBlank() ? null : brand;
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + SearchQuery.MAX_LIMIT + ", was " + limit);
        }
        if (minPrice != null && minPrice.signum() < 0 || maxPrice != null && maxPrice.signum() < 0) {
            throw new IllegalArgumentException("A price cannot be negative");
        }
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new IllegalArgumentException("The lowest price " + minPrice + " is above the highest " + maxPrice);
        }
    }

    public static ShopQuery text(String text) {
        return new ShopQuery(text, null, null, null, null, false, Order.RELEVANCE, 120);
    }

    public ShopQuery withText(String newText) {
        return new ShopQuery(newText, categoryCode, brand, minPrice, maxPrice, inStockHere, order, limit);
    }

    public ShopQuery inCategory(String code) {
        return new ShopQuery(text, code, brand, minPrice, maxPrice, inStockHere, order, limit);
    }

    public ShopQuery ofBrand(String newBrand) {
        return new ShopQuery(text, categoryCode, newBrand, minPrice, maxPrice, inStockHere, order, limit);
    }

    public ShopQuery pricedBetween(BigDecimal min, BigDecimal max) {
        return new ShopQuery(text, categoryCode, brand, min, max, inStockHere, order, limit);
    }

    public ShopQuery onlyInStockHere(boolean only) {
        return new ShopQuery(text, categoryCode, brand, minPrice, maxPrice, only, order, limit);
    }

    public ShopQuery orderedBy(Order newOrder) {
        return new ShopQuery(text, categoryCode, brand, minPrice, maxPrice, inStockHere, newOrder, limit);
    }
}
