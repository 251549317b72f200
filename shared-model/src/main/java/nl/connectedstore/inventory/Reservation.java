package nl.connectedstore.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.persistence.Identified;
import nl.connectedstore.store.Store;

/** Units held at one location for pick-up at a store. While HELD they are off the source's stock. */
@Entity
@Table(name = "reservation")
public class Reservation extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_store_id")
    private Store source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pickup_store_id")
    private Store pickup;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReservationStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "reserved_by")
    private Long reservedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** The order these units are for, or null for a clerk's reservation. */
    @Column(name = "order_id")
    private Long orderId;

    @Version
    @Column(nullable = false)
    private long version;

    protected Reservation() {
    }

    Reservation(Product product, Store source, Store pickup, int quantity, Customer customer, Long reservedBy,
                Instant createdAt, Instant expiresAt) {
        this.product = product;
        this.source = source;
        this.pickup = pickup;
        this.quantity = quantity;
        this.customer = customer;
        this.reservedBy = reservedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.status = ReservationStatus.HELD;
    }

    Reservation(Product product, Store source, Store pickup, int quantity, long orderId, Instant createdAt,
                Instant expiresAt) {
        this(product, source, pickup, quantity, null, null, createdAt, expiresAt);
        this.orderId = orderId;
    }

    /** Ends a held reservation; the caller puts the units back on the source's stock. */
    void end(ReservationStatus to) {
        if (status != ReservationStatus.HELD) {
            throw new IllegalStateException("Reservation " + getId() + " is already " + status);
        }
        status = to;
    }

    Product product() {
        return product;
    }

    Store source() {
        return source;
    }

    int quantity() {
        return quantity;
    }

    ReservationStatus status() {
        return status;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
