package nl.connectedstore.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret the staff access log is chained with (HMAC-SHA256). One row, made once by the first append, readable
 * by the counter's database user only: whoever can write the log's rows but cannot read this cannot recompute the
 * chain. The secret is never logged and never leaves this class except as MACs.
 */
@Entity
@Table(name = "access_log_key")
class AccessLogKey {

    static final long ID = 1;
    private static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    @Id
    private long id;

    @Column(name = "secret_hex", nullable = false, length = 64)
    private String secretHex;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccessLogKey() {
    }

    private AccessLogKey(String secretHex, Instant createdAt) {
        this.id = ID;
        this.secretHex = secretHex;
        this.createdAt = createdAt;
    }

    /** A new random key (32 bytes from {@link SecureRandom}). */
    static AccessLogKey generate(Instant at) {
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        return new AccessLogKey(HexFormat.of().formatHex(secret), at.truncatedTo(ChronoUnit.MICROS));
    }

    /** HMAC-SHA256 of {@code text} under this key, as 64 lower-case hex digits. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(secretHex), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "AccessLogKey[created " + createdAt + "]";
    }
}
