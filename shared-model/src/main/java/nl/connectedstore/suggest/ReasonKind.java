package nl.connectedstore.suggest;

/** Why a product is suggested, as a machine reads it; the counter renders it in the clerk's language. */
public enum ReasonKind {
    /** Often in the same basket as a product the customer has or wants ({@link Reason#relatedName()}). */
    BOUGHT_WITH,
    /** The wanted product is sold out here; this one is like it (category, brand, price) and in stock. */
    SIMILAR_IN_STOCK,
    /** The wanted product itself, in stock at another store or the warehouse: reserve it for pick-up here. */
    IN_STOCK_ELSEWHERE,
    /** Goes with something the customer bought before (only with their PERSONAL_ADVICE consent). */
    GOES_WITH_PURCHASES
}
