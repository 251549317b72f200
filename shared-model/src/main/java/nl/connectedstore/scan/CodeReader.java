package nl.connectedstore.scan;

import nl.connectedstore.catalog.Gtin;

/**
 * Turns the text a scanner or camera read into a {@link ScannedCode}, or says why it cannot: every code is
 * checked (length, digits, check digit) before anyone looks it up, so a misread never adds a wrong item.
 */
public final class CodeReader {

    /** Why a code was refused; the UI shows a message per reason. */
    public enum Refusal {
        EMPTY, NOT_DIGITS, WRONG_LENGTH, BAD_CHECK_DIGIT, UNKNOWN_PREFIX
    }

    /** The outcome of reading one code. */
    public sealed interface Result {
        record Read(ScannedCode code) implements Result {
        }

        record Refused(Refusal reason, String raw) implements Result {
        }
    }

    private final VariableMeasureScheme scheme;

    public CodeReader(VariableMeasureScheme scheme) {
        this.scheme = scheme;
    }

    public Result read(String text) {
        String raw = text == null ? "" : text.strip();
        if (raw.isEmpty()) {
            return new Result.Refused(Refusal.EMPTY, raw);
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return new Result.Refused(Refusal.NOT_DIGITS, raw);
            }
        }
        String gtin;
        switch (raw.length()) {
            case 8 -> {
                // EAN-8 (common in our stores) or UPC-E, whose check digit covers its expanded UPC-A form.
                if (Gtin.isValid(raw)) {
                    gtin = raw;
                } else if ((raw.charAt(0) == '0' || raw.charAt(0) == '1') && Gtin.isValid(upcE(raw))) {
                    gtin = upcE(raw);
                } else {
                    return new Result.Refused(Refusal.BAD_CHECK_DIGIT, raw);
                }
            }
            case 12, 13, 14 -> {
                if (!Gtin.isValid(raw)) {
                    return new Result.Refused(Refusal.BAD_CHECK_DIGIT, raw);
                }
                gtin = raw.length() == 12 ? "0" + raw : raw;
            }
            default -> {
                return new Result.Refused(Refusal.WRONG_LENGTH, raw);
            }
        }
        if (gtin.length() == 13 && gtin.charAt(0) == '2') {
            return variableMeasure(gtin, raw);
        }
        return new Result.Read(new ScannedCode.TradeItem(gtin, raw));
    }

    private Result variableMeasure(String gtin, String raw) {
        VariableMeasureScheme.Measure measure = scheme.measureByPrefix().get(gtin.substring(0, 2));
        if (measure == null) {
            return new Result.Refused(Refusal.UNKNOWN_PREFIX, raw);
        }
        String item = gtin.substring(2, 2 + scheme.itemDigits());
        int amount = Integer.parseInt(gtin.substring(2 + scheme.itemDigits(), 12));
        return new Result.Read(new ScannedCode.VariableMeasure(item, measure, amount, raw));
    }

    /**
     * UPC-E (8 digits: number system, six data digits, check digit) to the EAN-13 form of its UPC-A,
     * by the standard zero-suppression rules. The check digit stays the same.
     */
    static String upcE(String upcE) {
        char system = upcE.charAt(0);
        String d = upcE.substring(1, 7);
        char check = upcE.charAt(7);
        char last = d.charAt(5);
        String body = switch (last) {
            case '0', '1', '2' -> d.substring(0, 2) + last + "0000" + d.substring(2, 5);
            case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
            case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
            default -> d.substring(0, 5) + "0000" + last;
        };
        return "0" + system + body + check;
    }
}
