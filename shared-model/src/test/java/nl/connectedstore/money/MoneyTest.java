package nl.connectedstore.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsKeepTheCurrencyScale() {
        assertThat(Money.of("2.5", "EUR").amount()).isEqualByComparingTo("2.50").hasScaleOf(2);
        assertThat(Money.of("2.495", "EUR").amount()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void weighedGoodsRoundToTheCent() {
        // 0.735 kg of cheese at 12.99/kg = 9.54765
        assertThat(Money.of("12.99", "EUR").times(new BigDecimal("0.735"))).isEqualTo(Money.of("9.55", "EUR"));
    }

    @Test
    void currenciesDoNotMix() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "DKK")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vatIsExtractedFromShelfPrices() {
        Vat.Breakdown nl = Vat.ofGross(Money.of("12.10", "EUR"), new BigDecimal("21"));
        assertThat(nl.net()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(nl.vat()).isEqualTo(Money.of("2.10", "EUR"));
        Vat.Breakdown dk = Vat.ofGross(Money.of("125.00", "DKK"), new BigDecimal("25"));
        assertThat(dk.vat()).isEqualTo(Money.of("25.00", "DKK"));
        Vat.Breakdown food = Vat.ofGross(Money.of("1.09", "EUR"), new BigDecimal("9"));
        assertThat(food.vat()).isEqualTo(Money.of("0.09", "EUR"));
    }

    @Property
    void netPlusVatIsAlwaysTheGross(@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal gross,
                                    @ForAll @BigRange(min = "0", max = "30") @Scale(2) BigDecimal rate) {
        Vat.Breakdown breakdown = Vat.ofGross(new Money(gross, java.util.Currency.getInstance("EUR")), rate);
        assertThat(breakdown.net().plus(breakdown.vat()).amount()).isEqualByComparingTo(gross);
        assertThat(breakdown.vat().amount().signum()).isGreaterThanOrEqualTo(0);
        assertThat(breakdown.vat().amount()).isLessThanOrEqualTo(gross);
    }
}
