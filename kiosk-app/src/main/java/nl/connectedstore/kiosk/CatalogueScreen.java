package nl.connectedstore.kiosk;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.CategoryView;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopQuery;
import nl.connectedstore.catalog.ShopResults;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.KeyboardLayout;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TouchButton;
import nl.connectedstore.ui.TouchKeyboard;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The whole chain's catalogue: categories down the left, a big search field on top, filters (brand, price,
 * in stock here) and order below it, product tiles in a virtualised grid. Searching runs in the background as
 * the customer types; only the newest answer is shown. With ordering, a basket button shows what is in it. What
 * is asked and answered is the {@link CataloguePresenter}'s; this view binds to it.
 */
final class CatalogueScreen extends BorderPane {

    private final CataloguePresenter presenter;
    private final StoreInfo store;
    private final Messages messages;
    private final GridView<ProductCard> grid = new GridView<>();
    private final TextField searchField = new TextField();
    private final ComboBox<String> brand = new ComboBox<>();
    private final TextField minPrice = new TextField();
    private final TextField maxPrice = new TextField();
    private final CheckBox inStockHere = new CheckBox();
    private final ComboBox<ShopQuery.Order> order = new ComboBox<>();
    private final Label priceProblem = new Label();
    private final Label count = new Label();
    private final Label empty = new Label();
    private final VBox categories = new VBox(6);
    private final Consumer<ProductCard> onOpen;

