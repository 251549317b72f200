package nl.connectedstore.sales;

import nl.connectedstore.money.Money;

/**
 * How a checkout ended: a receipt; a payment that was not approved (nothing was stored or charged); or an approved
 * payment whose sale could not be stored, which was then either reversed or put on the list staff resolve.
 */
public sealed interface CheckoutResult {

    record Paid(Receipt receipt) implements CheckoutResult {
    }

    record NotPaid(PaymentStatus status) implements CheckoutResult {
    }

    /** The sale could not be stored; the terminal gave the money back, so nothing was charged and nothing sold. */
    record NotRecordedButReversed(Money amount, String terminalReference) implements CheckoutResult {
    }

    /**
     * The sale could not be stored and the terminal could not give the money back: the charge stands and is on the
     * counter's "payments to resolve" list (or waiting to go there); the customer shows staff the case.
     */
    record NotRecordedToResolve(UnresolvedPayment payment) implements CheckoutResult {
    }
}
