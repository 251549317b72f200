package nl.connectedstore.kiosk;

import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.ui.Messages;

/** A product's shelf price as a customer reads it: "€ 2,49", "€ 3,49 per kg", or ask at the counter. */
final class Prices {

    private Prices() {
    }

    static String of(ProductCard card, Messages messages) {
        if (card.price() == null) {
            return messages.get("product.noPrice");
        }
        String price = messages.money(card.price());
        return card.soldByWeight() ? price + " " + messages.get("product.perKg") : price;
    }
}