    /**
     * @param basket        the customer's webshop basket with its button, or null on a kiosk that does not take orders
     * @param indexProgress how far the typo-tolerant index is built (a bar shows until 1), or null
     */
    CatalogueScreen(CataloguePresenter presenter, Messages messages, Consumer<ProductCard> onOpen, Runnable onHome,
                    Runnable onCheckout, Runnable onSignUp, Runnable onPortal, WebBasket basket, Runnable onBasket,
                    DoubleProperty indexProgress) {
        this.presenter = presenter;
        this.store = presenter.store();
        this.messages = messages;
        this.onOpen = onOpen;
        setId("catalogue");
        getStyleClass().add("catalogue");

        Button home = TouchButton.of("home", messages.get("kiosk.home"), Material2AL.HOME, onHome);

        searchField.setId("search");
        searchField.setPromptText(messages.get("kiosk.search.prompt"));
        searchField.getStyleClass().add("kiosk-search");
        HBox.setHgrow(searchField, Priority.ALWAYS);
        Button clear = new Button(null, new FontIcon(Material2AL.CLEAR));
        clear.setId("clearSearch");
        clear.getStyleClass().addAll("touch", "flat");
        clear.setAccessibleText(messages.get("kiosk.search.clear"));
        clear.setOnAction(e -> searchField.clear());
        searchField.textProperty().bindBidirectional(presenter.textProperty());
        // only there when there is something to clear: the room goes to the field's prompt and the buttons
        clear.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        clear.managedProperty().bind(clear.visibleProperty());
        FontIcon searchIcon = new FontIcon(Material2MZ.SEARCH);
        searchIcon.getStyleClass().add("search-icon");
        Label storeName = new Label(store.name());
        storeName.getStyleClass().add("store-name");
        // the store name heads the categories, wrapped: in the top bar it was cut to "Co..." in Dutch; the search
        // field gives way when the buttons need the room, and buttons never shrink
        storeName.setWrapText(true);
        storeName.setMinHeight(Region.USE_PREF_SIZE);
        storeName.setId("storeName");
        searchField.setMinWidth(180);
        searchField.setPrefColumnCount(8);
        // the magnifier turns into a spinner while a search is out
        HBox top = new HBox(16, home, Busy.inPlaceOf(searchIcon, presenter.searchingProperty()), searchField, clear);
        if (onSignUp != null) {
            Button signUp = TouchButton.of("toSignUp", messages.get("kiosk.toSignUp"), Material2AL.CARD_MEMBERSHIP,
                    onSignUp);
            top.getChildren().add(signUp);
        }
        if (onPortal != null) {
            Button portal = TouchButton.of("toPortal", messages.get("kiosk.toPortal"), Material2MZ.PRIVACY_TIP,
                    onPortal);
            top.getChildren().add(portal);
        }
        if (basket != null) {
            Button toBasket = TouchButton.of("toBasket", messages.get("kiosk.basket", 0), Material2MZ.SHOPPING_BAG,
                    onBasket);
            toBasket.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("kiosk.basket", basket.items().get()), basket.items()));
            toBasket.getStyleClass().add("accent");
            top.getChildren().add(toBasket);
        }
        if (onCheckout != null) {
            Button toCheckout = TouchButton.of("toCheckout", messages.get("kiosk.toCheckout"),
                    Material2MZ.SHOPPING_CART, onCheckout);
            toCheckout.getStyleClass().addAll("accent");
            top.getChildren().add(toCheckout);
        }
        top.getStyleClass().add("top-bar");
        setTop(top);

        ScrollPane categoryScroll = new ScrollPane(categories);
        categoryScroll.setFitToWidth(true);
        categoryScroll.getStyleClass().add("category-scroll");
        categories.getStyleClass().add("category-list");
        VBox left = new VBox(8, storeName, categoryScroll);
        VBox.setVgrow(categoryScroll, Priority.ALWAYS);
        left.getStyleClass().add("category-column");
        setLeft(left);

        grid.setId("productGrid");
        grid.setCellWidth(200);
        grid.setCellHeight(250);
        grid.setHorizontalCellSpacing(8);
        grid.setVerticalCellSpacing(12);
        grid.setCellFactory(g -> new ProductTile(messages, onOpen));
        grid.setItems(presenter.results());
        empty.setId("emptyResults");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setVisible(false);
        count.setId("resultCount");
        count.getStyleClass().add("result-count");
        // until the first answer is in (seconds on a cold kiosk), a veil with a spinner instead of an empty grid
        StackPane results = Busy.cover(new StackPane(grid, empty),
                presenter.searchingProperty().and(Bindings.isEmpty(presenter.results())));
        results.setId("catalogueResults");
        StackPane.setAlignment(empty, Pos.CENTER);
        HBox countRow = new HBox(12, count);
        countRow.setAlignment(Pos.CENTER_LEFT);
        if (indexProgress != null) {
            ProgressBar building = new ProgressBar();
            building.setId("indexProgress");
            building.progressProperty().bind(indexProgress);
            Label buildingText = new Label(messages.get("kiosk.search.preparing"));
            buildingText.getStyleClass().add("result-count");
            HBox preparing = new HBox(8, building, buildingText);
            preparing.setAlignment(Pos.CENTER_LEFT);
            preparing.visibleProperty().bind(indexProgress.lessThan(1));
            preparing.managedProperty().bind(preparing.visibleProperty());
            countRow.getChildren().add(preparing);
        }
        VBox center = new VBox(8, filters(messages), countRow, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        center.getStyleClass().add("results");
        setCenter(center);

        count.textProperty().bind(Bindings.createStringBinding(() -> {
            ShopResults shown = presenter.shownProperty().get();
            return shown == null ? "" : messages.get("kiosk.results.count", shown.total()) + (shown.moreThan() ? "+" : "");
        }, presenter.shownProperty()));
        empty.visibleProperty().bind(presenter.emptyProperty().isNotNull());
        empty.textProperty().bind(Bindings.createStringBinding(
                () -> ShopNote.text(messages, presenter.emptyProperty().get()), presenter.emptyProperty()));
        presenter.categories().addListener((ListChangeListener<CategoryView>) c -> showCategories());
    }

    /** Brand, price range, in stock here, and the order of the tiles. */
    private FlowPane filters(Messages messages) {
        brand.setId("brandFilter");
        brand.setPromptText(messages.get("kiosk.filter.allBrands"));
        brand.setButtonCell(brandCell(messages));
        brand.setCellFactory(list -> brandCell(messages));
        brand.setItems(presenter.brands());
        brand.valueProperty().bindBidirectional(presenter.brandProperty());
        minPrice.setId("minPrice");
        maxPrice.setId("maxPrice");
        String currency = store.currency().getSymbol(messages.locale());
        minPrice.setPromptText(messages.get("kiosk.filter.from", currency));
        maxPrice.setPromptText(messages.get("kiosk.filter.to", currency));
        for (TextField price : List.of(minPrice, maxPrice)) {
            price.setPrefColumnCount(5);
            TouchKeyboard.use(price, KeyboardLayout.PRICE);
            presenter.priceProblemProperty().addListener((obs, was, now) -> price.pseudoClassStateChanged(INVALID, now));
        }
        minPrice.textProperty().bindBidirectional(presenter.minPriceProperty());
        maxPrice.textProperty().bindBidirectional(presenter.maxPriceProperty());
        priceProblem.setId("priceProblem");
        priceProblem.getStyleClass().add("field-problem");
        priceProblem.managedProperty().bind(priceProblem.visibleProperty());
        // a price being typed ("2," or "abc") keeps the last results and says what is expected
        priceProblem.setText(messages.get("kiosk.filter.priceProblem"));
        priceProblem.visibleProperty().bind(presenter.priceProblemProperty());
        inStockHere.setId("inStockHere");
        inStockHere.getStyleClass().add("touch-check"); // a finger-sized box, not the desktop's 20 px
        inStockHere.setText(messages.get("kiosk.filter.inStockHere"));
        inStockHere.selectedProperty().bindBidirectional(presenter.inStockHereProperty());
        order.setId("sortBy");
        order.getItems().setAll(ShopQuery.Order.values());
        order.setButtonCell(orderCell(messages));
        order.setCellFactory(list -> orderCell(messages));
        order.valueProperty().bindBidirectional(presenter.orderProperty());
        Label sortLabel = new Label(messages.get("kiosk.filter.sort"));
        sortLabel.setMinWidth(Region.USE_PREF_SIZE);
        inStockHere.setMinWidth(Region.USE_PREF_SIZE);
        // a second line when Dutch or Danish need more than one ("Op voorraad ...", "Sort...")
        HBox sort = new HBox(8, sortLabel, order);
        sort.setAlignment(Pos.CENTER_LEFT);
        HBox price = new HBox(8, minPrice, new Label("\u2013"), maxPrice, priceProblem);
        price.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(12, 8, brand, price, inStockHere, sort);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private static ListCell<String> brandCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get("kiosk.filter.allBrands") : item);
            }
        };
    }

    private static ListCell<ShopQuery.Order> orderCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ShopQuery.Order item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("kiosk.sort." + item.name()));
            }
        };
    }

    /** Loads categories and the first page of products. */
    void load() {
        presenter.load();
    }

    private void showCategories() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = categoryButton(null, messages.get("kiosk.categories.all"), group);
        categories.getChildren().setAll(all);
        for (CategoryView view : presenter.categories()) {
            categories.getChildren().add(categoryButton(view,
                    messages.getOrDefault("category." + view.code(), view.name()), group));
        }
        group.getToggles().stream().filter(t -> t.getUserData() == presenter.categoryProperty().get()).findFirst()
                .orElse(all).setSelected(true);
        // A category stays chosen until another is touched: deselecting by a second touch is confusing.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
    }

    private ToggleButton categoryButton(CategoryView view, String text, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        if (view != null) {
            button.setGraphic(new FontIcon(CategoryIcons.of(view.code())));
            button.setId("category-" + view.code());
        } else {
            button.setId("category-all");
        }
        button.setToggleGroup(group);
        button.getStyleClass().add("category-button");
        button.setMaxWidth(Double.MAX_VALUE);
        // "Telefoon & elektronica" takes two lines rather than losing its end
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setUserData(view);
        button.setOnAction(e -> presenter.categoryProperty().set(view));
        return button;
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    void openFirstResult() {
        if (!presenter.results().isEmpty()) {
            onOpen.accept(presenter.results().get(0));
        }
    }

    TextField searchField() {
        return searchField;
    }
}
