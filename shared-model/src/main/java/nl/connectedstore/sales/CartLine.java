package nl.connectedstore.sales;

import java.math.BigDecimal;

/**
 * What the customer takes: a product and how many (or how many kilograms).
 *
 * @param quantity a whole count for counted goods, kilograms (3 decimals) for weighed goods
 */
public record CartLine(long productId, BigDecimal quantity) {

    public CartLine {
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("A cart line needs a positive quantity");
        }
    }

    public static CartLine of(long productId, int count) {
        return new CartLine(productId, BigDecimal.valueOf(count));
    }
}
