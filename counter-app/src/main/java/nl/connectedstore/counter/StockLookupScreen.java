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
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.inventory.NothingToReserveException;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.suggest.SuggestionService;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
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

    /**
     * For a product sold out here: similar ones in stock here, and reserving it at another location.
     *
     * @param staffId who reserves, for the record
     */
    record Alternatives(SuggestionService suggestions, ReservationService reservations,
                        nl.connectedstore.store.StaffSession staff) {
    }

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
    private final Alternatives alternatives;
    private final VBox instead = new VBox(8);
    private long latestProduct;

    StockLookupScreen(CatalogService catalog, InventoryService inventory, StoreInfo store, Messages messages,
                      TaskExecutor executor) {
        this(catalog, inventory, store, messages, executor, null);
    }

    /** @param alternatives stand-ins and reservations for sold-out products, or null */
    StockLookupScreen(CatalogService catalog, InventoryService inventory, StoreInfo store, Messages messages,
                      TaskExecutor executor, Alternatives alternatives) {
        this.alternatives = alternatives;
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
        instead.setId("alternatives");
        instead.getStyleClass().add("alternatives");
        VBox right = new VBox(10, locationsTitle, locations, instead);
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
        long request = ++latestProduct;
        instead.getChildren().clear();
        if (card == null) {
            locations.getItems().clear();
            locationsTitle.setText("");
            return;
        }
        locationsTitle.setText(messages.get("counter.availability.title", card.name()));
        boolean soldOut = alternatives != null && card.stock() != StockStatus.IN_STOCK;
        executor.execute(BackgroundTask.of(progress -> new Availability(inventory.availability(card.id(), store.id()),
                        soldOut ? alternatives.suggestions().alternatives(store, card.id(), 5) : List.of()))
                .onSuccess(found -> {
                    if (request != latestProduct) {
                        return;
                    }
                    locations.getItems().setAll(found.locations());
                    if (soldOut) {
                        showInstead(card, found);
                    }
                })
                .onFailure(e -> locations.setPlaceholder(new Label(messages.get("kiosk.results.failed")))));
    }

    /** Every location's stock, and (for a product sold out here) similar ones in stock here: one background read. */
    private record Availability(List<LocationStock> locations, List<Suggestion> similar) {
    }

    /** Sold out here: what is like it and in stock here, and where it can be reserved for pick-up here. */
    private void showInstead(ProductCard wanted, Availability found) {
        Label title = new Label(messages.get("counter.lookup.alternatives"));
        title.getStyleClass().add("title-4");
        instead.getChildren().setAll(title);
        if (found.similar().isEmpty()) {
            Label none = new Label(messages.get("counter.lookup.noAlternatives"));
            none.getStyleClass().add("text-muted");
            instead.getChildren().add(none);
        }
        int i = 0;
        for (Suggestion s : found.similar()) {
            ProductCard p = s.product();
            Label line = new Label(p.name() + " \u00b7 " + (p.price() == null ? "" : messages.money(p.price()))
                    + " \u00b7 " + messages.get("location.quantity", p.quantityHere()));
            line.setWrapText(true);
            Label why = new Label(ReasonText.of(messages, s.reason()));
            why.getStyleClass().add("text-muted");
            VBox row = new VBox(2, line, why);
            row.setId("alternative-" + i++);
            row.getStyleClass().add("alternative-row");
            instead.getChildren().add(row);
        }
        FlowPane reserve = new FlowPane(8, 8);
        Label result = new Label();
        result.setId("reserveResult");
        result.setWrapText(true);
        for (LocationStock there : found.locations()) {
            if (there.here() || !there.carried() || there.quantity() == 0) {
                continue;
            }
            Button button = new Button(messages.get("counter.lookup.reserveAt", locationName(there)),
                    new FontIcon(Material2MZ.STORE));
            button.setId("reserve-" + there.storeCode());
            button.setOnAction(e -> {
                button.setDisable(true);
                executor.execute(BackgroundTask.of(progress -> alternatives.reservations().reserve(wanted.id(),
                                there.storeCode(), store.id(), null, alternatives.staff(),
                                ReservationService.DEFAULT_HOLD))
                        .onSuccess(held -> {
                            result.setText(ReasonText.reserved(messages, held));
                            reloadLocations(wanted);
                        })
                        .onFailure(ex -> {
                            result.setText(ex instanceof NothingToReserveException
                                    ? messages.get("suggest.reserveFailed") : messages.get("suggest.failed"));
                            button.setDisable(ex instanceof NothingToReserveException);
                        }));
            });
            reserve.getChildren().add(button);
        }
        instead.getChildren().addAll(reserve, result);
    }

    /** After a reservation: the locations' new stock, the rest of the panel as it is. */
    private void reloadLocations(ProductCard card) {
        executor.execute(BackgroundTask.of(progress -> inventory.availability(card.id(), store.id()))
                .onSuccess(list -> locations.getItems().setAll(list)));
    }

    void focusSearch() {
        search.requestFocus();
    }
}
