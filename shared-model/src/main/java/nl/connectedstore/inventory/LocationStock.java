package nl.connectedstore.inventory;

import nl.connectedstore.store.StoreKind;

/**
 * One location's stock of a product.
 *
 * @param quantity null when the location does not carry the product at all
 * @param here     true for the store the question was asked from
 */
public record LocationStock(String storeCode, String storeName, String city, StoreKind kind,
                            Integer quantity, boolean here) {

    public boolean carried() {
        return quantity != null;
    }
}
