package nl.connectedstore.kiosk;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.ui.Messages;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;

/** One product in the catalogue grid: picture (the category's until we have photos), name, price, stock. */
final class ProductTile extends GridCell<ProductCard> {

    private final Messages messages;
    private final Consumer<ProductCard> onOpen;

    ProductTile(Messages messages, Consumer<ProductCard> onOpen) {
        this.messages = messages;
        this.onOpen = onOpen;
        getStyleClass().add("product-tile");
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                onOpen.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(ProductCard card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        FontIcon picture = new FontIcon(CategoryIcons.of(card.categoryCode()));
        picture.getStyleClass().add("tile-picture");
        Label name = new Label(card.name());
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label brand = new Label(card.brand());
        brand.getStyleClass().add("tile-brand");
        Label price = new Label(Prices.of(card, messages));
        price.getStyleClass().add("tile-price");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox box = new VBox(6, picture, name, brand, spacer, price, StockBadge.of(card.stock(), messages));
        box.setAlignment(Pos.TOP_LEFT);
        setGraphic(box);
        setText(null);
    }
}
