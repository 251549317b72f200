package nl.connectedstore.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * VAT on consumer prices. Shelf prices in NL, BE and DK include VAT, so VAT is extracted from a
 * gross amount: vat = gross * rate / (100 + rate), rounded half-up to the cent; net = gross - vat,
 * so net + vat is always exactly the gross the customer pays.
 */
public final class Vat {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Vat() {
    }

    /** @param ratePercent e.g. 21.00 for 21 % */
    public static Breakdown ofGross(Money gross, BigDecimal ratePercent) {
        if (ratePercent.signum() < 0) {
            throw new IllegalArgumentException("VAT rate cannot be negative: " + ratePercent);
        }
        int scale = gross.currency().getDefaultFractionDigits();
        BigDecimal vat = gross.amount().multiply(ratePercent)
                .divide(HUNDRED.add(ratePercent), scale, RoundingMode.HALF_UP);
        Money vatMoney = new Money(vat, gross.currency());
        return new Breakdown(gross, gross.minus(vatMoney), vatMoney, ratePercent);
    }

    public record Breakdown(Money gross, Money net, Money vat, BigDecimal ratePercent) {
    }
}
