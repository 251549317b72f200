package nl.connectedstore.sales;

import java.math.BigDecimal;

/**
 * What the customer takes: a product and how many (or how many kilograms).
 *
 * @param quantity a whole count for counted goods, kilograms (3 decimals) for weighed goods
 * @param labelTotal the price printed on a store's price label (GS1 prefix 25-29), which the line costs
 *                   whatever the shelf price says; null when the line is priced by quantity
 */
public record CartLine(long productId, BigDecimal quantity, BigDecimal labelTotal) {

    public CartLine {
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("A cart line needs a positive quantity");
        }
        if (labelTotal != null && labelTotal.signum() < 0) {
            throw new IllegalArgumentException("A label price cannot be negative");
        }
    }

    public CartLine(long productId, BigDecimal quantity) {
        this(productId, quantity, null);
    }

    public static CartLine of(long productId, int count) {
        return new CartLine(productId, BigDecimal.valueOf(count));
    }
}
