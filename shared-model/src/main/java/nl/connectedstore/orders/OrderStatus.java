package nl.connectedstore.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. The allowed moves are listed here and nowhere else; {@link CustomerOrder} also
 * checks what a move needs (the right fulfilment, a payment).
 * <pre>
 *   PLACED ──► READY ──► PICKED_UP           (pick-up: prepared at the counter, handed over paid)
 *     │  └───► SHIPPED ──► DELIVERED         (home delivery: shipped only once paid)
 *     └──► CANCELLED / EXPIRED  ◄── READY    (expired only while unpaid; the held units go back)
 * </pre>
 */
public enum OrderStatus {
    PLACED, READY, PICKED_UP, SHIPPED, DELIVERED, CANCELLED, EXPIRED;

    /** The statuses an order ends in: nothing more happens to it. */
    public static final Set<OrderStatus> ENDED = EnumSet.of(PICKED_UP, DELIVERED, CANCELLED, EXPIRED);

    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(READY, SHIPPED, CANCELLED, EXPIRED);
            case READY -> EnumSet.of(PICKED_UP, CANCELLED, EXPIRED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case PICKED_UP, DELIVERED, CANCELLED, EXPIRED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Still waiting for something to happen; the units are held. */
    public boolean open() {
        return this == PLACED || this == READY;
    }

    public boolean finished() {
        return next().isEmpty();
    }
}
