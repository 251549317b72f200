package nl.connectedstore.clienteling;

import java.time.Instant;

/**
 * One customer in a counter's arrival feed: their first name only, when they first arrived in the window and
 * when their card was last scanned (the card fades from then on), and where.
 */
public record ArrivalView(long customerId, String firstName, Instant arrivedAt, Instant lastSeenAt,
                          String terminalCode) {
}
