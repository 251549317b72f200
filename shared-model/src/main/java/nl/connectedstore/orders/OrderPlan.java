package nl.connectedstore.orders;

import java.math.BigDecimal;
import java.util.List;
import nl.connectedstore.money.Money;
import nl.connectedstore.store.StoreKind;

/**
 * What ordering a basket would mean now: each line's source (the pick-up store itself, the warehouse or
 * another store, whichever has enough and is soonest) and when it can be ready. Lines no location has enough
 * of, without a price here, sold by weight, or with a minimum age for home delivery are in {@code unavailable}.
 */
public record OrderPlan(Destination destination, List<Line> lines, List<Line> unavailable, Money total,
                        int readyInDays) {

    /**
     * @param available  how many the source has (for an unavailable line: the most any location has)
     * @param minimumAge the age the buyer must have (0: none); such a line is only picked up in a store, where staff
     *                   check ID at hand-over, never delivered (it is then unavailable)
     */
    public record Line(long productId, String name, int quantity, Money unitPrice, long sourceStoreId,
                       String sourceName, StoreKind sourceKind, int readyInDays, int available, int minimumAge) {

        public Money lineTotal() {
            return unitPrice.times(BigDecimal.valueOf(quantity));
        }
    }

    public boolean orderable() {
        return !lines.isEmpty() && unavailable.isEmpty();
    }
}
