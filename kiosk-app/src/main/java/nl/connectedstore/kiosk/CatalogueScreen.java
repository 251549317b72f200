package nl.connectedstore.kiosk;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.CategoryView;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopQuery;
import nl.connectedstore.catalog.ShopResults;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.TouchButton;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The whole chain's catalogue: categories down the left, a big search field on top, filters (brand, price,
 * in stock here) and order below it, product tiles in a virtualised grid. Searching runs in the background as
 * the customer types; only the newest answer is shown. With ordering, a basket button shows what is in it.
 */
final class CatalogueScreen extends BorderPane {

    static final int PAGE = 120;

    private final CatalogService catalog;
    private final ShopSearch search;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final GridView<ProductCard> grid = new GridView<>();
    private final TextField searchField = new TextField();
    private final ComboBox<String> brand = new ComboBox<>();
    private final TextField minPrice = new TextField();
    private final TextField maxPrice = new TextField();
    private final CheckBox inStockHere = new CheckBox();
    private final ComboBox<ShopQuery.Order> order = new ComboBox<>();
    private final Label priceProblem = new Label();
    private boolean fillingBrands;
    private final Label count = new Label();
    private final Label empty = new Label();
    private final ObjectProperty<CategoryView> category = new SimpleObjectProperty<>();
    private final VBox categories = new VBox(6);
    private final Consumer<ProductCard> onOpen;
    private long latestQuery;

    /**
     * @param basket        the customer's webshop basket with its button, or null on a kiosk that does not take orders
     * @param indexProgress how far the typo-tolerant index is built (a bar shows until 1), or null
     */
    CatalogueScreen(CatalogService catalog, ShopSearch search, StoreInfo store, Messages messages, TaskExecutor executor,
                    Consumer<ProductCard> onOpen, Runnable onHome, Runnable onCheckout, Runnable onSignUp,
                    Runnable onPortal, WebBasket basket, Runnable onBasket, DoubleProperty indexProgress) {
        this.catalog = catalog;
        this.search = search;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
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
        HBox top = new HBox(16, home, searchIcon, searchField, clear);
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
            toBasket.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
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
        empty.setId("emptyResults");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setVisible(false);
        count.setId("resultCount");
        count.getStyleClass().add("result-count");
        StackPane results = new StackPane(grid, empty);
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
            // once the index is in, ask again: typos are forgiven from then on
            indexProgress.addListener((obs, was, now) -> {
                if (now.doubleValue() >= 1 && was.doubleValue() < 1) {
                    refresh();
                }
            });
        }
        VBox center = new VBox(8, filters(messages), countRow, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        center.getStyleClass().add("results");
        setCenter(center);

        searchField.textProperty().addListener((obs, old, text) -> refresh());
        category.addListener((obs, old, now) -> {
            loadBrands();
            refresh();
        });
    }

