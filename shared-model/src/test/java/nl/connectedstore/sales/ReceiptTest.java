package nl.connectedstore.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.connectedstore.money.Money;
import org.junit.jupiter.api.Test;

/** A receipt reads as a till prints it: one line per item with its count, not one per scan (issue 16). */
class ReceiptTest {

    private static Receipt.Line line(String name, String quantity, String unit, String total) {
        return line(name, "Fresco", quantity, unit, total);
    }

    private static Receipt.Line line(String name, String brand, String quantity, String unit, String total) {
        return new Receipt.Line(name, brand, new BigDecimal(quantity), Money.of(unit, "EUR"), Money.of(total, "EUR"),
                new BigDecimal("9"));
    }

    private static Receipt receipt(Receipt.Line... lines) {
        return new Receipt("AMS-T1", 7, Instant.EPOCH, List.of(lines), Money.of("0", "EUR"), List.of(), "ref");
    }

    @Test
    void threeScansOfOneItemAreOneLineOfThree() {
        Receipt receipt = receipt(line("Apple juice 1 L", "1", "1.29", "1.29"), line("Bread", "1", "2.10", "2.10"),
                line("Apple juice 1 L", "1", "1.29", "1.29"), line("Apple juice 1 L", "1", "1.29", "1.29"));

        assertThat(receipt.grouped()).containsExactly(line("Apple juice 1 L", "3", "1.29", "3.87"),
                line("Bread", "1", "2.10", "2.10"));
    }

    @Test
    void anotherBrandAtTheSamePriceIsAnotherLine() {
        Receipt receipt = receipt(line("Apple juice 1 L", "Fresco", "1", "1.29", "1.29"),
                line("Apple juice 1 L", "Sunny Grove", "1", "1.29", "1.29"),
                line("Apple juice 1 L", "Fresco", "1", "1.29", "1.29"));

        assertThat(receipt.grouped()).containsExactly(line("Apple juice 1 L", "Fresco", "2", "1.29", "2.58"),
                line("Apple juice 1 L", "Sunny Grove", "1", "1.29", "1.29"));
    }

    @Test
    void theSameNameAtAnotherPriceAndWeighedItemsKeepTheirOwnLines() {
        Receipt receipt = receipt(line("Apple juice 1 L", "1", "1.29", "1.29"),
                line("Apple juice 1 L", "1", "0.99", "0.99"),
                line("Tomatoes", "0.512", "3.00", "1.54"), line("Tomatoes", "0.512", "3.00", "1.54"));

        assertThat(receipt.grouped()).hasSize(4);
    }
}
