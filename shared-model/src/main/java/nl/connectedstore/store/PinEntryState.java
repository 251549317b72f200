package nl.connectedstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/**
 * How PIN entry stands at one terminal: wrong PINs in a row, a pause that grows with each further wrong PIN,
 * and a lock that only a manager lifts. The rule itself is {@link PinGuard}'s; this row only remembers it.
 */
@Entity
@Table(name = "pin_entry_state")
class PinEntryState extends Identified {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "terminal_id", unique = true)
    private Terminal terminal;

    @Column(nullable = false)
    private int failures;

    @Column(name = "paused_until")
    private Instant pausedUntil;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "unlocked_at")
    private Instant unlockedAt;

    @Column(name = "unlocked_by", length = 100)
    private String unlockedBy;

    @Version
    private long version;

    protected PinEntryState() {
    }

    PinEntryState(Terminal terminal) {
        this.terminal = terminal;
    }

    int failures() {
        return failures;
    }

    boolean locked() {
        return lockedAt != null;
    }

    Instant lockedAt() {
        return lockedAt;
    }

    /** Seconds (rounded up) the pause still runs at {@code now}; 0 when there is none. */
    long pauseLeft(Instant now) {
        if (pausedUntil == null || !now.isBefore(pausedUntil)) {
            return 0;
        }
        Duration left = Duration.between(now, pausedUntil);
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }

    void failed(Instant now, int pauseAfter, int lockAfter, Duration firstPause) {
        failures++;
        if (failures >= lockAfter) {
            lockedAt = now;
            pausedUntil = null;
        } else if (failures >= pauseAfter) {
            pausedUntil = now.plus(firstPause.multipliedBy(1L << Math.min(failures - pauseAfter, 20)));
        }
    }

    void succeeded() {
        failures = 0;
        pausedUntil = null;
    }

    void unlock(Instant now, String by) {
        failures = 0;
        pausedUntil = null;
        lockedAt = null;
        unlockedAt = now;
        unlockedBy = by;
    }
}
