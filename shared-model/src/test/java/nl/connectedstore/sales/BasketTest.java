package nl.connectedstore.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import nl.connectedstore.money.Money;
import org.junit.jupiter.api.Test;

class BasketTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static BasketItem item(long id, String price, String vat, int age) {
        return new BasketItem(id, "871000000000" + id, "Item " + id, "Brand", Money.of(price, "EUR"), new BigDecimal(vat),
                false, age, BigDecimal.ONE, null);
    }

    private static BasketItem weighed(long id, String perKg, String kg) {
        return new BasketItem(id, "871000000000" + id, "Loose " + id, "", Money.of(perKg, "EUR"), new BigDecimal("9"),
                true, 0, new BigDecimal(kg), null);
    }

    @Test
    void theSameCountedItemTwiceIsOneLineOfTwoButTwoWeighedLabelsAreTwoLines() {
        Basket basket = new Basket(EUR);
        basket.add(item(1, "1.99", "9", 0));
        basket.add(item(1, "1.99", "9", 0));
        basket.add(weighed(2, "3.49", "0.512"));
        basket.add(weighed(2, "3.49", "0.300"));
        assertThat(basket.lines()).hasSize(3);
        assertThat(basket.lines().get(0).quantity()).isEqualByComparingTo("2");
        // 2 x 1.99 + 0.512 x 3.49 (1.79) + 0.3 x 3.49 (1.05)
        assertThat(basket.totals().total()).isEqualTo(Money.of("6.82", "EUR"));
    }

    @Test
    void totalsShowVatPerRateAndAddUpToWhatTheCustomerPays() {
        Basket basket = new Basket(EUR);
        basket.add(item(1, "2.18", "9", 0));
        basket.add(item(2, "12.10", "21", 0));
        Basket.Totals totals = basket.totals();
        assertThat(totals.total()).isEqualTo(Money.of("14.28", "EUR"));
        assertThat(totals.vat()).hasSize(2);
        assertThat(totals.vat().get(0).ratePercent()).isEqualByComparingTo("9");
        assertThat(totals.vat().get(0).vat()).isEqualTo(Money.of("0.18", "EUR"));
        assertThat(totals.vat().get(1).vat()).isEqualTo(Money.of("2.10", "EUR"));
        assertThat(totals.vat().stream().map(Receipt.VatLine::gross).reduce(Money.zero(EUR), Money::plus))
                .isEqualTo(totals.total());
    }

    @Test
    void quantityChangesAndRemovalChangeTheTotal() {
        Basket basket = new Basket(EUR);
        Basket.Line line = basket.add(item(1, "1.50", "9", 0));
        basket.add(item(2, "1.00", "9", 0));
        basket.setQuantity(line.id(), 4);
        assertThat(basket.totals().total()).isEqualTo(Money.of("7.00", "EUR"));
        basket.remove(line.id());
        assertThat(basket.totals().total()).isEqualTo(Money.of("1.00", "EUR"));
        assertThatThrownBy(() -> basket.setQuantity(basket.lines().get(0).id(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWeighedLinesQuantityIsOnItsLabelAndCannotBeChanged() {
        Basket basket = new Basket(EUR);
        Basket.Line line = basket.add(weighed(2, "3.49", "0.512"));
        assertThatThrownBy(() -> basket.setQuantity(line.id(), 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAgeRestrictedItemBlocksPaymentUntilApprovedAndThenCoversLowerLimits() {
        Basket basket = new Basket(EUR);
        basket.add(item(1, "1.00", "9", 0));
        Basket.Line wine = basket.add(item(2, "6.00", "21", 18));
        Basket.Line beer = basket.add(item(3, "1.20", "21", 16));
        basket.waitFor(wine.id(), 11);
        basket.waitFor(beer.id(), 12);
        assertThat(basket.canPay()).isFalse();
        assertThat(basket.ageApproved(11, 18)).containsExactly(12L);
        assertThat(basket.ageChecks()).containsExactly(11L);
        assertThat(basket.canPay()).isTrue();
        assertThat(basket.add(item(4, "9.00", "21", 18)).ageCheck()).isEqualTo(Basket.AgeCheck.APPROVED);
    }

    @Test
    void approvalsThatLapsedPutTheirItemsBackToWaitingForANewCheck() {
        Basket basket = new Basket(EUR);
        basket.add(item(1, "1.00", "9", 0));
        Basket.Line wine = basket.add(item(2, "6.00", "21", 18));
        basket.waitFor(wine.id(), 11);
        basket.ageApproved(11, 18);
        assertThat(basket.canPay()).isTrue();

        assertThat(basket.ageApprovalsLapsed()).extracting(Basket.Line::id, Basket.Line::requestId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(wine.id(), 0L));
        assertThat(basket.canPay()).isFalse();
        assertThat(basket.ageChecks()).isEmpty();
        assertThat(basket.add(item(4, "9.00", "21", 18)).ageCheck()).as("the old approval covers nothing new")
                .isEqualTo(Basket.AgeCheck.WAITING);
    }

    @Test
    void aRefusedItemLeavesTheBasketAndTheRestCanBePaid() {
        Basket basket = new Basket(EUR);
        basket.add(item(1, "1.00", "9", 0));
        Basket.Line wine = basket.add(item(2, "6.00", "21", 18));
        basket.waitFor(wine.id(), 21);
        assertThat(basket.ageRefused(21)).extracting(Basket.Line::id).containsExactly(wine.id());
        assertThat(basket.lines()).hasSize(1);
        assertThat(basket.canPay()).isTrue();
        assertThat(basket.add(item(2, "6.00", "21", 18)).ageCheck()).isEqualTo(Basket.AgeCheck.WAITING);
    }

    @Test
    void clearingForgetsLinesAndApprovalsAndReturnsRequestsStillOpen() {
        Basket basket = new Basket(EUR);
        Basket.Line wine = basket.add(item(2, "6.00", "21", 18));
        basket.waitFor(wine.id(), 31);
        basket.ageApproved(40, 16);
        assertThat(basket.clear()).containsExactly(31L);
        assertThat(basket.ageChecks()).isEmpty();
        assertThat(basket.isEmpty()).isTrue();
        assertThat(basket.canPay()).isFalse();
    }

    @Test
    void aPriceLabelFixesTheLineTotal() {
        Basket basket = new Basket(EUR);
        basket.add(new BasketItem(5, "8710000000005", "Cheese", "Farm", Money.of("14.90", "EUR"), new BigDecimal("9"), true,
                0, new BigDecimal("0.301"), Money.of("4.49", "EUR")));
        assertThat(basket.totals().total()).isEqualTo(Money.of("4.49", "EUR"));
        assertThat(basket.cartLines().get(0).labelTotal()).isEqualByComparingTo("4.49");
    }
}
