package nl.connectedstore.suggest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/** A suggestion a clerk was shown, and when (if) the customer took it. Anonymous: no customer on it. */
@Entity
@Table(name = "suggestion_outcome")
class SuggestionOutcome extends Identified {

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReasonKind reason;

    @Column(name = "shown_at", nullable = false)
    private Instant shownAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected SuggestionOutcome() {
    }

    SuggestionOutcome(long storeId, long staffId, long productId, ReasonKind reason, Instant shownAt) {
        this.storeId = storeId;
        this.staffId = staffId;
        this.productId = productId;
        this.reason = reason;
        this.shownAt = shownAt;
    }

    void accept(Instant at) {
        if (acceptedAt == null) {
            acceptedAt = at;
        }
    }
}
