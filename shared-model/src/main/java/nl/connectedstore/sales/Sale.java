package nl.connectedstore.sales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Identified;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.Terminal;

/** A completed sale: its lines, payments and total. Created whole and committed in one transaction. */
@Entity
@Table(name = "sale")
public class Sale extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "terminal_id")
    private Terminal terminal;

    @Column(name = "receipt_number", nullable = false)
    private long receiptNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @OneToMany(mappedBy = "sale", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SaleLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "sale", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Payment> payments = new ArrayList<>();

    protected Sale() {
    }

    public Sale(Terminal terminal, long receiptNumber, Instant createdAt, Customer customer) {
        this.terminal = terminal;
        this.store = terminal.store();
        this.receiptNumber = receiptNumber;
        this.createdAt = createdAt;
        this.customer = customer;
        this.currencyCode = store.currency().getCurrencyCode();
        this.total = BigDecimal.ZERO;
    }

    /** Adds a line and keeps the total equal to the sum of the lines. */
    public SaleLine addLine(Product product, BigDecimal quantity, Money unitPrice, BigDecimal vatRate) {
        return addLine(product, quantity, unitPrice, vatRate, null);
    }

    /**
     * Adds a line whose total may be fixed by a store's price label ({@code labelTotal}, null when the line
     * costs quantity times unit price), and keeps the total equal to the sum of the lines.
     */
    public SaleLine addLine(Product product, BigDecimal quantity, Money unitPrice, BigDecimal vatRate,
                            Money labelTotal) {
        if (!unitPrice.currency().getCurrencyCode().equals(currencyCode)) {
            throw new IllegalArgumentException("Price in " + unitPrice.currency() + " on a " + currencyCode + " sale");
        }
        SaleLine line = new SaleLine(this, lines.size() + 1, product, quantity, unitPrice, vatRate, labelTotal);
        lines.add(line);
        total = total().plus(line.lineTotal()).amount();
        return line;
    }

    public Payment pay(PaymentMethod method, PaymentStatus status, String reference) {
        Payment payment = new Payment(this, method, status, total(), reference, createdAt);
        payments.add(payment);
        return payment;
    }

    public Money total() {
        return new Money(total, store.currency());
    }

    public Store store() {
        return store;
    }

    public Terminal terminal() {
        return terminal;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long receiptNumber() {
        return receiptNumber;
    }

    public List<SaleLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<Payment> payments() {
        return Collections.unmodifiableList(payments);
    }
}
