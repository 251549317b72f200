package nl.connectedstore.orders;

/** How the customer gets the goods. */
public enum Fulfilment {
    PICK_UP, DELIVERY
}
