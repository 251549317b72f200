package nl.connectedstore.kiosk;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** One product: price, age limit, barcode, and where it can be had: here, the other stores, the warehouse. */
final class ProductScreen extends BorderPane {

    private final VBox locations = new VBox(8);

    ProductScreen(ProductCard card, StoreInfo store, InventoryService inventory, Messages messages,
                  TaskExecutor executor, Runnable onBack) {
        setId("product");
        getStyleClass().add("product-page");

        Button back = TouchButton.of("back", messages.get("product.back"), Material2AL.ARROW_BACK, onBack);
        HBox top = new HBox(16, back);
        top.getStyleClass().add("top-bar");
        setTop(top);

        FontIcon picture = new FontIcon(CategoryIcons.of(card.categoryCode()));
        picture.getStyleClass().add("product-picture");
        Label name = new Label(card.name());
        name.setId("productName");
        name.getStyleClass().add("headline");
        name.setWrapText(true);
        Label brand = new Label(card.brand());
        brand.getStyleClass().add("product-brand");
        Label price = new Label(Prices.of(card, messages));
        price.setId("productPrice");
        price.getStyleClass().add("product-price");
        VBox info = new VBox(12, picture, name, brand, price, StockBadge.of(card.stock(), messages));
        if (card.minimumAge() > 0) {
            Label age = new Label(messages.get("product.ageLimit", card.minimumAge()));
            age.setId("ageLimit");
            age.getStyleClass().addAll("badge", "sold-out");
            info.getChildren().add(age);
        }
        Label gtin = new Label(messages.get("product.gtin", card.gtin()));
        gtin.getStyleClass().add("product-gtin");
        info.getChildren().add(gtin);
        info.getStyleClass().add("product-info");

        Label whereTitle = new Label(messages.get("product.availability"));
        whereTitle.getStyleClass().add("title-3");
        locations.setId("locations");
        VBox where = new VBox(14, whereTitle, locations);
        where.getStyleClass().add("product-where");
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox body = new HBox(40, info, where);
        body.getStyleClass().add("product-body");
        setCenter(body);

        executor.execute(BackgroundTask.of(progress -> inventory.availability(card.id(), store.id()))
                .onSuccess(list -> showLocations(list, messages))
                .onFailure(e -> locations.getChildren().setAll(new Label(messages.get("kiosk.results.failed")))));
    }

    private void showLocations(List<LocationStock> list, Messages messages) {
        locations.getChildren().clear();
        for (LocationStock location : list) {
            String place = location.here() ? messages.get("location.here", location.storeName())
                    : location.kind() == StoreKind.WAREHOUSE ? messages.get("location.warehouse", location.city())
                    : location.storeName();
            Label where = new Label(place);
            where.getStyleClass().add("location-name");
            Label what = new Label(!location.carried() ? messages.get("location.notCarried")
                    : location.quantity() == 0 ? messages.get("location.soldOut")
                    : messages.get("location.quantity", location.quantity()));
            what.getStyleClass().addAll("badge", !location.carried() ? "not-carried"
                    : location.quantity() == 0 ? "sold-out" : "in-stock");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(12, where, spacer, what);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("location-row");
            row.setId("location-" + location.storeCode());
            locations.getChildren().add(row);
        }
    }
}
