package nl.connectedstore.scan;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import nl.connectedstore.catalog.Gtin;
import nl.connectedstore.scan.CodeReader.Refusal;
import nl.connectedstore.scan.CodeReader.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeReaderTest {

    private final CodeReader reader = new CodeReader(VariableMeasureScheme.DEMO);

    @Test
    void anEan13IsReadAsItIs() {
        assertThat(reader.read("8710398500267"))
                .isEqualTo(new Result.Read(new ScannedCode.TradeItem("8710398500267", "8710398500267")));
    }

    @Test
    void upcAAndUpcEBecomeTheirEan13() {
        assertThat(reader.read("036000291452"))
                .isEqualTo(new Result.Read(new ScannedCode.TradeItem("0036000291452", "036000291452")));
        // UPC-E 04252614 is UPC-A 042100005264
        assertThat(reader.read("04252614"))
                .isEqualTo(new Result.Read(new ScannedCode.TradeItem("0042100005264", "04252614")));
    }

    @Test
    void anEan8StaysEightDigits() {
        assertThat(reader.read("96385074"))
                .isEqualTo(new Result.Read(new ScannedCode.TradeItem("96385074", "96385074")));
    }

    @Test
    void aWeightLabelCarriesItemAndGrams() {
        String label = Gtin.withCheckDigit("221234501250"); // prefix 22, item 12345, 1,250 g
        assertThat(reader.read(label)).isEqualTo(new Result.Read(new ScannedCode.VariableMeasure(
                "12345", VariableMeasureScheme.Measure.WEIGHT_GRAMS, 1250, label)));
    }

    @Test
    void aPriceLabelCarriesItemAndCents() {
        String label = Gtin.withCheckDigit("270004200349"); // prefix 27, item 00042, € 3.49
        assertThat(reader.read(label)).isEqualTo(new Result.Read(new ScannedCode.VariableMeasure(
                "00042", VariableMeasureScheme.Measure.PRICE_CENTS, 349, label)));
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY",
        "'   ', EMPTY",
        "87103985002a7, NOT_DIGITS",
        "hello, NOT_DIGITS",
        "12345, WRONG_LENGTH",
        "123456789012345, WRONG_LENGTH",
        "8710398500268, BAD_CHECK_DIGIT",
        "036000291453, BAD_CHECK_DIGIT",
        "96385075, BAD_CHECK_DIGIT"})
    void garbageIsRefusedWithAReason(String text, Refusal reason) {
        assertThat(reader.read(text)).isEqualTo(new Result.Refused(reason, text.strip()));
    }

    @Test
    void aPrefixTheChainDoesNotUseIsRefused() {
        CodeReader weightsOnly = new CodeReader(new VariableMeasureScheme(
                java.util.Map.of("22", VariableMeasureScheme.Measure.WEIGHT_GRAMS), 5));
        String label = Gtin.withCheckDigit("281234501250");
        assertThat(weightsOnly.read(label)).isEqualTo(new Result.Refused(Refusal.UNKNOWN_PREFIX, label));
    }

    @Property
    void everyValidNonRestrictedEan13ReadsBackUnchanged(@ForAll @NumericChars @StringLength(12) String payload) {
        String code = Gtin.withCheckDigit(payload);
        Result result = reader.read(code);
        if (code.charAt(0) == '2') {
            assertThat(result).isInstanceOf(Result.Read.class);
            assertThat(((Result.Read) result).code()).isInstanceOf(ScannedCode.VariableMeasure.class);
        } else {
            assertThat(result).isEqualTo(new Result.Read(new ScannedCode.TradeItem(code, code)));
        }
    }

    @Property
    void aSingleWrongDigitNeverReadsAsAnotherProduct(@ForAll @NumericChars @StringLength(12) String payload,
                                                     @ForAll @IntRange(min = 0, max = 12) int position,
                                                     @ForAll @IntRange(min = 1, max = 9) int shift) {
        String code = Gtin.withCheckDigit(payload);
        char wrong = (char) ('0' + (code.charAt(position) - '0' + shift) % 10);
        String misread = code.substring(0, position) + wrong + code.substring(position + 1);
        assertThat(reader.read(misread)).isEqualTo(new Result.Refused(Refusal.BAD_CHECK_DIGIT, misread));
    }
}
