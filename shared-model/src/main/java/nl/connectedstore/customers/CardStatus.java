package nl.connectedstore.customers;

public enum CardStatus {
    ACTIVE, BLOCKED
}
