package nl.connectedstore.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A camera sees the same barcode in many frames while the customer holds the item up. This lets a code
 * through once and ignores it until it has been out of sight for {@code quiet} (1.5 s by default), so one
 * item is not added twice, while a second item with the same code, shown after a pause, still counts.
 */
public final class RepeatFilter {

    public static final Duration DEFAULT_QUIET = Duration.ofMillis(1500);

    private final Clock clock;
    private final Duration quiet;
    private String lastCode;
    private Instant lastSeen = Instant.MIN;

    public RepeatFilter(Clock clock, Duration quiet) {
        this.clock = clock;
        this.quiet = quiet;
    }

    /** Whether this sighting of {@code code} is a new scan. */
    public synchronized boolean isNew(String code) {
        Instant now = clock.instant();
        boolean repeat = code.equals(lastCode) && Duration.between(lastSeen, now).compareTo(quiet) < 0;
        lastCode = code;
        lastSeen = now;
        return !repeat;
    }
}
