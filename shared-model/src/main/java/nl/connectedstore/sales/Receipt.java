package nl.connectedstore.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

    /** @param brand the product's brand (three kinds of "Apple juice 1 L" are told apart by it), or null */
    public record Line(String name, String brand, BigDecimal quantity, Money unitPrice, Money total,
                       BigDecimal vatRate) {
    }

    public record VatLine(BigDecimal ratePercent, Money gross, Money net, Money vat) {
    }

    /**
     * The lines as a till prints them: the same item (name and brand) at the same price, counted rather than weighed,
     * on one line with the count (three scans of "Apple juice 1 L" read "3 Apple juice 1 L  3 x 1.29  3.87", not three equal lines);
     * weighed items keep a line each. The order is that of each item's first line.
     */
    public List<Line> grouped() {
        LinkedHashMap<List<Object>, Line> merged = new LinkedHashMap<>();
        int weighed = 0;
        for (Line line : lines) {
            boolean counted = line.quantity().stripTrailingZeros().scale() <= 0;
            List<Object> key = counted ? Arrays.asList(line.name(), line.brand(), line.unitPrice(),
                    line.vatRate().stripTrailingZeros()) : List.of(weighed++);
            merged.merge(key, line, (first, next) -> new Line(first.name(), first.brand(),
                    first.quantity().add(next.quantity()),
                    first.unitPrice(), first.total().plus(next.total()), first.vatRate()));
        }
        return List.copyOf(merged.values());
    }

    /** VAT per rate from the gross amounts per rate (the way a receipt and the basket both show it). */
    public static List<VatLine> vatLines(Map<BigDecimal, Money> grossByRate) {
        return grossByRate.entrySet().stream()
                .map(e -> Vat.ofGross(e.getValue(), e.getKey()))
                .map(b -> new VatLine(b.ratePercent(), b.gross(), b.net(), b.vat()))
                .toList();
    }
}
