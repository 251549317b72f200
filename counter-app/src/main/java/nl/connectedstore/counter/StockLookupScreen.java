package nl.connectedstore.counter;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.money.Money;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Stock look-up for staff: type a name, brand or scan a barcode; pick a product to see how many this store,
 * the chain's other stores and the warehouse hold. Draws {@link StockLookupPresenter}'s state and forwards taps.
 */
final class StockLookupScreen extends BorderPane {

    private final StockLookupPresenter presenter;
    private final Messages messages;
    private final TextField search = new TextField();
    private final TableView<ProductCard> products = new TableView<>();
    private final TableView<LocationStock> locations = new TableView<>();
    private final Label locationsTitle = new Label();
    private final VBox instead = new VBox(8);
    private final Label reserveResult = new Label();

    /** @param store the store this counter is in (for the price column's width) */
    StockLookupScreen(StockLookupPresenter presenter, StoreInfo store, Messages messages) {
        this.presenter = presenter;
        this.messages = messages;
        setId("stockLookup");

        search.setId("lookupSearch");
        search.setPromptText(messages.get("counter.lookup.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(10, Busy.inPlaceOf(new FontIcon(Material2MZ.SEARCH), presenter.searchingProperty()),
                search);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        products.setId("products");
        // every column as wide as the widest text it shows now (and its title): none cuts a barcode to "571000...",
        // a price to "\u20ac..." or a name; when they need more than the pane, the table scrolls sideways
        products.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        products.setItems(presenter.products()); // before the columns: they fit themselves to these items
        String anyPrice = messages.money(Money.of("9999.99",
                store.currency().getCurrencyCode()));
        products.getColumns().setAll(List.of(
                // what the clerk looks for first stays in view: the name, the stock here, the price
                FittedColumn.of(products, messages.get("counter.column.product"), ProductCard::name),
                FittedColumn.of(products, messages.get("counter.column.here"), this::hereText, "9999"),
                FittedColumn.of(products, messages.get("counter.column.price"),
                        c -> c.price() == null ? "" : messages.money(c.price()), anyPrice),
                FittedColumn.of(products, messages.get("counter.column.brand"), ProductCard::brand),
                FittedColumn.of(products, messages.get("counter.column.gtin"), ProductCard::gtin, "0000000000000")));
        products.placeholderProperty().bind(Bindings.createObjectBinding(() -> placeholder(switch (
                presenter.placeholderProperty().get()) {
                    case PICK -> messages.get("counter.lookup.pick");
                    case NO_HITS -> messages.get("counter.lookup.none", presenter.searchedProperty().get());
                    case FAILED -> messages.get("kiosk.results.failed");
                }), presenter.placeholderProperty(), presenter.searchedProperty()));
        products.getSelectionModel().selectedItemProperty().addListener((obs, old, card) -> presenter.select(card));
        presenter.selectedProperty().addListener((obs, old, card) -> {
            if (card != null && products.getSelectionModel().getSelectedItem() != card) {
                products.getSelectionModel().select(card);
            }
        });
        VBox left = new VBox(10, searchRow, products);
        VBox.setVgrow(products, Priority.ALWAYS);

        locations.setId("locations");
        locations.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        locations.setItems(presenter.locations());
        locations.getColumns().setAll(List.of(
                FittedColumn.of(locations, messages.get("counter.column.location"), this::locationName),
                FittedColumn.of(locations, messages.get("counter.column.quantity"), this::quantityText),
                FittedColumn.of(locations, messages.get("counter.column.city"), LocationStock::city)));
        locations.placeholderProperty().bind(Bindings.createObjectBinding(() -> placeholder(messages.get(
                presenter.locationsFailedProperty().get() ? "kiosk.results.failed" : "counter.lookup.pick")),
                presenter.locationsFailedProperty()));
        locationsTitle.setId("locationsTitle");
        locationsTitle.textProperty().bind(Bindings.createStringBinding(() -> presenter.selectedProperty().get() == null
                ? "" : messages.get("counter.availability.title", presenter.selectedProperty().get().name()),
                presenter.selectedProperty()));
        locationsTitle.getStyleClass().add("title-4");
        instead.setId("alternatives");
        instead.getStyleClass().add("alternatives");
        reserveResult.setId("reserveResult");
        reserveResult.setWrapText(true);
        reserveResult.textProperty().bind(Bindings.createStringBinding(() -> presenter.reservedProperty().get() != null
                        ? ReasonText.reserved(messages, presenter.reservedProperty().get())
                        : presenter.reserveProblemProperty().get() == null ? ""
                        : messages.get(presenter.reserveProblemProperty().get()),
                presenter.reservedProperty(), presenter.reserveProblemProperty()));
        presenter.insteadProperty().addListener((obs, old, now) -> showInstead(now));
        // a veil with a spinner while where it is in stock is read
        StackPane locationsPane = Busy.cover(locations, presenter.lookingUpProperty());
        VBox right = new VBox(10, locationsTitle, locationsPane, instead);
        VBox.setVgrow(locationsPane, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        split.getStyleClass().add("lookup-body");
        setCenter(split);

        search.textProperty().addListener((obs, old, text) -> presenter.search(text));
        presenter.search("");
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPadding(new Insets(12));
        return label;
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

    /** Sold out here: what is like it and in stock here, and where it can be reserved for pick-up here. */
    private void showInstead(StockLookupPresenter.Instead found) {
        if (found == null) {
            instead.getChildren().clear();
            return;
        }
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
        for (StockLookupPresenter.ReserveAt there : found.reserveAt()) {
            Button button = new Button(messages.get("counter.lookup.reserveAt", locationName(there.location())),
                    new FontIcon(Material2MZ.STORE));
            button.setId("reserve-" + there.location().storeCode());
            button.disableProperty().bind(there.command().readyProperty().not().or(there.nothingLeftProperty()));
            button.setOnAction(e -> presenter.reserve(there));
            reserve.getChildren().add(button);
        }
        instead.getChildren().addAll(reserve, reserveResult);
    }

    void focusSearch() {
        search.requestFocus();
    }
}
