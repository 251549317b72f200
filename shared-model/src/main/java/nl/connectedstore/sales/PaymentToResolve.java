package nl.connectedstore.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Identified;

/**
 * A card payment the terminal approved that has no sale (or order payment) behind it, and that the terminal
 * could not reverse: open until a member of staff refunds it by hand or enters the sale.
 */
@Entity
@Table(name = "payment_to_resolve")
class PaymentToResolve extends Identified {

    enum Status { OPEN, RESOLVED }

    @Column(name = "case_code", nullable = false, unique = true, length = 12)
    private String caseCode;

    @Column(name = "terminal_code", nullable = false, length = 32)
    private String terminalCode;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    @Column(name = "terminal_reference", nullable = false, length = 64)
    private String terminalReference;

    @Column(name = "order_code", length = 12)
    private String orderCode;

    @Column(name = "what_failed", nullable = false, length = 400)
    private String whatFailed;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private UnresolvedPayment.Resolution resolution;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected PaymentToResolve() {
    }

    PaymentToResolve(UnresolvedPayment payment, Instant recordedAt) {
        this.caseCode = payment.caseCode();
        this.terminalCode = payment.terminalCode();
        this.storeId = payment.storeId();
        this.amount = payment.amount().amount();
        this.currencyCode = payment.amount().currency().getCurrencyCode();
        this.paidAt = payment.paidAt();
        this.terminalReference = payment.terminalReference();
        this.orderCode = payment.orderCode();
        this.whatFailed = payment.whatFailed();
        this.recordedAt = recordedAt;
        this.status = Status.OPEN;
    }

    /** Resolved once; a second tap (or a second clerk) changes nothing. Returns whether this call resolved it. */
    boolean resolve(UnresolvedPayment.Resolution how, String by, Instant at) {
        if (status == Status.RESOLVED) {
            return false;
        }
        status = Status.RESOLVED;
        resolution = how;
        resolvedBy = by;
        resolvedAt = at;
        return true;
    }

    UnresolvedPayment view() {
        return new UnresolvedPayment(getId(), caseCode, terminalCode, storeId,
                new Money(amount, Currency.getInstance(currencyCode)), paidAt, terminalReference, orderCode,
                whatFailed, UnresolvedPayment.Kept.TO_RESOLVE_LIST, resolution, resolvedBy, resolvedAt);
    }
}
