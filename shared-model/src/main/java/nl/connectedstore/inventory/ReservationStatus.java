package nl.connectedstore.inventory;

/** Where a reservation stands. Only HELD holds stock. */
public enum ReservationStatus {
    HELD, PICKED_UP, CANCELLED, EXPIRED
}