    /** Brand, price range, in stock here, and the order of the tiles. */
    private javafx.scene.layout.FlowPane filters(Messages messages) {
        brand.setId("brandFilter");
        brand.setPromptText(messages.get("kiosk.filter.allBrands"));
        brand.setButtonCell(brandCell(messages));
        brand.setCellFactory(list -> brandCell(messages));
        brand.valueProperty().addListener((obs, old, now) -> {
            if (!fillingBrands) {
                refresh();
            }
        });
        minPrice.setId("minPrice");
        maxPrice.setId("maxPrice");
        String currency = store.currency().getSymbol(messages.locale());
        minPrice.setPromptText(messages.get("kiosk.filter.from", currency));
        maxPrice.setPromptText(messages.get("kiosk.filter.to", currency));
        for (TextField price : List.of(minPrice, maxPrice)) {
            price.setPrefColumnCount(5);
            price.textProperty().addListener((obs, old, now) -> refresh());
        }
        priceProblem.setId("priceProblem");
        priceProblem.getStyleClass().add("field-problem");
        priceProblem.managedProperty().bind(priceProblem.visibleProperty());
        priceProblem.setVisible(false);
        inStockHere.setId("inStockHere");
        inStockHere.setText(messages.get("kiosk.filter.inStockHere"));
        inStockHere.selectedProperty().addListener((obs, old, now) -> refresh());
        order.setId("sortBy");
        order.getItems().setAll(ShopQuery.Order.values());
        order.setValue(ShopQuery.Order.RELEVANCE);
        order.setButtonCell(orderCell(messages));
        order.setCellFactory(list -> orderCell(messages));
        order.valueProperty().addListener((obs, old, now) -> refresh());
        Label sortLabel = new Label(messages.get("kiosk.filter.sort"));
        sortLabel.setMinWidth(Region.USE_PREF_SIZE);
        inStockHere.setMinWidth(Region.USE_PREF_SIZE);
        // a second line when Dutch or Danish need more than one ("Op voorraad ...", "Sort...")
        HBox sort = new HBox(8, sortLabel, order);
        sort.setAlignment(Pos.CENTER_LEFT);
        HBox price = new HBox(8, minPrice, new Label("\u2013"), maxPrice, priceProblem);
        price.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(12, 8, brand, price, inStockHere, sort);
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

    private void loadBrands() {
        CategoryView chosen = category.get();
        executor.execute(BackgroundTask.of(progress -> search.brands(chosen == null ? null : chosen.code()))
                .onSuccess(list -> {
                    fillingBrands = true;
                    String kept = brand.getValue();
                    brand.getItems().setAll(new java.util.ArrayList<String>(java.util.Collections.singletonList(null)));
                    brand.getItems().addAll(list);
                    brand.setValue(list.contains(kept) ? kept : null);
                    fillingBrands = false;
                    if (kept != null && !list.contains(kept)) {
                        refresh();
                    }
                }));
    }

    /** Loads categories and the first page of products. */
    void load() {
        executor.execute(BackgroundTask.of(progress -> catalog.categories())
                .onSuccess(this::showCategories)
                .onFailure(e -> showFailure()));
        loadBrands();
        refresh();
    }

    private void showCategories(List<CategoryView> list) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = categoryButton(null, messages.get("kiosk.categories.all"), group);
        all.setSelected(true);
        categories.getChildren().setAll(all);
        for (CategoryView view : list) {
            categories.getChildren().add(categoryButton(view,
                    messages.getOrDefault("category." + view.code(), view.name()), group));
        }
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
        button.setOnAction(e -> category.set(view));
        return button;
    }

    private void refresh() {
        long queryNumber = ++latestQuery;
        String text = searchField.getText();
        CategoryView chosen = category.get();
        BigDecimal from;
        BigDecimal to;
        try {
            from = price(minPrice.getText());
            to = price(maxPrice.getText());
            if (from != null && to != null && from.compareTo(to) > 0) {
                throw new NumberFormatException();
            }
            priceProblem.setVisible(false);
            minPrice.pseudoClassStateChanged(INVALID, false);
            maxPrice.pseudoClassStateChanged(INVALID, false);
        } catch (NumberFormatException e) {
            // a price being typed ("2," or "abc") keeps the last results and says what is expected
            priceProblem.setText(messages.get("kiosk.filter.priceProblem"));
            priceProblem.setVisible(true);
            minPrice.pseudoClassStateChanged(INVALID, true);
            maxPrice.pseudoClassStateChanged(INVALID, true);
            return;
        }
        ShopQuery query = new ShopQuery(text, chosen == null ? null : chosen.code(), brand.getValue(), from, to,
                inStockHere.isSelected(), order.getValue(), PAGE);
        executor.execute(BackgroundTask.of(progress -> search.search(store, query))
                .onSuccess(results -> {
                    if (queryNumber == latestQuery) {
                        show(text, results);
                    }
                })
                .onFailure(e -> {
                    if (queryNumber == latestQuery) {
                        showFailure();
                    }
                }));
    }

    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    /** A typed price: "2", "2,50" or "2.50"; empty for none. */
    static BigDecimal price(String typed) {
        String text = typed == null ? "" : typed.strip().replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,6}(\\.\\d{1,2})?")) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(text);
    }

    private void show(String text, ShopResults results) {
        List<ProductCard> cards = results.cards();
        grid.getItems().setAll(cards);
        count.setText(messages.get("kiosk.results.count", results.total()) + (results.moreThan() ? "+" : ""));
        empty.setVisible(cards.isEmpty());
        empty.setText(cards.isEmpty() ? text.isBlank() ? messages.get("kiosk.results.noneFiltered")
                : messages.get("kiosk.results.none", text.strip()) : "");
    }

    private void showFailure() {
        grid.getItems().clear();
        count.setText("");
        empty.setVisible(true);
        empty.setText(messages.get("kiosk.results.failed"));
    }

    void openFirstResult() {
        if (!grid.getItems().isEmpty()) {
            onOpen.accept(grid.getItems().get(0));
        }
    }

    TextField searchField() {
        return searchField;
    }
}
