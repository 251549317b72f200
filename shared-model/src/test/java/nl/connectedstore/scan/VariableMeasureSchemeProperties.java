package nl.connectedstore.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.connectedstore.persistence.AnyText;

/**
 * Whatever staff type (or paste) into the {@code scale-labels} setting, reading it either gives a scheme that
 * only knows prefixes 20..29 or refuses with an IllegalArgumentException that says why; it never throws
 * anything else and never walks a huge range (the property would time out on the FX thread's old loop).
 */
class VariableMeasureSchemeProperties {

    @Provide
    Arbitrary<String> settings() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 40).map(String::valueOf),
                Arbitraries.of("2147483647", "-2147483648", "30000000", "99999999999999999999", "\u0662\u0660",
                        "", " ", "20-", "-", "--", "0x14"));
        Arbitrary<String> range = Combinators.combine(number, number, Arbitraries.of("-", ",", "--", " - "))
                .as((a, b, sep) -> a + sep + b);
        Arbitrary<String> name = Arbitraries.of("weight", "price", "item-digits", "WEIGHT", "colour", "", "=");
        Arbitrary<String> pair = Combinators.combine(name, Arbitraries.oneOf(number, range))
                .as((n, v) -> n + "=" + v);
        Arbitrary<String> structured = pair.list().ofMaxSize(5).map(pairs -> String.join(" ", pairs));
        return Arbitraries.oneOf(structured, AnyText.anyUnicode(), AnyText.anyUnicode().map(t -> "weight=" + t),
                AnyText.veryLong());
    }

    @Property(tries = 1_500)
    void parsingGivesASchemeOfPrefixes20To29OrAReason(@ForAll("settings") String setting) {
        try {
            VariableMeasureScheme scheme = VariableMeasureScheme.parse(setting);
            assertThat(scheme.measureByPrefix().keySet()).allMatch(p -> p.matches("2[0-9]"));
            assertThat(scheme.itemDigits()).isBetween(3, 7);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.getMessage().length()).isLessThan(400);
        }
    }

    @Property(tries = 200)
    void whatParsesWritesOutToTheSameScheme(@ForAll("settings") String setting) {
        VariableMeasureScheme scheme;
        try {
            scheme = VariableMeasureScheme.parse(setting);
        } catch (IllegalArgumentException refused) {
            return;
        }
        StringBuilder written = new StringBuilder("item-digits=" + scheme.itemDigits());
        scheme.measureByPrefix().forEach((prefix, measure) -> written.append(' ')
                .append(measure == VariableMeasureScheme.Measure.WEIGHT_GRAMS ? "weight=" : "price=").append(prefix));
        assertThatCode(() -> assertThat(VariableMeasureScheme.parse(written.toString())).isEqualTo(scheme))
                .doesNotThrowAnyException();
    }
}
