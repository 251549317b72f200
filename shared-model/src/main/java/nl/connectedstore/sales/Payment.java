package nl.connectedstore.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Identified;

/** A payment outcome. Holds the terminal's reference only; card data is never stored. */
@Entity
@Table(name = "payment")
public class Payment extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sale_id")
    private Sale sale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentStatus status;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = 64)
    private String reference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Payment() {
    }

    Payment(Sale sale, PaymentMethod method, PaymentStatus status, Money amount, String reference, Instant at) {
        this.sale = sale;
        this.method = method;
        this.status = status;
        this.amount = amount.amount();
        this.reference = reference;
        this.createdAt = at;
    }

    public PaymentMethod method() {
        return method;
    }

    public PaymentStatus status() {
        return status;
    }
}
