package nl.connectedstore.catalog;

import nl.connectedstore.money.Money;

/**
 * A product as a tile shows it at one store. {@code price} is in the store's currency and empty
 * when the product has no price there; {@code quantityHere} is 0 unless {@code stock} is IN_STOCK.
 */
public record ProductCard(long id, String gtin, String name, String brand, String categoryCode,
                          Money price, boolean soldByWeight, int minimumAge,
                          StockStatus stock, int quantityHere) {
}
