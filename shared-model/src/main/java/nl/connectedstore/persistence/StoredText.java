package nl.connectedstore.persistence;

/**
 * Whether text a person typed can be stored and given back as it was: in PostgreSQL (which refuses NUL), in
 * H2, in a JSON export (which cannot write half a surrogate pair) and on a receipt. Refused: control characters
 * (NUL, tab, escape, C1 controls), lone surrogates, line and paragraph separators and the noncharacters
 * U+FFFE/U+FFFF. Letters of every script, accents and whole emoji are fine.
 */
public final class StoredText {

    private StoredText() {
    }

    /** True when every character of {@code text} may be stored (an empty or null text trivially may). */
    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || c == '\ufffe' || c == '\uffff') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} fits a {@code varchar(columnLength)} (counted in UTF-16 units, never fewer than
     *  the database's characters). */
    public static boolean fits(String text, int columnLength) {
        return text == null || text.length() <= columnLength;
    }
}
