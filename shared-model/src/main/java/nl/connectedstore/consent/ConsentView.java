package nl.connectedstore.consent;

import java.time.Instant;

/**
 * Where one purpose stands for a customer now, as the portal and the counter show it.
 *
 * @param allowed the answer of "may we?" right now
 * @param grantedAt the latest grant, or null if never granted
 * @param expiresAt until when the latest grant runs, or null
 * @param withdrawnAt when the latest fact is a withdrawal, its time; else null
 */
public record ConsentView(Purpose purpose, boolean allowed, Instant grantedAt, Instant expiresAt,
                          Instant withdrawnAt) {
}
