package nl.connectedstore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "8710398500267", "96385074", "036000291452", "10614141000415"})
    void realCodesAreValid(String code) {
        assertThat(Gtin.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "96385075", "036000291453", "", "12345", "40063813339a1",
        "４００６３８１３３３９３１", "400638133393100"})
    void wrongCheckDigitsLengthsAndCharactersAreRefused(String code) {
        assertThat(Gtin.isValid(code)).isFalse();
    }

    @Test
    void nullIsNotACode() {
        assertThat(Gtin.isValid(null)).isFalse();
    }

    @Property
    void aComputedCheckDigitAlwaysValidates(@ForAll @NumericChars @StringLength(12) String payload) {
        assertThat(Gtin.isValid(Gtin.withCheckDigit(payload))).isTrue();
    }

    @Property
    void everySingleDigitTypoIsCaught(@ForAll @NumericChars @StringLength(12) String payload,
                                      @ForAll @IntRange(min = 0, max = 12) int position,
                                      @ForAll @IntRange(min = 1, max = 9) int shift) {
        String code = Gtin.withCheckDigit(payload);
        char wrong = (char) ('0' + (code.charAt(position) - '0' + shift) % 10);
        String typo = code.substring(0, position) + wrong + code.substring(position + 1);
        assertThat(Gtin.isValid(typo)).as(typo).isFalse();
    }
}
