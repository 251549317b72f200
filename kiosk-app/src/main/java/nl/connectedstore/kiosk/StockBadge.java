package nl.connectedstore.kiosk;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.ui.Messages;

/** The green / amber / grey pill that says whether a product can be taken home from this store today. */
final class StockBadge {

    private static final List<String> STATES = List.of("in-stock", "sold-out", "not-carried");

    private StockBadge() {
    }

    static Label of(StockStatus status, Messages messages) {
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        // in a narrow tile "Niet in deze winkel" takes two lines rather than losing its end
        badge.setWrapText(true);
        badge.setMinHeight(Region.USE_PREF_SIZE);
        show(badge, status, messages);
        return badge;
    }

    /** Makes an existing badge say {@code status} (a grid cell reuses its badge for the next product). */
    static void show(Label badge, StockStatus status, Messages messages) {
        badge.setText(switch (status) {
            case IN_STOCK -> messages.get("stock.inStock");
            case SOLD_OUT -> messages.get("stock.soldOut");
            case NOT_CARRIED -> messages.get("stock.notCarried");
        });
        badge.getStyleClass().removeAll(STATES);
        badge.getStyleClass().add(switch (status) {
            case IN_STOCK -> "in-stock";
            case SOLD_OUT -> "sold-out";
            case NOT_CARRIED -> "not-carried";
        });
    }
}
