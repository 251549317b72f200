package nl.connectedstore.kiosk;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.ui.Messages;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One product in the catalogue grid: picture (the category's until we have photos), name, price, stock. The
 * grid reuses a handful of tiles while the customer types and scrolls; each tile makes its nodes once and only
 * changes what they say.
 */
final class ProductTile extends GridCell<ProductCard> {

    private final Messages messages;
    private final FontIcon picture = new FontIcon();
    private final Label name = new Label();
    private final Label brand = new Label();
    private final Label price = new Label();
    private final Label badge;
    private final VBox box;

    ProductTile(Messages messages, Consumer<ProductCard> onOpen) {
        this.messages = messages;
        getStyleClass().add("product-tile");
        picture.getStyleClass().add("tile-picture");
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        brand.getStyleClass().add("tile-brand");
        price.getStyleClass().add("tile-price");
        badge = StockBadge.of(StockStatus.NOT_CARRIED, messages);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        box = new VBox(6, picture, name, brand, spacer, price, badge);
        box.setAlignment(Pos.TOP_LEFT);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                onOpen.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(ProductCard card, boolean empty) {
        super.updateItem(card, empty);
        setText(null);
        if (empty || card == null) {
            setGraphic(null);
            return;
        }
        picture.setIconCode(CategoryIcons.of(card.categoryCode()));
        name.setText(card.name());
        brand.setText(card.brand());
        price.setText(Prices.of(card, messages));
        StockBadge.show(badge, card.stock(), messages);
        if (getGraphic() != box) {
            setGraphic(box);
        }
    }
}
