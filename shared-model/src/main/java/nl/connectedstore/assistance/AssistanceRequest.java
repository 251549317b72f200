package nl.connectedstore.assistance;

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
import nl.connectedstore.persistence.Identified;
import nl.connectedstore.store.StaffMember;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.Terminal;

/**
 * A terminal asking staff for something: an age check for one item, or help. It is answered once; a second
 * answer (two clerks at once) loses on the version and is told so.
 */
@Entity
@Table(name = "assistance_request")
public class AssistanceRequest extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "terminal_id")
    private Terminal terminal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssistanceKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssistanceStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by")
    private StaffMember answeredBy;

    @Version
    private long version;

    protected AssistanceRequest() {
    }

    static AssistanceRequest ageCheck(Terminal terminal, Product product, Instant at) {
        if (!AgeChecks.needsCheck(product.minimumAge())) {
            throw new IllegalArgumentException(product.gtin() + " has no age limit");
        }
        AssistanceRequest r = new AssistanceRequest(terminal, AssistanceKind.AGE_CHECK, at);
        r.product = product;
        r.minimumAge = product.minimumAge();
        return r;
    }

    static AssistanceRequest help(Terminal terminal, Instant at) {
        return new AssistanceRequest(terminal, AssistanceKind.HELP, at);
    }

    private AssistanceRequest(Terminal terminal, AssistanceKind kind, Instant at) {
        this.terminal = terminal;
        this.store = terminal.store();
        this.kind = kind;
        this.status = AssistanceStatus.OPEN;
        this.createdAt = at;
    }

    /** A clerk's answer: approve or refuse an age check; mark a help call done. */
    void answer(AssistanceStatus answer, StaffMember clerk, Instant at) {
        if (!status.isOpen()) {
            throw new AlreadyAnsweredException(status);
        }
        boolean fits = switch (kind) {
            case AGE_CHECK -> answer == AssistanceStatus.APPROVED || answer == AssistanceStatus.REFUSED;
            case HELP -> answer == AssistanceStatus.DONE;
        };
        if (!fits) {
            throw new IllegalArgumentException("A " + kind + " request cannot be answered " + answer);
        }
        this.status = answer;
        this.answeredBy = clerk;
        this.answeredAt = at;
    }

    /** The customer no longer needs it (removed the item, left, or the kiosk reset). */
    void cancel(Instant at) {
        if (status.isOpen()) {
            this.status = AssistanceStatus.CANCELLED;
            this.answeredAt = at;
        }
    }

    Store store() {
        return store;
    }

    Terminal terminal() {
        return terminal;
    }

    AssistanceKind kind() {
        return kind;
    }

    Product product() {
        return product;
    }

    int minimumAge() {
        return minimumAge;
    }

    AssistanceStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    StaffMember answeredBy() {
        return answeredBy;
    }
}
