package nl.connectedstore.sales;

import nl.connectedstore.money.Money;

/**
 * The port to a card terminal. It sees an amount and a reference, never a basket; what it returns holds
 * the terminal's reference only. No card data ever reaches us.
 */
public interface PaymentTerminal {

    Outcome pay(Money amount, String reference);

    record Outcome(PaymentStatus status, String terminalReference) {
        public boolean approved() {
            return status == PaymentStatus.APPROVED;
        }
    }
}
