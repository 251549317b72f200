package nl.connectedstore.inventory;

import java.time.Instant;

/** A reservation as the counter shows it. */
public record ReservationView(long id, long productId, String productName, String sourceStoreName,
                              String pickupStoreCode, int quantity, ReservationStatus status, Instant expiresAt) {
}
