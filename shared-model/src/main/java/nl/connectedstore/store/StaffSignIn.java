package nl.connectedstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.connectedstore.persistence.Identified;

/**
 * A staff member signed in at a terminal, from sign-in until sign-out or expiry: the row a staff action names
 * ({@link StaffSession#sessionId()}) and that is checked where the action is stored. Only the counter's database
 * user may write these.
 */
@Entity
@Table(name = "staff_session")
class StaffSignIn extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private StaffMember staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @Column(name = "terminal_code", length = 32)
    private String terminalCode;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected StaffSignIn() {
    }

    StaffSignIn(StaffMember staff, String terminalCode, Instant startedAt, Instant expiresAt) {
        this.staff = staff;
        this.store = staff.store();
        this.terminalCode = terminalCode;
        // the database keeps microseconds (and may round up): a sign-in must be active at the very instant it began
        this.startedAt = startedAt.truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = expiresAt.truncatedTo(ChronoUnit.MICROS);
    }

    boolean activeAt(Instant at) {
        return endedAt == null && at.isBefore(expiresAt) && !at.isBefore(startedAt);
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    StaffMember staff() {
        return staff;
    }

    Store store() {
        return store;
    }

    String terminalCode() {
        return terminalCode;
    }
}
