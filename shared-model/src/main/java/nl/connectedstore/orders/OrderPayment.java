package nl.connectedstore.orders;

import nl.connectedstore.money.Money;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.UnresolvedPayment;

/**
 * How paying for a web order at a card terminal ended. In every case {@link #order()} is the order as it now
 * stands: paid only in {@link Paid}.
 */
public sealed interface OrderPayment {

    OrderView order();

    record Paid(OrderView order) implements OrderPayment {
    }

    /** The terminal did not approve; the attempt is noted on the order, nothing was charged. */
    record NotPaid(OrderView order, PaymentStatus status) implements OrderPayment {
    }

    /** Approved, but the payment could not be stored on the order; the terminal gave the money back. */
    record NotRecordedButReversed(OrderView order, Money amount, String terminalReference) implements OrderPayment {
    }

    /** Approved, not stored, and not reversible: on the counter's list of payments to resolve. */
    record NotRecordedToResolve(OrderView order, UnresolvedPayment payment) implements OrderPayment {
    }
}
