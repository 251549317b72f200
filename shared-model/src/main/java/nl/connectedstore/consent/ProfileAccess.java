package nl.connectedstore.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/**
 * One entry of the staff access log: a link in a chain. Never updated, never deleted. Entries appended since the
 * log was anchored carry an HMAC-SHA256 under {@link AccessLogKey} of their fields and the previous entry's MAC;
 * older ones (up to the head's legacy end) a plain SHA-256 of the same text.
 */
@Entity
@Table(name = "profile_access")
class ProfileAccess extends Identified {

    @Column(nullable = false, unique = true)
    private long position;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "staff_name", nullable = false, length = 100)
    private String staffName;

    @Column(name = "terminal_code", nullable = false, length = 32)
    private String terminalCode;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected ProfileAccess() {
    }

    ProfileAccess(long position, long customerId, long staffId, String staffName, String terminalCode,
                  String reason, Instant accessedAt, String prevHash, AccessLogKey key) {
        this.position = position;
        this.customerId = customerId;
        this.staffId = staffId;
        this.staffName = staffName;
        this.terminalCode = terminalCode;
        this.reason = reason;
        this.accessedAt = accessedAt;
        this.prevHash = prevHash;
        this.entryHash = macUnder(key);
    }

    /** The MAC this entry should carry under {@code key}, from its own fields and the previous entry's MAC. */
    String macUnder(AccessLogKey key) {
        return key.mac("access-log-entry\u001f" + chainedText());
    }

    /** The plain SHA-256 that entries appended before the log was anchored carry (V5's chain). */
    String legacyHash() {
        return ConsentText.sha256(chainedText());
    }

    private String chainedText() {
        return String.join("\u001f", prevHash, Long.toString(position),
                Long.toString(customerId), Long.toString(staffId), staffName, terminalCode, reason,
                Long.toString(accessedAt.getEpochSecond()), Integer.toString(accessedAt.getNano()));
    }

    long position() {
        return position;
    }

    long customerId() {
        return customerId;
    }

    String staffName() {
        return staffName;
    }

    String terminalCode() {
        return terminalCode;
    }

    String reason() {
        return reason;
    }

    Instant accessedAt() {
        return accessedAt;
    }

    String prevHash() {
        return prevHash;
    }

    String entryHash() {
        return entryHash;
    }
}
