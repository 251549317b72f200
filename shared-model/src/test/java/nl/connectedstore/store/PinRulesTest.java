package nl.connectedstore.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** The shape of a PIN, for any text typed: exactly 4 to 6 ASCII digits, nothing else (no other scripts' digits). */
class PinRulesTest {

    @Property
    void aPinIsFourToSixAsciiDigits(@ForAll @StringLength(max = 12) String typed) {
        boolean digits = typed.chars().allMatch(c -> c >= '0' && c <= '9');
        assertThat(PinGuard.wellFormed(typed.toCharArray()))
                .isEqualTo(digits && typed.length() >= 4 && typed.length() <= 6);
    }

    @Property
    void everyDigitStringOfTheRightLengthIsAPin(@ForAll @CharRange(from = '0', to = '9') @StringLength(min = 4, max = 6)
                                                String pin) {
        assertThat(PinGuard.wellFormed(pin.toCharArray())).isTrue();
    }

    @Property
    void aPinOfOneRepeatedDigitIsAlwaysTooEasy(@ForAll @CharRange(from = '0', to = '9') char digit,
                                               @ForAll("lengths") int length) {
        assertThat(PinGuard.tooEasy(String.valueOf(digit).repeat(length).toCharArray())).isTrue();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> lengths() {
        return net.jqwik.api.Arbitraries.integers().between(4, 6);
    }
}
