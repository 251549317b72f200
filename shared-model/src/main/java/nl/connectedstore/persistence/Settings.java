package nl.connectedstore.persistence;

/**
 * How a terminal's settings ({@code --name=value} or an environment variable) are read where they are numbers:
 * every numeric setting has a range, and a value outside it, or not a plain whole number, is refused with an
 * {@link IllegalArgumentException} naming the setting, the range and what was given. The apps show that message
 * on screen instead of starting with a value that overflows later (an idle timer of 10^17 seconds).
 */
public final class Settings {

    private static final int QUOTE_LIMIT = 40;

    private Settings() {
    }

    /**
     * {@code text} as a whole number from {@code min} to {@code max}.
     *
     * @param unit what the number counts, for the message ("seconds", "hours")
     * @throws BadSettingException naming {@code name} when it is not such a number
     */
    public static long wholeNumber(String name, String text, long min, long max, String unit) {
        String digits = text == null ? "" : text.strip();
        String range = name + " must be a whole number from " + min + " to " + max + " (" + unit + ")";
        // plain ASCII digits only: Long.parseLong also reads Arabic-Indic and other digits, and a sign
        if (!digits.matches("-?[0-9]{1,19}")) {
            throw new BadSettingException(name, range + ", not '" + quoted(text) + "'");
        }
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new BadSettingException(name, range + ", not " + digits, e);
        }
        if (value < min || value > max) {
            throw new BadSettingException(name, range + ", not " + value);
        }
        return value;
    }

    /** A value as a message may quote it: no control characters or broken surrogates, and short. */
    public static String quoted(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(QUOTE_LIMIT).forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return text.codePointCount(0, text.length()) > QUOTE_LIMIT ? out + "\u2026" : out.toString();
    }
}
