package nl.connectedstore.consent;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/**
 * One thing a customer said about one purpose: a grant (until a date, with the text they read and their
 * signature) or a withdrawal. Never updated: the history of facts is the proof.
 */
@Entity
@Table(name = "consent_fact")
public class ConsentFact extends Identified {

    /** Whose fact: the customer's id (customers owns the customer; consent only points at it). */
    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Purpose purpose;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "terminal_code", length = 32)
    private String terminalCode;

    @Column(name = "text_version", length = 16)
    private String textVersion;

    @Column(name = "text_hash", length = 64)
    private String textHash;

    @Column(length = 8)
    private String language;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png")
    private byte[] signaturePng;

    protected ConsentFact() {
    }

    static ConsentFact grant(long customerId, ConsentText text, Instant at, Instant until, Channel channel,
                             String terminalCode, byte[] signaturePng) {
        if (!until.isAfter(at)) {
            throw new IllegalArgumentException("A consent must run into the future");
        }
        ConsentFact f = new ConsentFact(customerId, text.purpose(), "GRANT", at, channel, terminalCode);
        f.expiresAt = until;
        f.textVersion = text.version();
        f.textHash = text.sha256();
        f.language = text.language();
        f.signaturePng = signaturePng.clone();
        return f;
    }

    static ConsentFact withdrawal(long customerId, Purpose purpose, Instant at, Channel channel,
                                  String terminalCode) {
        return new ConsentFact(customerId, purpose, "WITHDRAW", at, channel, terminalCode);
    }

    private ConsentFact(long customerId, Purpose purpose, String kind, Instant at, Channel channel,
                        String terminalCode) {
        this.customerId = customerId;
        this.purpose = purpose;
        this.kind = kind;
        this.recordedAt = at;
        this.channel = channel;
        this.terminalCode = terminalCode;
    }

    ConsentHistory.Fact asFact() {
        return new ConsentHistory.Fact(purpose, isGrant(), recordedAt, expiresAt, getId());
    }

    boolean isGrant() {
        return "GRANT".equals(kind);
    }

    Purpose purpose() {
        return purpose;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Channel channel() {
        return channel;
    }

    String terminalCode() {
        return terminalCode;
    }

    String textVersion() {
        return textVersion;
    }

    String textHash() {
        return textHash;
    }

    String language() {
        return language;
    }
}
