package nl.connectedstore.counter;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.Gtin;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Stock look-up for staff: type a name, brand or scan a barcode; pick a product to see how many this store,
 * the chain's other stores and the warehouse hold.
 */
final class StockLookupScreen extends BorderPane {

    private final CatalogService catalog;
    private final InventoryService inventory;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final TextField search = new TextField();
    private final TableView<ProductCard> products = new TableView<>();
    private final TableView<LocationStock> locations = new TableView<>();
    private final Label locationsTitle = new Label();
    private long latestQuery;

    StockLookupScreen(CatalogService catalog, InventoryService inventory, StoreInfo store, Messages messages,
                      TaskExecutor executor) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        setId("stockLookup");

        search.setId("lookupSearch");
        search.setPromptText(messages.get("counter.lookup.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(10, new FontIcon(Material2MZ.SEARCH), search);
        searchRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        products.setId("products");
        products.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        products.getColumns().setAll(List.of(
                column(messages.get("counter.column.product"), ProductCard::name, 300),
                column(messages.get("counter.column.brand"), ProductCard::brand, 140),
                column(messages.get("counter.column.gtin"), ProductCard::gtin, 140),
                column(messages.get("counter.column.price"),
                        c -> c.price() == null ? "" : messages.money(c.price()), 90),
                column(messages.get("counter.column.here"), this::hereText, 110)));
        products.setPlaceholder(new Label(messages.get("counter.lookup.pick")));
        products.getSelectionModel().selectedItemProperty().addListener((obs, old, card) -> showLocations(card));
        VBox left = new VBox(10, searchRow, products);
        VBox.setVgrow(products, Priority.ALWAYS);

        locations.setId("locations");
        locations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LocationStock, String> where = new TableColumn<>(messages.get("counter.column.location"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(locationName(c.getValue())));
        where.setPrefWidth(240);
        TableColumn<LocationStock, String> city = new TableColumn<>(messages.get("counter.column.city"));
        city.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().city()));
        city.setPrefWidth(110);
        TableColumn<LocationStock, String> quantity = new TableColumn<>(messages.get("counter.column.quantity"));
        quantity.setPrefWidth(120);
        quantity.setCellValueFactory(c -> new ReadOnlyStringWrapper(quantityText(c.getValue())));
        locations.getColumns().setAll(List.of(where, city, quantity));
        locations.setPlaceholder(new Label(messages.get("counter.lookup.pick")));
        locationsTitle.setId("locationsTitle");
        locationsTitle.getStyleClass().add("title-4");
        VBox right = new VBox(10, locationsTitle, locations);
        VBox.setVgrow(locations, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        split.getStyleClass().add("lookup-body");
        setCenter(split);

        search.textProperty().addListener((obs, old, text) -> refresh(text));
        refresh("");
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value,
                                                     double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private String hereText(ProductCard card) {
        return switch (card.stock()) {
            case IN_STOCK -> Integer.toString(card.quantityHere());
            case SOLD_OUT -> messages.get("location.soldOut");
            case NOT_CARRIED -> messages.get("location.notCarried");
        };
    }

    private String locationName(LocationStock location) {
        if (location.here()) {
            return messages.get("location.here", location.storeName());
        }
        return location.kind() == StoreKind.WAREHOUSE ? messages.get("location.warehouse", location.city())
                : location.storeName();
    }

    private String quantityText(LocationStock location) {
        if (!location.carried()) {
            return messages.get("location.notCarried");
        }
        return location.quantity() == 0 ? messages.get("location.soldOut")
                : messages.get("location.quantity", location.quantity());
    }

    private void refresh(String text) {
        long queryNumber = ++latestQuery;
        String typed = text.strip();
        executor.execute(BackgroundTask.of(progress -> Gtin.isValid(typed)
                        ? catalog.byGtin(store, typed).map(List::of).orElse(List.of())
                        : catalog.search(store, new SearchQuery(typed, null, 200)))
                .onSuccess(cards -> {
                    if (queryNumber != latestQuery) {
                        return;
                    }
                    products.getItems().setAll(cards);
                    products.setPlaceholder(new Label(cards.isEmpty() && !typed.isEmpty()
                            ? messages.get("counter.lookup.none", typed) : messages.get("counter.lookup.pick")));
                    if (cards.size() == 1) {
                        products.getSelectionModel().selectFirst();
                    }
                })
                .onFailure(e -> products.setPlaceholder(new Label(messages.get("kiosk.results.failed")))));
    }

    private void showLocations(ProductCard card) {
        if (card == null) {
            locations.getItems().clear();
            locationsTitle.setText("");
            return;
        }
        locationsTitle.setText(messages.get("counter.availability.title", card.name()));
        executor.execute(BackgroundTask.of(progress -> inventory.availability(card.id(), store.id()))
                .onSuccess(list -> locations.getItems().setAll(list))
                .onFailure(e -> locations.setPlaceholder(new Label(messages.get("kiosk.results.failed")))));
    }

    void focusSearch() {
        search.requestFocus();
    }
}
