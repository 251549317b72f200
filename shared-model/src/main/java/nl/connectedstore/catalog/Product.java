package nl.connectedstore.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.connectedstore.money.Money;
import nl.connectedstore.money.VatClass;
import nl.connectedstore.persistence.Identified;

@Entity
@Table(name = "product")
public class Product extends Identified {

    @Column(nullable = false, unique = true, length = 14)
    private String gtin;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String brand;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_class", nullable = false, length = 16)
    private VatClass vatClass;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Column(name = "sold_by_weight", nullable = false)
    private boolean soldByWeight;

    @Column(name = "sort_name", nullable = false, length = 200)
    private String sortName;

    /** The item code on the store's own weight/price labels (GS1 prefix 20-29); null for other goods. */
    @Column(name = "scale_code", length = 7, unique = true)
    private String scaleCode;

    /** Shelf price (VAT included) per currency; per kilogram when sold by weight. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_price", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "currency_code", length = 3)
    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private Map<String, BigDecimal> prices = new HashMap<>();

    protected Product() {
    }

    public Product(String gtin, String name, String brand, Category category, VatClass vatClass,
                   int minimumAge, boolean soldByWeight) {
        if (!Gtin.isValid(gtin)) {
            throw new IllegalArgumentException("Invalid GTIN: " + gtin);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A product needs a name");
        }
        if (minimumAge < 0) {
            throw new IllegalArgumentException("Minimum age cannot be negative");
        }
        this.gtin = gtin;
        this.name = name.strip();
        this.brand = brand == null ? "" : brand.strip();
        this.category = category;
        this.vatClass = vatClass;
        this.minimumAge = minimumAge;
        this.soldByWeight = soldByWeight;
        this.sortName = SearchText.normalise(this.name);
    }

    public void setPrice(Money price) {
        if (price.amount().signum() < 0) {
            throw new IllegalArgumentException("A price cannot be negative");
        }
        prices.put(price.currency().getCurrencyCode(), price.amount());
    }

    public Optional<Money> priceIn(Currency currency) {
        BigDecimal amount = prices.get(currency.getCurrencyCode());
        return amount == null ? Optional.empty() : Optional.of(new Money(amount, currency));
    }

    public void describe(String description) {
        this.description = description;
    }

    public String gtin() {
        return gtin;
    }

    public String name() {
        return name;
    }

    public String brand() {
        return brand;
    }

    public Category category() {
        return category;
    }

    public String description() {
        return description;
    }

    public VatClass vatClass() {
        return vatClass;
    }

    public int minimumAge() {
        return minimumAge;
    }

    public boolean soldByWeight() {
        return soldByWeight;
    }

    public String scaleCode() {
        return scaleCode;
    }

    public void labelAs(String scaleCode) {
        if (scaleCode != null && !scaleCode.matches("[0-9]{3,7}")) {
            throw new IllegalArgumentException("A scale code is 3 to 7 digits, not " + scaleCode);
        }
        this.scaleCode = scaleCode;
    }
}
