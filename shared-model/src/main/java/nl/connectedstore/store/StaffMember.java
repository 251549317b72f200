package nl.connectedstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

@Entity
@Table(name = "staff_member")
public class StaffMember extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StaffRole role;

    /** PBKDF2 hash with its salt and cost (see {@link PinHasher}); the PIN itself is never stored. */
    @Column(name = "pin_hash", nullable = false, length = 200)
    private String pinHash;

    /** When the staff member last chose their own PIN; null for the PIN they were given. */
    @Column(name = "pin_changed_at")
    private Instant pinChangedAt;

    /** The language they read the counter in (en, nl, da); null: the store's own. */
    @Column(name = "language", length = 8)
    private String language;

    protected StaffMember() {
    }

    public StaffMember(Store store, String name, StaffRole role, String pinHash) {
        this.store = store;
        this.name = name;
        this.role = role;
        this.pinHash = pinHash;
    }

    boolean pinMatches(char[] pin) {
        return PinHasher.matches(pin, pinHash);
    }

    Instant pinChangedAt() {
        return pinChangedAt;
    }

    void changePin(String newHash, Instant now) {
        this.pinHash = newHash;
        this.pinChangedAt = now;
    }

    /** The language they chose for the counter (en, nl, da), or null when they never chose one. */
    public String language() {
        return language;
    }

    void chooseLanguage(String language) {
        this.language = language;
    }

    public Store store() {
        return store;
    }

    public String name() {
        return name;
    }

    public StaffRole role() {
        return role;
    }
}
