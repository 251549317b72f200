package nl.connectedstore.money;

/** Which of a country's VAT rates applies to a product; the rate itself depends on the store's country. */
public enum VatClass {
    STANDARD, REDUCED
}
