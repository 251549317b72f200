package nl.connectedstore.suggest;

import java.util.Objects;

/**
 * Why a product is suggested.
 *
 * @param relatedId   the product the suggestion comes from (bought with, similar to, the customer's purchase)
 * @param relatedName its name, for the sentence the clerk reads
 * @param storeCode   for {@link ReasonKind#IN_STOCK_ELSEWHERE}: where it is, else null
 * @param storeName   that location's name, else null
 * @param quantity    how many that location holds, else 0
 */
public record Reason(ReasonKind kind, long relatedId, String relatedName, String storeCode, String storeName,
                     int quantity) {

    public Reason {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(relatedName);
    }

    static Reason of(ReasonKind kind, long relatedId, String relatedName) {
        return new Reason(kind, relatedId, relatedName, null, null, 0);
    }
}
