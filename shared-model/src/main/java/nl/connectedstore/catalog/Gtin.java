package nl.connectedstore.catalog;

/**
 * GS1 trade item numbers: EAN-8, UPC-A (12), EAN-13 and GTIN-14, validated by the GS1 mod-10 check digit.
 */
public final class Gtin {

    private Gtin() {
    }

    /** True when {@code code} is 8, 12, 13 or 14 digits and its last digit is the right check digit. */
    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        int length = code.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!Character.isDigit(code.charAt(i)) || code.charAt(i) > '9') {
                return false;
            }
        }
        return checkDigit(code.substring(0, length - 1)) == code.charAt(length - 1) - '0';
    }

    /**
     * The check digit for the digits before it: from the right, weights 3, 1, 3, 1, ...
     *
     * @throws IllegalArgumentException if {@code payload} holds anything but ASCII digits
     */
    public static int checkDigit(String payload) {
        int sum = 0;
        boolean weightThree = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            char c = payload.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Not a digit in GTIN payload: " + payload);
            }
            sum += (c - '0') * (weightThree ? 3 : 1);
            weightThree = !weightThree;
        }
        return (10 - sum % 10) % 10;
    }

    /** Appends the check digit to a 7, 11, 12 or 13 digit payload. */
    public static String withCheckDigit(String payload) {
        return payload + checkDigit(payload);
    }
}
