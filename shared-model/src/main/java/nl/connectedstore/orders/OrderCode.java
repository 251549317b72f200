package nl.connectedstore.orders;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * An order's code: 8 letters and digits without look-alikes (no 0/O, 1/I/L), random so nobody guesses
 * another customer's order. Shown as "K7Q2-M9XD", in the QR code as "CSORDER:K7Q2M9XD"; typed in either way.
 */
public final class OrderCode {

    public static final String QR_PREFIX = "CSORDER:";
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static String display(String code) {
        return code.length() == 8 ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }

    public static String qr(String code) {
        return QR_PREFIX + code;
    }

    /**
     * The code in what was scanned or typed ("CSORDER:K7Q2M9XD", "k7q2-m9xd"), if it looks like one. Only the
     * code's own letters and digits count, in either case: a letter that merely upper-cases to them (ß to SS,
     * ﬀ to FF, the dotless ı to I) is not part of a code, so "ßßßß" is no code rather than "SSSSSSSS".
     */
    public static Optional<String> parse(String scanned) {
        if (scanned == null || scanned.length() > 64) {
            return Optional.empty();
        }
        String text = scanned.strip();
        if (text.regionMatches(true, 0, QR_PREFIX, 0, QR_PREFIX.length()) && asciiOnly(text, QR_PREFIX.length())) {
            text = text.substring(QR_PREFIX.length());
        }
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ' ') {
                continue;
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            if (ALPHABET.indexOf(upper) < 0 || code.length() == 8) {
                return Optional.empty();
            }
            code.append(upper);
        }
        return code.length() == 8 ? Optional.of(code.toString()) : Optional.empty();
    }

    /** Whether the first {@code length} characters are ASCII (case-insensitive matching of a prefix is only
     *  meant for a-z: Java also matches the Kelvin sign to K). */
    private static boolean asciiOnly(String text, int length) {
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    public static boolean isOrderCode(String scanned) {
        if (scanned == null) {
            return false;
        }
        String text = scanned.strip();
        return text.regionMatches(true, 0, QR_PREFIX, 0, QR_PREFIX.length()) && asciiOnly(text, QR_PREFIX.length());
    }
}
