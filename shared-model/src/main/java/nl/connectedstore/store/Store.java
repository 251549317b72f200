package nl.connectedstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Currency;
import nl.connectedstore.persistence.Identified;

/** A shop or the chain's warehouse: anything that holds stock. */
@Entity
@Table(name = "store")
public class Store extends Identified {

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 100)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StoreKind kind;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    protected Store() {
    }

    public Store(String code, String name, String city, StoreKind kind, String countryCode, Currency currency) {
        this.code = code;
        this.name = name;
        this.city = city;
        this.kind = kind;
        this.countryCode = countryCode;
        this.currencyCode = currency.getCurrencyCode();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String city() {
        return city;
    }

    public StoreKind kind() {
        return kind;
    }

    public String countryCode() {
        return countryCode;
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }
}
