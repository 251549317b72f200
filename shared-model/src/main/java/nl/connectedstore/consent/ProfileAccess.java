package nl.connectedstore.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/** One entry of the staff access log: a link in a hash chain. Never updated, never deleted. */
@Entity
@Table(name = "profile_access")
public class ProfileAccess extends Identified {

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
                  String reason, Instant accessedAt, String prevHash) {
        this.position = position;
        this.customerId = customerId;
        this.staffId = staffId;
        this.staffName = staffName;
        this.terminalCode = terminalCode;
        this.reason = reason;
        this.accessedAt = accessedAt;
        this.prevHash = prevHash;
        this.entryHash = computeHash();
    }

    /** The hash this entry should carry, from its own fields and the previous entry's hash. */
    String computeHash() {
        return ConsentText.sha256(String.join("\u001f", prevHash, Long.toString(position),
                Long.toString(customerId), Long.toString(staffId), staffName, terminalCode, reason,
                Long.toString(accessedAt.getEpochSecond()), Integer.toString(accessedAt.getNano())));
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
