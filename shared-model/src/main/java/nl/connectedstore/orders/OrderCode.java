package nl.connectedstore.orders;

import java.security.SecureRandom;
import java.util.Locale;
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

    /** The code in what was scanned or typed ("CSORDER:K7Q2M9XD", "k7q2-m9xd"), if it looks like one. */
    public static Optional<String> parse(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String text = scanned.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith(QR_PREFIX)) {
            text = text.substring(QR_PREFIX.length());
        }
        text = text.replace("-", "").replace(" ", "");
        if (text.length() != 8) {
            return Optional.empty();
        }
        for (char c : text.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(text);
    }

    public static boolean isOrderCode(String scanned) {
        return scanned != null && scanned.strip().toUpperCase(Locale.ROOT).startsWith(QR_PREFIX);
    }
}
