package nl.connectedstore.orders;

import java.util.Locale;

/**
 * A move the order's lifecycle does not allow. {@link #refusal()} says why as a code a screen translates (with
 * {@link #orderCode()}, {@link #from()}, {@link #to()} and {@link #minimumAge()} as its arguments); the English
 * {@link #getMessage()} is for the log only.
 */
public final class OrderTransitionException extends IllegalStateException {

    /** Why the move was refused. */
    public enum Refusal {
        /** The lifecycle has no such step from where the order is (e.g. READY to READY). */
        NOT_NEXT(null),
        /** The order is picked up, delivered, cancelled or expired: nothing moves it on. */
        FINISHED("it is finished"),
        /** READY is for pick-ups; this one goes to the customer's home. */
        DELIVERED_HOME("it is delivered to the customer's home"),
        /** SHIPPED is for deliveries; this one is picked up in a store. */
        PICKED_UP_IN_STORE("it is picked up in a store"),
        /** Not handed over or shipped before it is paid. */
        NOT_PAID("it is not paid yet"),
        /** Not handed over before a clerk saw the customer's ID ({@link #minimumAge()}+). */
        AGE_NOT_CHECKED(null),
        /** A paid order does not expire. */
        PAID("it is paid"),
        /** An ID check was recorded for an order with no age limit. */
        NO_AGE_LIMIT("nothing in it has an age limit"),
        /** A second payment for a paid order. */
        PAID_ALREADY("it is paid already");

        private final String words;

        Refusal(String words) {
            this.words = words;
        }
    }

    private final String orderCode;
    private final OrderStatus from;
    private final OrderStatus to;
    private final Refusal refusal;
    private final int minimumAge;

    OrderTransitionException(String orderCode, OrderStatus from, OrderStatus to, Refusal refusal) {
        this(orderCode, from, to, refusal, 0);
    }

    OrderTransitionException(String orderCode, OrderStatus from, OrderStatus to, Refusal refusal, int minimumAge) {
        super("Order " + OrderCode.display(orderCode) + " is " + words(from) + "; it cannot "
                + (to == null ? "be paid" : "become " + words(to)) + why(refusal, minimumAge));
        this.orderCode = orderCode;
        this.from = from;
        this.to = to;
        this.refusal = refusal;
        this.minimumAge = minimumAge;
    }

    private static String why(Refusal refusal, int minimumAge) {
        if (refusal == Refusal.AGE_NOT_CHECKED) {
            return ": the customer's ID (" + minimumAge + "+) is not checked yet";
        }
        return refusal.words == null ? "" : ": " + refusal.words;
    }

    static String words(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String orderCode() {
        return orderCode;
    }

    public OrderStatus from() {
        return from;
    }

    /** The status asked for, or null when a payment or an ID check was refused. */
    public OrderStatus to() {
        return to;
    }

    /** Why, as a code: screens translate it (the message is English, for the log). */
    public Refusal refusal() {
        return refusal;
    }

    /** The age the customer must prove, for {@link Refusal#AGE_NOT_CHECKED} (0 otherwise). */
    public int minimumAge() {
        return minimumAge;
    }
}
