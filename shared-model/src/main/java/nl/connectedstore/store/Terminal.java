package nl.connectedstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.connectedstore.persistence.Identified;

/** One machine in a store: a kiosk, a self-checkout or a counter workstation. */
@Entity
@Table(name = "terminal")
public class Terminal extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TerminalKind kind;

    protected Terminal() {
    }

    public Terminal(Store store, String code, String name, TerminalKind kind) {
        this.store = store;
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public Store store() {
        return store;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TerminalKind kind() {
        return kind;
    }
}
