package nl.connectedstore.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/** One thing that happened to an order: a status it reached (PLACED, READY, ...) or a payment attempt. */
@Entity
@Table(name = "order_event")
class OrderEvent extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(nullable = false, length = 24)
    private String kind;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "done_by", nullable = false, length = 100)
    private String doneBy;

    protected OrderEvent() {
    }

    OrderEvent(CustomerOrder order, String kind, Instant happenedAt, String doneBy) {
        this.order = order;
        this.kind = kind;
        this.happenedAt = happenedAt;
        this.doneBy = doneBy;
    }

    String kind() {
        return kind;
    }

    Instant happenedAt() {
        return happenedAt;
    }

    String doneBy() {
        return doneBy;
    }
}
