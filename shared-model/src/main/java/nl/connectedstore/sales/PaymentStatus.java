package nl.connectedstore.sales;

public enum PaymentStatus {
    APPROVED, DECLINED, CANCELLED, TIMED_OUT
}
