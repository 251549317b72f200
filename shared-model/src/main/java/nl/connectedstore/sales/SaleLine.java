package nl.connectedstore.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Identified;

@Entity
@Table(name = "sale_line")
public class SaleLine extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sale_id")
    private Sale sale;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    /** A count, or kilograms for weighed goods. */
    @Column(nullable = false, precision = 10, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "line_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal lineTotal;

    protected SaleLine() {
    }

    SaleLine(Sale sale, int lineNo, Product product, BigDecimal quantity, Money unitPrice, BigDecimal vatRate,
             Money fixedTotal) {
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("A sale line needs a positive quantity");
        }
        this.sale = sale;
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = unitPrice.amount();
        this.vatRate = vatRate;
        this.lineTotal = fixedTotal != null ? fixedTotal.amount() : unitPrice.times(quantity).amount();
    }

    public Money lineTotal() {
        return new Money(lineTotal, sale.total().currency());
    }

    public Money unitPrice() {
        return new Money(unitPrice, sale.total().currency());
    }

    public Product product() {
        return product;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }
}
