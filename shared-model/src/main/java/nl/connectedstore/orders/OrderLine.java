package nl.connectedstore.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.persistence.Identified;
import nl.connectedstore.store.Store;

/** One product of an order: how many, at what price, from which location's stock, ready in how many days. */
@Entity
@Table(name = "order_line")
class OrderLine extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_store_id")
    private Store source;

    @Column(name = "ready_in_days", nullable = false)
    private int readyInDays;

    protected OrderLine() {
    }

    OrderLine(CustomerOrder order, int lineNo, Product product, int quantity, BigDecimal unitPrice, Store source,
              int readyInDays) {
        this.order = order;
        this.lineNo = lineNo;
        this.product = product;
        this.productName = product.name();
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.source = source;
        this.readyInDays = readyInDays;
    }

    BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    Product product() {
        return product;
    }

    String productName() {
        return productName;
    }

    int quantity() {
        return quantity;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    Store source() {
        return source;
    }

    int readyInDays() {
        return readyInDays;
    }
}
