package nl.connectedstore.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The staff access log's head: the last position and its MAC, rewritten in the same transaction as every append and
 * sealed with a MAC over both, so that removing the newest entries (or rolling the head back without the key)
 * shows. One row, there from the migration on so appends always have a row to lock; unsealed
 * ({@code head_mac} null) until the first append anchors the log. Entries up to {@code legacyEnd} were chained
 * with plain SHA-256 before the key existed.
 */
@Entity
@Table(name = "access_log_head")
class AccessLogHead {

    static final long ID = 1;

    @Id
    private long id;

    @Column(name = "legacy_end")
    private Long legacyEnd;

    @Column(nullable = false)
    private long position;

    @Column(name = "entry_mac", nullable = false, length = 64)
    private String entryMac;

    @Column(name = "head_mac", length = 64)
    private String headMac;

    protected AccessLogHead() {
    }

    /** Whether the first append has anchored the log (a key exists and the head is sealed with it). */
    boolean anchored() {
        return headMac != null && legacyEnd != null;
    }

    /** Anchors the log at its current end: everything up to {@code lastPosition} stays a plain SHA-256 chain. */
    void anchor(long lastPosition, String lastHash, AccessLogKey key) {
        this.legacyEnd = lastPosition;
        advance(lastPosition, lastHash, key);
    }

    /** Moves the head to a newly appended entry. */
    void advance(long newPosition, String newEntryMac, AccessLogKey key) {
        this.position = newPosition;
        this.entryMac = newEntryMac;
        this.headMac = key.mac(sealedText());
    }

    /** Whether the head is sealed with {@code key}: nobody without the key moved it. */
    boolean sealedBy(AccessLogKey key) {
        return anchored() && headMac.equals(key.mac(sealedText()));
    }

    private String sealedText() {
        return String.join("\u001f", "access-log-head", Long.toString(legacyEnd), Long.toString(position),
                entryMac);
    }

    long legacyEnd() {
        return legacyEnd;
    }

    long position() {
        return position;
    }

    String entryMac() {
        return entryMac;
    }
}
