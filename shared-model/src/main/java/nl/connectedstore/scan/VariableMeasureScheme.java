package nl.connectedstore.scan;

import java.util.Map;
import java.util.Objects;

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
     * @throws IllegalArgumentException saying what is wrong, for a screen and a log line
     */
    public static VariableMeasureScheme parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The scale-label scheme is empty");
        }
        Map<String, Measure> prefixes = new java.util.TreeMap<>();
        Integer itemDigits = null;
        for (String part : text.strip().split("[\\s;]+")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[1].isBlank()) {
                throw new IllegalArgumentException("Scale labels: '" + part + "' is not name=value");
            }
            String key = kv[0].strip().toLowerCase(java.util.Locale.ROOT);
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
                    try {
                        itemDigits = Integer.parseInt(kv[1].strip());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Scale labels: item-digits must be a number, not '"
                                + kv[1] + "'");
                    }
                }
                default -> throw new IllegalArgumentException("Scale labels: unknown name '" + kv[0]
                        + "' (weight, price, item-digits)");
            }
        }
        if (itemDigits == null) {
            throw new IllegalArgumentException("Scale labels: item-digits is missing");
        }
        return new VariableMeasureScheme(prefixes, itemDigits);
    }

    private static java.util.List<String> prefixes(String spec) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String item : spec.split(",")) {
            String[] range = item.strip().split("-", 2);
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length == 2 ? Integer.parseInt(range[1].strip()) : from;
                if (from > to) {
                    throw new IllegalArgumentException("Scale labels: range " + item.strip() + " runs backwards");
                }
                for (int p = from; p <= to; p++) {
                    out.add(String.valueOf(p));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Scale labels: '" + item.strip() + "' is not a prefix or range");
            }
        }
        return out;
    }

    int amountDigits() {
        return 10 - itemDigits;
    }
}
