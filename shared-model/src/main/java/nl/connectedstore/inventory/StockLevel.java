package nl.connectedstore.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.persistence.Identified;
import nl.connectedstore.store.Store;

/**
 * How many of one product one store (or the warehouse) holds. A row exists only where the product is
 * carried; {@code @Version} makes concurrent sales of the same item detect each other instead of
 * overwriting (no lost update).
 */
@Entity
@Table(name = "stock_level", uniqueConstraints = @UniqueConstraint(columnNames = {"store_id", "product_id"}))
public class StockLevel extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private int quantity;

    @Version
    @Column(nullable = false)
    private long version;

    protected StockLevel() {
    }

    public StockLevel(Store store, Product product, int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("Stock cannot start negative");
        }
        this.store = store;
        this.product = product;
        this.quantity = quantity;
    }

    /** Takes {@code count} off the shelf; stock may not go below zero. */
    public void remove(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Cannot remove a negative count");
        }
        if (count > quantity) {
            throw new IllegalStateException("Only " + quantity + " left, cannot remove " + count);
        }
        quantity -= count;
    }

    /**
     * Records {@code count} sold. The goods were in the customer's hands, so a sale is never refused for
     * stock the system did not know about: the level stops at zero and the shortfall is returned.
     */
    public int sell(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Cannot sell a negative count");
        }
        int shortfall = Math.max(0, count - quantity);
        quantity = Math.max(0, quantity - count);
        return shortfall;
    }

    public void add(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Cannot add a negative count");
        }
        quantity += count;
    }

    public Store store() {
        return store;
    }

    public Product product() {
        return product;
    }

    public int quantity() {
        return quantity;
    }
}
