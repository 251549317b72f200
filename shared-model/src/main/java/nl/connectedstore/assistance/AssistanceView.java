package nl.connectedstore.assistance;

import java.time.Instant;

/**
 * A request as the counter's queue and the waiting kiosk show it.
 *
 * @param productName empty for help calls
 * @param answeredBy the clerk's name once answered, else empty
 */
public record AssistanceView(long id, AssistanceKind kind, AssistanceStatus status, String terminalCode,
                             String terminalName, String productName, int minimumAge, Instant createdAt,
                             Instant answeredAt, String answeredBy) {
}
