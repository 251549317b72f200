package nl.connectedstore.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.connectedstore.money.VatClass;
import nl.connectedstore.persistence.Identified;

/** The VAT percentage of one class in one country (NL 21/9, BE 21/6, DK 25/25). */
@Entity
@Table(name = "vat_rate")
public class VatRate extends Identified {

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_class", nullable = false, length = 16)
    private VatClass vatClass;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal rate;

    protected VatRate() {
    }

    public VatRate(String countryCode, VatClass vatClass, BigDecimal rate) {
        this.countryCode = countryCode;
        this.vatClass = vatClass;
        this.rate = rate;
    }

    public String countryCode() {
        return countryCode;
    }

    public VatClass vatClass() {
        return vatClass;
    }

    public BigDecimal rate() {
        return rate;
    }
}
