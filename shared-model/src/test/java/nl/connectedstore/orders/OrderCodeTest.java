package nl.connectedstore.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.connectedstore.persistence.AnyText;
import org.junit.jupiter.api.Test;

/** An order code typed or scanned: only the code's own letters and digits, in either case. */
class OrderCodeTest {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    @Test
    void aCodeIsReadTypedOrScannedInEitherCase() {
        assertThat(OrderCode.parse("CSORDER:K7Q2M9XD")).contains("K7Q2M9XD");
        assertThat(OrderCode.parse(" csorder:k7q2-m9xd ")).contains("K7Q2M9XD");
        assertThat(OrderCode.parse("k7q2 m9xd")).contains("K7Q2M9XD");
        assertThat(OrderCode.isOrderCode("csorder:K7Q2M9XD")).isTrue();
    }

    @Test
    void lettersThatOnlyUpperCaseIntoTheAlphabetAreNoCode() {
        assertThat(OrderCode.parse("\u00df\u00df\u00df\u00df")).isEmpty(); // ßßßß was SSSSSSSS
        assertThat(OrderCode.parse("\ufb00\ufb00\ufb00\ufb00")).isEmpty(); // ﬀ ligatures were FFFFFFFF
        assertThat(OrderCode.parse("K7Q2M9X\u0111")).isEmpty();
        assertThat(OrderCode.parse("\u212aSORDER:K7Q2M9XD")).isEmpty(); // Kelvin sign is not a C
        assertThat(OrderCode.isOrderCode("\u212aSORDER:K7Q2M9XD")).isFalse();
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> codes = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(8);
        Arbitrary<String> spelledAnyhow = codes.flatMap(code -> Arbitraries.of(code, code.toLowerCase(),
                OrderCode.display(code), OrderCode.qr(code), "csorder:" + code.toLowerCase(), " " + code + " "));
        return Arbitraries.oneOf(spelledAnyhow, AnyText.any(), AnyText.any().map(t -> "CSORDER:" + t));
    }

    @Property(tries = 2_000)
    void whatIsAcceptedIsEightCharactersOfTheAlphabetAndFitsTheColumn(@ForAll("typed") String typed) {
        Optional<String> code = OrderCode.parse(typed);
        code.ifPresent(c -> {
            assertThat(c).hasSize(8);
            assertThat(c.chars()).allMatch(ch -> ALPHABET.indexOf(ch) >= 0);
            assertThat(OrderCode.parse(c)).contains(c);
            // every character of what was typed is an ASCII letter, digit, dash, space or the prefix
            String rest = typed.strip().replaceFirst("(?i)^csorder:", "");
            assertThat(rest.chars()).allMatch(ch -> ch < 128);
        });
    }

    @Property(tries = 500)
    void aGeneratedCodeReadsBackHoweverItIsWritten(@ForAll("codes") String code) {
        for (String written : new String[] {code, code.toLowerCase(), OrderCode.display(code), OrderCode.qr(code),
                OrderCode.display(code).toLowerCase()}) {
            assertThat(OrderCode.parse(written)).contains(code);
        }
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.create(OrderCode::generate);
    }
}
