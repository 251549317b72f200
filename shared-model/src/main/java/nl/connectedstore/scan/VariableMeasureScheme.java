package nl.connectedstore.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How a chain prints its own weight and price labels (GS1 restricted-circulation prefixes 20-29) in
 * EAN-13: two prefix digits, {@code itemDigits} of item code, {@code 10 - itemDigits} of amount, one check
 * digit. Which prefix means grams and which means cents is the chain's choice, so it is configuration.
 */
public record VariableMeasureScheme(Map<String, Measure> measureByPrefix, int itemDigits) {

    public enum Measure {
        WEIGHT_GRAMS, PRICE_CENTS
    }

    /** The scheme the demo chain prints: 20-24 carry a weight in grams, 25-29 a price in cents; 5-digit items. */
    public static final VariableMeasureScheme DEMO = new VariableMeasureScheme(Map.of(
            "20", Measure.WEIGHT_GRAMS, "21", Measure.WEIGHT_GRAMS, "22", Measure.WEIGHT_GRAMS,
            "23", Measure.WEIGHT_GRAMS, "24", Measure.WEIGHT_GRAMS, "25", Measure.PRICE_CENTS,
            "26", Measure.PRICE_CENTS, "27", Measure.PRICE_CENTS, "28", Measure.PRICE_CENTS,
            "29", Measure.PRICE_CENTS), 5);

    public VariableMeasureScheme {
        measureByPrefix = Map.copyOf(Objects.requireNonNull(measureByPrefix));
        if (itemDigits < 3 || itemDigits > 7) {
            throw new IllegalArgumentException("itemDigits must be 3..7, was " + itemDigits);
        }
        for (String prefix : measureByPrefix.keySet()) {
            if (!prefix.matches("2[0-9]")) {
                throw new IllegalArgumentException("Variable-measure prefixes are 20..29, not " + prefix);
            }
        }
    }

    /** The name under which a chain keeps its scheme in the database's settings ({@code app_setting}). */
    public static final String SETTING = "scale-labels";

    /**
     * Reads a chain's scheme as staff write it: {@code weight=20-24 price=25-29 item-digits=5} (prefix
     * ranges or lists such as {@code 20,22}; both kinds optional, item digits 3 to 7).
     *
     * @throws IllegalArgumentException saying what is wrong, for a screen and a log line; nothing else, whatever
     *                                  the text (it comes from a setting staff type)
     */
    public static VariableMeasureScheme parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The scale-label scheme is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Scale labels: the scheme is " + text.length()
                    + " characters long; a scheme such as 'weight=20-24 price=25-29 item-digits=5' needs far fewer");
        }
        Map<String, Measure> prefixes = new TreeMap<>();
        Integer itemDigits = null;
        for (String part : text.strip().split("[\\s;]+")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[1].isBlank()) {
                throw new IllegalArgumentException("Scale labels: '" + shown(part) + "' is not name=value");
            }
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            switch (key) {
                case "weight", "price" -> {
                    Measure measure = key.equals("weight") ? Measure.WEIGHT_GRAMS : Measure.PRICE_CENTS;
                    for (String prefix : prefixes(kv[1])) {
                        if (prefixes.put(prefix, measure) != null) {
                            throw new IllegalArgumentException("Scale labels: prefix " + prefix + " is given twice");
                        }
                    }
                }
                case "item-digits" -> {
                    String digits = kv[1].strip();
                    if (!digits.matches("[0-9]{1,2}")) {
                        throw new IllegalArgumentException("Scale labels: item-digits must be a number 3..7, not '"
                                + shown(kv[1]) + "'");
                    }
                    itemDigits = Integer.parseInt(digits);
                }
                default -> throw new IllegalArgumentException("Scale labels: unknown name '" + shown(kv[0])
                        + "' (weight, price, item-digits)");
            }
        }
        if (itemDigits == null) {
            throw new IllegalArgumentException("Scale labels: item-digits is missing");
        }
        return new VariableMeasureScheme(prefixes, itemDigits);
    }

    /** Longer than any scheme staff write; parsing stays quick whatever is pasted into the setting. */
    static final int MAX_LENGTH = 400;
    private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");

    /**
     * The prefixes of {@code 20-24,26}: each a two-digit number 20..29, checked before any range is walked, so a
     * range can hold at most ten prefixes and a typo such as {@code 20-30000000} is refused at once.
     */
    private static List<String> prefixes(String spec) {
        List<String> out = new ArrayList<>();
        for (String item : spec.split(",", -1)) {
            String[] range = item.strip().split("-", 2);
            int from = prefix(range[0].strip(), item);
            int to = range.length == 2 ? prefix(range[1].strip(), item) : from;
            if (from > to) {
                throw new IllegalArgumentException("Scale labels: range " + item.strip() + " runs backwards");
            }
            for (int p = from; p <= to; p++) {
                out.add(String.valueOf(p));
            }
        }
        return out;
    }

    private static int prefix(String digits, String item) {
        if (!TWO_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("Scale labels: '" + shown(item.strip())
                    + "' is not a prefix or range of prefixes 20..29 (two digits each)");
        }
        int prefix = Integer.parseInt(digits);
        if (prefix < 20 || prefix > 29) {
            throw new IllegalArgumentException("Variable-measure prefixes are 20..29, not " + digits);
        }
        return prefix;
    }

    /** A piece of the setting as a message may quote it: printable, and short. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return text.codePointCount(0, text.length()) > 40 ? out + "\u2026" : out.toString();
    }

    int amountDigits() {
        return 10 - itemDigits;
    }
}
