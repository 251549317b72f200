package nl.connectedstore.orders;

/** A move the order's lifecycle does not allow; the message says why, in words a clerk understands. */
public final class OrderTransitionException extends IllegalStateException {

    private final String orderCode;
    private final OrderStatus from;
    private final OrderStatus to;

    OrderTransitionException(String orderCode, OrderStatus from, OrderStatus to, String why) {
        super("Order " + OrderCode.display(orderCode) + " is " + words(from) + "; it cannot "
                + (to == null ? "be paid" : "become " + words(to)) + (why == null ? "" : ": " + why));
        this.orderCode = orderCode;
        this.from = from;
        this.to = to;
    }

    static String words(OrderStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public String orderCode() {
        return orderCode;
    }

    public OrderStatus from() {
        return from;
    }

    /** The status asked for, or null when a payment was refused. */
    public OrderStatus to() {
        return to;
    }
}
