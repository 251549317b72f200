package nl.connectedstore.customers;

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

/** A card whose QR code carries only a random number, never personal data. */
@Entity
@Table(name = "loyalty_card")
public class LoyaltyCard extends Identified {

    @Column(name = "card_number", nullable = false, unique = true, length = 32)
    private String cardNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected LoyaltyCard() {
    }

    public LoyaltyCard(String cardNumber, Customer customer, Instant issuedAt) {
        this.cardNumber = cardNumber;
        this.customer = customer;
        this.status = CardStatus.ACTIVE;
        this.issuedAt = issuedAt;
    }

    public void block() {
        status = CardStatus.BLOCKED;
    }

    public String cardNumber() {
        return cardNumber;
    }

    public Customer customer() {
        return customer;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public CardStatus status() {
        return status;
    }
}
