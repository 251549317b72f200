package nl.connectedstore.orders;

import java.util.List;
import nl.connectedstore.money.Money;
import nl.connectedstore.store.StoreKind;

/**
 * What ordering a basket would mean now: each line's source (the pick-up store itself, the warehouse or
 * another store, whichever has enough and is soonest) and when it can be ready. Lines no location has enough
 * of, or without a price here, are in {@code unavailable}.
 */
public record OrderPlan(Destination destination, List<Line> lines, List<Line> unavailable, Money total,
                        int readyInDays) {

    /**
     * @param available how many the source has (for an unavailable line: the most any location has)
     */
    public record Line(long productId, String name, int quantity, Money unitPrice, long sourceStoreId,
                       String sourceName, StoreKind sourceKind, int readyInDays, int available) {

        public Money lineTotal() {
            return unitPrice.times(java.math.BigDecimal.valueOf(quantity));
        }
    }

    public boolean orderable() {
        return !lines.isEmpty() && unavailable.isEmpty();
    }
}
