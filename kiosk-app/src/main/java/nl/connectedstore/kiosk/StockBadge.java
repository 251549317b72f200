package nl.connectedstore.kiosk;

import javafx.scene.control.Label;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.ui.Messages;

/** The green / amber / grey pill that says whether a product can be taken home from this store today. */
final class StockBadge {

    private StockBadge() {
    }

    static Label of(StockStatus status, Messages messages) {
        Label badge = new Label(switch (status) {
            case IN_STOCK -> messages.get("stock.inStock");
            case SOLD_OUT -> messages.get("stock.soldOut");
            case NOT_CARRIED -> messages.get("stock.notCarried");
        });
        badge.getStyleClass().addAll("badge", switch (status) {
            case IN_STOCK -> "in-stock";
            case SOLD_OUT -> "sold-out";
            case NOT_CARRIED -> "not-carried";
        });
        return badge;
    }
}
