package nl.connectedstore.kiosk;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.CategoryView;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
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
 * The in-store catalogue: categories down the left, a big search field on top, product tiles in a
 * virtualised grid. Searching runs in the background as the customer types; only the newest answer is shown.
 */
final class CatalogueScreen extends BorderPane {

    static final int PAGE = 120;

    private final CatalogService catalog;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final GridView<ProductCard> grid = new GridView<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Label empty = new Label();
    private final ObjectProperty<CategoryView> category = new SimpleObjectProperty<>();
    private final VBox categories = new VBox(6);
    private final Consumer<ProductCard> onOpen;
    private long latestQuery;

    CatalogueScreen(CatalogService catalog, StoreInfo store, Messages messages, TaskExecutor executor,
                    Consumer<ProductCard> onOpen, Runnable onHome, Runnable onCheckout, Runnable onSignUp, Runnable onPortal) {
        this.catalog = catalog;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        this.onOpen = onOpen;
        setId("catalogue");
        getStyleClass().add("catalogue");

        Button home = TouchButton.of("home", messages.get("kiosk.home"), Material2AL.HOME, onHome);

        search.setId("search");
        search.setPromptText(messages.get("kiosk.search.prompt"));
        search.getStyleClass().add("kiosk-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = new Button(null, new FontIcon(Material2AL.CLEAR));
        clear.setId("clearSearch");
        clear.getStyleClass().addAll("touch", "flat");
        clear.setAccessibleText(messages.get("kiosk.search.clear"));
        clear.setOnAction(e -> search.clear());
        FontIcon searchIcon = new FontIcon(Material2MZ.SEARCH);
        searchIcon.getStyleClass().add("search-icon");
        Label storeName = new Label(store.name());
        storeName.getStyleClass().add("store-name");
        // the store name and the search field give way when the buttons need the room; buttons never shrink
        storeName.setMinWidth(0);
        storeName.setPrefWidth(60);
        storeName.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(storeName, Priority.ALWAYS);
        search.setMinWidth(180);
        search.setPrefColumnCount(8);
        HBox top = new HBox(16, home, searchIcon, search, clear, storeName);
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
        setLeft(categoryScroll);

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
        VBox center = new VBox(8, count, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        center.getStyleClass().add("results");
        setCenter(center);

        search.textProperty().addListener((obs, old, text) -> refresh());
        category.addListener((obs, old, now) -> refresh());
    }

    /** Loads categories and the first page of products. */
    void load() {
        executor.execute(BackgroundTask.of(progress -> catalog.categories())
                .onSuccess(this::showCategories)
                .onFailure(e -> showFailure()));
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
        button.setOnAction(e -> category.set(view));
        return button;
    }

    private void refresh() {
        long queryNumber = ++latestQuery;
        String text = search.getText();
        CategoryView chosen = category.get();
        SearchQuery query = new SearchQuery(text, chosen == null ? null : chosen.id(), PAGE);
        executor.execute(BackgroundTask.of(progress -> catalog.search(store, query))
                .onSuccess(cards -> {
                    if (queryNumber == latestQuery) {
                        show(text, cards);
                    }
                })
                .onFailure(e -> {
                    if (queryNumber == latestQuery) {
                        showFailure();
                    }
                }));
    }

    private void show(String text, List<ProductCard> cards) {
        grid.getItems().setAll(cards);
        count.setText(cards.size() >= PAGE ? messages.get("kiosk.results.count", cards.size()) + "+"
                : messages.get("kiosk.results.count", cards.size()));
        empty.setVisible(cards.isEmpty());
        empty.setText(cards.isEmpty() ? messages.get("kiosk.results.none", text.strip()) : "");
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
        return search;
    }
}
