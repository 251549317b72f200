package nl.connectedstore.ui;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which keys the on-screen keyboard ({@link TouchKeyboard}) shows for a field: letters with the language's own
 * letters and accents (Danish æ ø å where a Danish keyboard has them, a row of accents for Dutch, plain English),
 * digits, e-mail keys, or a keypad for numbers. A screen says which one a field wants with
 * {@link TouchKeyboard#use}; a field that says nothing gets {@link #TEXT}. Plain Java: no toolkit needed to test it.
 */
public enum KeyboardLayout {
    /** Letters, digits, the language's accents, space. */
    TEXT,
    /** As {@link #TEXT}, starting with a capital: names, streets, cities. */
    NAME,
    /** Letters and digits with @ . - _ and ".com"; no space, no accents. */
    EMAIL,
    /** A keypad of digits: card numbers. */
    NUMBER,
    /** A keypad of digits with "+" for the country code. */
    PHONE,
    /** A keypad of digits with the language's decimal separator. */
    PRICE;

    /** One key: a text it types (a letter, "@", ".com"), or one of the keys that do something else. */
    public record Key(Kind kind, String text) {

        public enum Kind { CHARACTER, SHIFT, BACKSPACE, SPACE, DONE, CLOSE }

        static Key of(String text) {
            return new Key(Kind.CHARACTER, text);
        }

        static Key of(Kind kind) {
            return new Key(kind, "");
        }

        /** A letter that Shift makes a capital (digits and signs stay as they are). */
        public boolean letter() {
            return kind == Kind.CHARACTER && text.length() == 1 && Character.isLetter(text.charAt(0));
        }

        /** The node id tests and CSS use: {@code osk-a}, {@code osk-u00e9} (é), {@code osk-dotcom}, {@code osk-shift}. */
        public String id() {
            if (kind != Kind.CHARACTER) {
                return "osk-" + kind.name().toLowerCase(Locale.ROOT);
            }
            if (text.equals(".com")) {
                return "osk-dotcom";
            }
            StringBuilder id = new StringBuilder("osk-");
            for (char c : text.toCharArray()) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    id.append(c);
                } else {
                    id.append(String.format("u%04x", (int) c));
                }
            }
            return id.toString();
        }
    }

    private static final String DIGITS = "1234567890";
    /** Dutch and Flemish names and words: Céline, Zoë, Anaïs, Jeroen Brouwér; one tap each, no long press to learn. */
    private static final String DUTCH_ACCENTS = "éèëêïóöüáàç";

    /** Whether this is a keypad of digits rather than letters. */
    public boolean numeric() {
        return this == NUMBER || this == PHONE || this == PRICE;
    }

    /** Whether a field with this layout starts with a capital (Shift is on for the first letter). */
    public boolean capitalisesFirstLetter() {
        return this == NAME;
    }

    /** The keys, row by row, for a language (en, nl, da; anything else gets English's). */
    public List<List<Key>> rows(Locale locale) {
        return numeric() ? keypad(locale) : letters(locale.getLanguage());
    }

    private List<List<Key>> keypad(Locale locale) {
        String extra = switch (this) {
            case PHONE -> "+";
            case PRICE -> String.valueOf(DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
            default -> null;
        };
        List<List<Key>> rows = new ArrayList<>();
        rows.add(chars("123"));
        rows.add(chars("456"));
        rows.add(chars("789"));
        List<Key> last = new ArrayList<>();
        if (extra != null) {
            last.add(Key.of(extra));
        }
        last.add(Key.of("0"));
        last.add(Key.of(Key.Kind.BACKSPACE));
        rows.add(last);
        rows.add(List.of(Key.of(Key.Kind.CLOSE), Key.of(Key.Kind.DONE)));
        return rows;
    }

    private List<List<Key>> letters(String language) {
        boolean danish = language.equals("da");
        List<List<Key>> rows = new ArrayList<>();
        List<Key> digits = chars(DIGITS);
        digits.add(Key.of(Key.Kind.BACKSPACE));
        rows.add(digits);
        if (language.equals("nl") && this != EMAIL) {
            rows.add(chars(DUTCH_ACCENTS));
        }
        rows.add(chars(danish ? "qwertyuiopå" : "qwertyuiop"));
        rows.add(chars(danish ? "asdfghjklæø" : "asdfghjkl"));
        List<Key> third = new ArrayList<>();
        third.add(Key.of(Key.Kind.SHIFT));
        third.addAll(chars("zxcvbnm"));
        if (this == EMAIL) {
            third.addAll(chars("-_"));
        } else {
            third.addAll(chars(",.-'"));
        }
        rows.add(third);
        List<Key> bottom = new ArrayList<>();
        bottom.add(Key.of(Key.Kind.CLOSE));
        if (this == EMAIL) {
            bottom.addAll(List.of(Key.of("@"), Key.of("."), Key.of(".com")));
        } else {
            bottom.add(Key.of(Key.Kind.SPACE));
        }
        bottom.add(Key.of(Key.Kind.DONE));
        rows.add(bottom);
        return rows;
    }

    private static List<Key> chars(String keys) {
        List<Key> row = new ArrayList<>();
        keys.codePoints().forEach(c -> row.add(Key.of(Character.toString(c))));
        return row;
    }
}
