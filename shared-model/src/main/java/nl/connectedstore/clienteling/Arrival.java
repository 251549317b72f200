package nl.connectedstore.clienteling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.persistence.Identified;
import nl.connectedstore.store.Store;

/** A consented customer's card was scanned in a store: the row every counter of that store picks up. */
@Entity
@Table(name = "arrival")
public class Arrival extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "terminal_code", nullable = false, length = 32)
    private String terminalCode;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    protected Arrival() {
    }

    Arrival(Store store, Customer customer, String terminalCode, Instant arrivedAt) {
        this.store = store;
        this.customer = customer;
        this.terminalCode = terminalCode;
        this.arrivedAt = arrivedAt;
    }
}
