package nl.connectedstore.sales;

import java.math.BigDecimal;
import nl.connectedstore.money.Money;

/**
 * A scanned item, priced for this store, ready to go into the basket.
 *
 * @param unitPrice shelf price per piece, or per kilogram for weighed goods (VAT included)
 * @param quantity pieces, or kilograms (3 decimals) read from a weight label
 * @param labelTotal what a store price label says the item costs, or null
 */
public record BasketItem(long productId, String gtin, String name, String brand, Money unitPrice, BigDecimal vatRate,
                         boolean soldByWeight, int minimumAge, BigDecimal quantity, Money labelTotal) {

    public boolean fromLabel() {
        return labelTotal != null || soldByWeight;
    }
}
