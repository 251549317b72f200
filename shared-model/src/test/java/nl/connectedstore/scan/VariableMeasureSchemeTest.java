package nl.connectedstore.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.connectedstore.catalog.Gtin;
import org.junit.jupiter.api.Test;

/** A chain writes its scale-label scheme as one line; the checkout reads its labels by it. */
class VariableMeasureSchemeTest {

    @Test
    void theDemoSchemeWrittenOutReadsTheSame() {
        assertThat(VariableMeasureScheme.parse("weight=20-24 price=25-29 item-digits=5"))
                .isEqualTo(VariableMeasureScheme.DEMO);
    }

    @Test
    void aChainWithFourDigitItemsAndPricesUnder22ReadsItsLabelsThatWay() {
        VariableMeasureScheme chain = VariableMeasureScheme.parse("price=22;weight=23,24 item-digits=4");
        CodeReader reader = new CodeReader(chain);
        ScannedCode.VariableMeasure price = (ScannedCode.VariableMeasure) ((CodeReader.Result.Read)
                reader.read(Gtin.withCheckDigit("22" + "0042" + "001299"))).code();
        assertThat(price.measure()).isEqualTo(VariableMeasureScheme.Measure.PRICE_CENTS);
        assertThat(price.itemCode()).isEqualTo("0042");
        assertThat(price.amount()).isEqualTo(1299);
        assertThat(reader.read(Gtin.withCheckDigit("21" + "0042" + "001299")))
                .isEqualTo(new CodeReader.Result.Refused(CodeReader.Refusal.UNKNOWN_PREFIX,
                        Gtin.withCheckDigit("21" + "0042" + "001299")));
    }

    @Test
    void aBrokenSchemeSaysWhatIsWrong() {
        assertThatThrownBy(() -> VariableMeasureScheme.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=20-24")).hasMessageContaining("item-digits");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=20-24 price=24 item-digits=5"))
                .hasMessageContaining("24 is given twice");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=24-20 item-digits=5"))
                .hasMessageContaining("backwards");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=x item-digits=5"))
                .hasMessageContaining("'x'");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("colour=20 item-digits=5"))
                .hasMessageContaining("unknown name 'colour'");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=30 item-digits=5"))
                .hasMessageContaining("20..29");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=20 item-digits=9"))
                .hasMessageContaining("3..7");
    }

    @Test
    void aHugePrefixOrRangeIsRefusedAtOnceInsteadOfWalkingIt() {
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=2147483647 item-digits=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2147483647'").hasMessageContaining("20..29");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=20-30000000 item-digits=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'20-30000000'").hasMessageContaining("two digits");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=-5-29 item-digits=5"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=10-25 item-digits=5"))
                .hasMessageContaining("20..29, not 10");
    }

    @Test
    void onlyPlainDigitsCount() {
        // Arabic-Indic digits parse as numbers in Java, but no one types them into this setting on purpose
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=\u0662\u0660 item-digits=5"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=20 item-digits=\u0665"))
                .hasMessageContaining("item-digits");
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=20 item-digits=99999999999"))
                .hasMessageContaining("item-digits");
    }

    @Test
    void aPastedEssayIsRefusedForItsLength() {
        assertThatThrownBy(() -> VariableMeasureScheme.parse("weight=20 ".repeat(5_000) + "item-digits=5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("characters long");
    }
}
