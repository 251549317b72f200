package nl.connectedstore.sales;

import nl.connectedstore.money.Money;

/**
 * The port to a card terminal. It sees an amount and a reference, never a basket; what it returns holds
 * the terminal's reference only. No card data ever reaches us.
 */
public interface PaymentTerminal {

    Outcome pay(Money amount, String reference);

    /**
     * Gives back a payment this terminal approved (the charge is voided or refunded to the same card), when its
     * sale could not be stored. A reference the terminal does not know, or cannot reverse now, fails.
     */
    Reversal reverse(String terminalReference);

    record Outcome(PaymentStatus status, String terminalReference) {
        public boolean approved() {
            return status == PaymentStatus.APPROVED;
        }
    }

    /** What the terminal answered to a reversal. */
    sealed interface Reversal {

        String terminalReference();

        /** Nothing was charged in the end. */
        record Reversed(String terminalReference) implements Reversal {
        }

        /** The charge stands: staff must refund it by hand or enter the sale. */
        record Failed(String terminalReference, String reason) implements Reversal {
        }
    }
}
