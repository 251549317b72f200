package nl.connectedstore.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/** A loyalty customer. Personal data lives here and nowhere else, so erasure has one place to clear. */
@Entity
@Table(name = "customer")
public class Customer extends Identified {

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Customer() {
    }

    public Customer(String firstName, String lastName, String email, String phone, String preferredLanguage,
                    Instant createdAt) {
        if (firstName == null || firstName.isBlank()) {
            throw new IllegalArgumentException("A customer needs a first name");
        }
        this.firstName = firstName.strip();
        this.lastName = lastName == null ? "" : lastName.strip();
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
