package nl.connectedstore.sales;

/** How a checkout ended: a receipt, or a payment that was not approved (and nothing was stored). */
public sealed interface CheckoutResult {

    record Paid(Receipt receipt) implements CheckoutResult {
    }

    record NotPaid(PaymentStatus status) implements CheckoutResult {
    }
}
