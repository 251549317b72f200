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

    int amountDigits() {
        return 10 - itemDigits;
    }
}
