package nl.connectedstore.orders;

/** Where the customer said they would pay: on the kiosk's card terminal, or at the counter on pick-up. */
public enum PaymentChoice {
    AT_KIOSK, AT_COUNTER
}
