package nl.connectedstore.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The one rule behind "may we?": for a purpose, the latest fact decides. Yes exactly when it is a grant
 * whose expiry lies after now; a withdrawal, an expiry or no fact at all means no. Facts are ordered by when
 * they were recorded, then by their sequence (the order they were stored), so two facts in the same
 * instant still have a last one.
 */
public final class ConsentHistory {

    /** One fact as the rule needs it. {@code expiresAt} is null for a withdrawal. */
    public record Fact(Purpose purpose, boolean grant, Instant recordedAt, Instant expiresAt, long sequence) {
    }

    private static final Comparator<Fact> ORDER = Comparator.comparing(Fact::recordedAt)
            .thenComparingLong(Fact::sequence);

    private ConsentHistory() {
    }

    public static boolean allows(Collection<Fact> facts, Purpose purpose, Instant now) {
        return latest(facts, purpose, now)
                .map(f -> f.grant() && f.expiresAt() != null && f.expiresAt().isAfter(now))
                .orElse(false);
    }

    /** The fact that decides at {@code now}: the latest recorded up to now (facts from the future do not count). */
    public static Optional<Fact> latest(Collection<Fact> facts, Purpose purpose, Instant now) {
        return facts.stream()
                .filter(f -> f.purpose() == purpose && !f.recordedAt().isAfter(now))
                .max(ORDER);
    }
}
