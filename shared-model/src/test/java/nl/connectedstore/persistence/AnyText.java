package nl.connectedstore.persistence;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Text as a keyboard, a scanner, a paste or a broken setting can deliver it: any UTF-16 code unit including
 * lone surrogates, NUL and other control characters, letters that change length when upper-cased (ß, ﬀ),
 * whole emoji, and strings of 10,000 characters. For properties that say "whatever is typed, no exception
 * escapes and nothing invalid is stored".
 */
public final class AnyText {

    private static final char[] AWKWARD = {
            '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\u00a0', '\ud800', '\udbff', '\udc00',
            '\udfff', '\ufffe', '\uffff', '\u00df', '\ufb00', '\u0130', '\u0131', '\u00e9', 'a', 'Z', '2', '@',
            '.', '-', ' ', '\t', '\n', '='};

    private AnyText() {
    }

    /** Short to medium strings of any code units, awkward ones often. */
    public static Arbitrary<String> anyUnicode() {
        Arbitrary<Character> unit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u0000', '\uffff')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(toObjects(AWKWARD))),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('a', 'z')));
        Arbitrary<String> units = unit.list().ofMaxSize(60).map(AnyText::join);
        Arbitrary<String> emoji = Arbitraries.of("\ud83d\ude00", "\ud83c\uddf3\ud83c\uddf1", "J\u00f8rgen",
                "\u00dcmit", "\u00df\u00df\u00df\u00df");
        return Arbitraries.oneOf(units, emoji, Arbitraries.strings().all().ofMaxLength(300));
    }

    /** 10,000 code units of one kind: letters, digits, NULs, lone surrogates or any. */
    public static Arbitrary<String> veryLong() {
        return Arbitraries.oneOf(
                Arbitraries.of("a", "9", "\u0000", "\ud800", "\u00df", "a@b.nl ", "20-").map(s -> s.repeat(10_000)
                        .substring(0, 10_000)),
                Arbitraries.strings().all().ofLength(10_000));
    }

    /** Either of the two, mostly the shorter. */
    public static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, anyUnicode()), net.jqwik.api.Tuple.of(1, veryLong()));
    }

    private static Character[] toObjects(char[] chars) {
        Character[] out = new Character[chars.length];
        for (int i = 0; i < chars.length; i++) {
            out[i] = chars[i];
        }
        return out;
    }

    private static String join(java.util.List<Character> units) {
        StringBuilder out = new StringBuilder(units.size());
        units.forEach(out::append);
        return out.toString();
    }
}
