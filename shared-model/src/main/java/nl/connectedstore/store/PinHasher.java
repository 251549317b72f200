package nl.connectedstore.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff PINs are stored as salted PBKDF2-HMAC-SHA256: {@code pbkdf2-sha256$iterations$salt$hash}.
 * The cost is part of the stored value, so it can be raised later without breaking old hashes.
 */
public final class PinHasher {

    static final int ITERATIONS = 120_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    /** Bytes of salt per hash. */
    public static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHasher() {
    }

    public static String hash(char[] pin) {
        return hash(pin, RANDOM);
    }

    /** With a caller's random source: the demo chain is generated from a fixed seed. */
    public static String hash(char[] pin, Random random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return hash(pin, salt);
    }

    /** With a salt the caller drew ({@link #SALT_BYTES} bytes). */
    public static String hash(char[] pin, byte[] salt) {
        byte[] hash = derive(pin, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static boolean matches(char[] pin, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(parts[2]);
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(pin, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
