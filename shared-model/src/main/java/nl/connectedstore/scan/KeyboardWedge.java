package nl.connectedstore.scan;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells a USB hand scanner from a person at the keyboard. Such scanners "type" the code as a burst of
 * digits ending in Enter, a few milliseconds apart; people type slower. Feed it every key with the time it
 * arrived; it returns the code when a fast burst ends in Enter, and nothing for anything else.
 */
public final class KeyboardWedge {

    /** Scanners here send a key every 2 to 20 ms; the fastest typists manage about 60 ms. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMillis(35);
    private static final int MIN_LENGTH = 8;
    /**
     * A pause this long ends whatever was typed before: no scanner stops that long inside a code, so keys typed
     * by hand and left without Enter do not spoil the scan that follows them. A shorter pause inside a burst
     * still spoils it (part of a code is never taken for a code).
     */
    private static final long FRESH_START_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int MAX_LENGTH = 32;

    private final long maxGapNanos;
    private final StringBuilder burst = new StringBuilder();
    private long lastKeyNanos;
    private boolean tooSlow;

    public KeyboardWedge(Duration maxGap) {
        this.maxGapNanos = maxGap.toNanos();
    }

    public KeyboardWedge() {
        this(DEFAULT_MAX_GAP);
    }

    /**
     * One key: a character ('\n' or '\r' for Enter) and when it arrived, in nanoseconds of any monotonic
     * clock. Returns the scanned code when this key ends a scanner burst.
     */
    public Optional<String> key(char key, long atNanos) {
        boolean enter = key == '\n' || key == '\r';
        if (!burst.isEmpty() && atNanos - lastKeyNanos >= FRESH_START_NANOS) {
            // what came before ended long ago (typing without Enter, say): this key may start a scan of its own
            reset();
        }
        if (!burst.isEmpty() && atNanos - lastKeyNanos > maxGapNanos) {
            tooSlow = true;
        }
        lastKeyNanos = atNanos;
        if (enter) {
            String code = burst.toString();
            boolean scanned = !tooSlow && code.length() >= MIN_LENGTH;
            reset();
            return scanned ? Optional.of(code) : Optional.empty();
        }
        if (burst.isEmpty()) {
            tooSlow = false;
        }
        if (burst.length() >= MAX_LENGTH) {
            tooSlow = true;
        } else {
            burst.append(key);
        }
        return Optional.empty();
    }

    private void reset() {
        burst.setLength(0);
        tooSlow = false;
    }
}
