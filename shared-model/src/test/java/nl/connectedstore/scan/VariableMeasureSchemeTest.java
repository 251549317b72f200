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
}
