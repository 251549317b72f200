package nl.connectedstore.catalog;

/** What a shopper at one store needs to know about a product's stock there. */
public enum StockStatus {
    /** Stocked here and at least one on the shelf. */
    IN_STOCK,
    /** Normally stocked here, none left right now. */
    SOLD_OUT,
    /** This store does not carry it; it can be ordered from another store or the warehouse. */
    NOT_CARRIED
}
