package nl.connectedstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/** One refused PIN: terminal, time, where it was typed and why it was refused. Never the PIN, not even hashed. */
@Entity
@Table(name = "pin_failure")
class PinFailure extends Identified {

    /** Why an attempt was refused. */
    public enum Outcome {
        /** Checked and nobody's PIN. */
        WRONG,
        /** Not 4 to 6 digits; not checked. */
        NOT_A_PIN,
        /** A new PIN that another staff member has (changing one's PIN); counted like a wrong PIN. */
        TAKEN,
        /** Typed while a pause ran; not checked. */
        PAUSED,
        /** Typed while the terminal was locked; not checked. */
        LOCKED
    }

    @Column(name = "terminal_code", nullable = false, length = 32)
    private String terminalCode;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PinPlace place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    protected PinFailure() {
    }

    PinFailure(String terminalCode, Instant failedAt, PinPlace place, Outcome outcome) {
        this.terminalCode = terminalCode;
        this.failedAt = failedAt;
        this.place = place;
        this.outcome = outcome;
    }
}
