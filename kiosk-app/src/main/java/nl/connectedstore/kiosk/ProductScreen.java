package nl.connectedstore.kiosk;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One product, drawn from a {@link ProductPresenter}: price, description and facts, where it can be had (here, the
 * other stores, the warehouse) and how soon, what is often bought with it, and, on a kiosk that takes orders,
 * "Add to basket".
 */
final class ProductScreen extends BorderPane {

    private final VBox locations = new VBox(8);
    private final FlowPane goesWith = new FlowPane(10, 10);
    private final Messages messages;
    private final StoreInfo store;

    ProductScreen(ProductPresenter presenter, StoreInfo store, Messages messages, Runnable onBack,
                  Consumer<ProductCard> onOpen, Runnable onBasket) {
        this.messages = messages;
        this.store = store;
        ProductCard card = presenter.card();
        WebBasket basket = presenter.basket();
        setId("product");
        getStyleClass().add("product-page");

        Button back = TouchButton.of("back", messages.get("product.back"), Material2AL.ARROW_BACK, onBack);
        HBox top = new HBox(16, back);
        if (basket != null) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button toBasket = TouchButton.of("toBasket", messages.get("kiosk.basket", basket.items().get()),
                    Material2MZ.SHOPPING_BAG, onBasket);
            toBasket.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("kiosk.basket", basket.items().get()), basket.items()));
            top.getChildren().addAll(spacer, toBasket);
        }
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
        Label description = new Label();
        description.setId("productDescription");
        description.setWrapText(true);
        description.getStyleClass().add("product-description");
        description.managedProperty().bind(description.visibleProperty());
        description.textProperty().bind(presenter.descriptionProperty());
        description.visibleProperty().bind(presenter.descriptionProperty().isNotNull());
        info.getChildren().addAll(description, facts(card));
        if (basket != null) {
            info.getChildren().add(ordering(presenter));
        }
        info.getStyleClass().add("product-info");
        info.setPrefWidth(380);
        info.setMinWidth(300);

        Label whereTitle = new Label(messages.get("product.availability"));
        whereTitle.getStyleClass().add("title-3");
        locations.setId("locations");
        Label goesTitle = new Label(messages.get("product.goesWith"));
        goesTitle.getStyleClass().add("title-3");
        goesWith.setId("goesWith");
        goesWith.setRowValignment(VPos.TOP);
        VBox goesWithBlock = new VBox(10, goesTitle, goesWith);
        goesWithBlock.setId("goesWithBlock");
        goesWithBlock.managedProperty().bind(goesWithBlock.visibleProperty());
        // shown only when the suggestions have something real to say
        goesWithBlock.visibleProperty().bind(Bindings.isNotEmpty(presenter.goesWith()));
        VBox where = new VBox(14, whereTitle, locations, goesWithBlock);
        where.getStyleClass().add("product-where");
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox body = new HBox(40, info, where);
        body.getStyleClass().add("product-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("product-scroll");
        setCenter(scroll);

        presenter.locations().addListener((ListChangeListener<ProductPresenter.Where>) c -> showLocations(presenter));
        presenter.locationsFailedProperty().addListener((obs, was, failed) -> {
            if (failed) {
                locations.getChildren().setAll(new Label(messages.get("kiosk.results.failed")));
            }
        });
        presenter.goesWith().addListener((ListChangeListener<Suggestion>) c -> showGoesWith(presenter, onOpen));
        showLocations(presenter);
        showGoesWith(presenter, onOpen);
    }

    private GridPane facts(ProductCard card) {
        GridPane facts = new GridPane();
        facts.setId("productFacts");
        facts.setHgap(16);
        facts.setVgap(4);
        facts.getStyleClass().add("product-facts");
        int row = 0;
        facts.addRow(row++, fact(messages.get("product.fact.brand")), new Label(card.brand()));
        facts.addRow(row++, fact(messages.get("product.fact.category")),
                new Label(messages.getOrDefault("category." + card.categoryCode(), card.categoryCode())));
        facts.addRow(row++, fact(messages.get("product.fact.sold")), new Label(messages.get(card.soldByWeight()
                ? "product.fact.byWeight" : "product.fact.perPiece")));
        facts.addRow(row, fact(messages.get("product.fact.barcode")), new Label(card.gtin()));
        return facts;
    }

    private static Label fact(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("fact-name");
        return label;
    }

    private VBox ordering(ProductPresenter presenter) {
        Label count = new Label();
        count.setId("quantity");
        count.getStyleClass().add("quantity");
        count.textProperty().bind(presenter.quantityProperty().asString());
        Button less = new Button(null, new FontIcon(Material2MZ.REMOVE));
        less.setId("less");
        less.getStyleClass().addAll("touch", "flat");
        less.setOnAction(e -> presenter.less());
        Button more = new Button(null, new FontIcon(Material2AL.ADD));
        more.setId("more");
        more.getStyleClass().addAll("touch", "flat");
        more.setOnAction(e -> presenter.more());
        Label added = new Label();
        added.setId("added");
        added.setWrapText(true);
        added.getStyleClass().add("added");
        added.textProperty().bind(Bindings.createStringBinding(
                () -> ShopNote.text(messages, presenter.addedProperty().get()), presenter.addedProperty()));
        Button add = TouchButton.of("addToBasket", messages.get("product.addToBasket"), Material2MZ.SHOPPING_BAG,
                presenter::addToBasket);
        add.getStyleClass().add("accent");
        add.disableProperty().bind(presenter.canAddProperty().not()); // until we know some location has it
        Label why = new Label();
        why.setWrapText(true);
        why.getStyleClass().add("field-problem");
        why.setId("notOrderable");
        why.textProperty().bind(Bindings.createStringBinding(
                () -> ShopNote.text(messages, presenter.notOrderableProperty().get()), presenter.notOrderableProperty()));
        HBox row = new HBox(8, less, count, more, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, row, why, added);
    }

    private void showLocations(ProductPresenter presenter) {
        locations.getChildren().clear();
        for (ProductPresenter.Where at : presenter.locations()) {
            LocationStock location = at.stock();
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
            what.setMinWidth(Region.USE_PREF_SIZE); // "307 in stock" whole; the place's text wraps instead
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(2, where);
            if (at.has()) {
                int days = at.readyInDays();
                Label when = new Label(days == 0 ? messages.get("location.readyToday")
                        : location.kind() == StoreKind.WAREHOUSE
                        ? messages.get("location.fromWarehouse", days, store.name())
                        : messages.get("location.fromStore", days, store.name()));
                when.getStyleClass().add("location-when");
                when.setWrapText(true);
                text.getChildren().add(when);
            }
            HBox row = new HBox(12, text, spacer, what);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("location-row");
            row.setId("location-" + location.storeCode());
            locations.getChildren().add(row);
        }
    }

    private void showGoesWith(ProductPresenter presenter, Consumer<ProductCard> onOpen) {
        goesWith.getChildren().clear();
        for (Suggestion suggestion : presenter.goesWith()) {
            ProductCard other = suggestion.product();
            Label otherName = new Label(other.name());
            otherName.setWrapText(true);
            otherName.getStyleClass().add("tile-name");
            Label otherPrice = new Label(Prices.of(other, messages));
            otherPrice.getStyleClass().add("tile-price");
            FontIcon icon = new FontIcon(CategoryIcons.of(other.categoryCode()));
            icon.setIconSize(32);
            Region gap = new Region();
            VBox.setVgrow(gap, Priority.ALWAYS);
            VBox box = new VBox(4, icon, otherName, gap, otherPrice);
            box.setAlignment(Pos.TOP_LEFT);
            box.setPrefHeight(140);
            Button tile = new Button(null, box);
            tile.getStyleClass().add("goes-with-tile");
            tile.setId("goesWith-" + other.id());
            tile.setPrefWidth(170);
            tile.setAlignment(Pos.TOP_LEFT);
            tile.setOnAction(e -> onOpen.accept(other));
            goesWith.getChildren().add(tile);
        }
    }
}
