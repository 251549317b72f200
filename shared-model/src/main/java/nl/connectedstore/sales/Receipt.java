package nl.connectedstore.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.connectedstore.money.Money;
import nl.connectedstore.money.Vat;

/**
 * A sale as the customer's receipt shows it; before payment (a quote) it has no receipt number (0) and no
 * payment reference.
 */
public record Receipt(String terminalCode, long receiptNumber, Instant at, List<Line> lines, Money total,
                      List<VatLine> vat, String paymentReference) {

    public record Line(String name, BigDecimal quantity, Money unitPrice, Money total, BigDecimal vatRate) {
    }

    public record VatLine(BigDecimal ratePercent, Money gross, Money net, Money vat) {
    }

    /** VAT per rate from the gross amounts per rate (the way a receipt and the basket both show it). */
    public static List<VatLine> vatLines(Map<BigDecimal, Money> grossByRate) {
        return grossByRate.entrySet().stream()
                .map(e -> Vat.ofGross(e.getValue(), e.getKey()))
                .map(b -> new VatLine(b.ratePercent(), b.gross(), b.net(), b.vat()))
                .toList();
    }
}
