package nl.connectedstore.sales;

public enum PaymentMethod {
    CARD, CASH
}
