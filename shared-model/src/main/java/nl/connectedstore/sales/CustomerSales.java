package nl.connectedstore.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.connectedstore.catalog.ProductTexts;
import nl.connectedstore.persistence.Transactor;

/**
 * A customer's sales for the privacy use cases (their export, erasure): the sales package's own read and write of
 * its tables, joining the caller's unit of work when there is one ({@link Transactor#readJoining},
 * {@link Transactor#writeJoining}). Needs no terminal, payment list or age checks, so privacy builds it from a
 * transactor alone.
 */
public final class CustomerSales {

    private final Transactor tx;

    public CustomerSales(Transactor tx) {
        this.tx = tx;
    }

    /** The same, reading as the holder of the card the customer showed ({@link Transactor#asHolderOf}). */
    public CustomerSales asHolderOf(String cardNumber) {
        return new CustomerSales(tx.asHolderOf(cardNumber));
    }

    /**
     * Erasure's step for sales: they stay for the books, linked to nobody. Joins the caller's unit of work.
     *
     * @return how many sales were unlinked
     */
    public int forgetCustomer(long customerId) {
        return tx.writeJoining(session -> session.createMutationQuery(
                        "update Sale s set s.customer = null where s.customer.id = :c")
                .setParameter("c", customerId).executeUpdate());
    }

    /** One sale of a customer's, as their export shows it. */
    public record Purchase(String store, String terminal, long receiptNumber, Instant at, String currency,
                           BigDecimal total, List<PurchasedItem> items) {
    }

    /** One line of a {@link Purchase}. */
    public record PurchasedItem(String name, BigDecimal quantity, BigDecimal lineTotal) {
    }

    /**
     * The customer's purchases, oldest first, read inside the caller's unit of work when there is one
     * ({@link Transactor#readJoining}): the customer's export reads everything in one transaction.
     */
    public List<Purchase> purchasesOf(long customerId) {
        return purchasesOf(customerId, null);
    }

    /**
     * As {@link #purchasesOf(long)}, with the products named in {@code language} (English where one has no
     * translation, or for null): what the portal shows; the export keeps the products' own names.
     */
    public List<Purchase> purchasesOf(long customerId, Locale language) {
        return tx.readJoining(session -> {
            List<Sale> sales = session.createSelectionQuery(
                            "from Sale s join fetch s.store join fetch s.terminal where s.customer.id = :c"
                                    + " order by s.createdAt", Sale.class)
                    .setParameter("c", customerId).getResultList();
            Map<Long, String> names = ProductTexts.names(tx, sales.stream()
                    .flatMap(s -> s.lines().stream()).map(l -> l.product().getId()).toList(), language);
            return sales.stream()
                    .map(s -> new Purchase(s.store().name(), s.terminal().code(), s.receiptNumber(), s.createdAt(),
                            s.total().currency().getCurrencyCode(), s.total().amount(),
                            s.lines().stream().map(l -> new PurchasedItem(ProductTexts.name(names,
                                    l.product().getId(), l.product().name()), l.quantity(),
                                    l.lineTotal().amount())).toList()))
                    .toList();
        });
    }
}
