package nl.connectedstore.kiosk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.CategoryView;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopQuery;
import nl.connectedstore.catalog.ShopResults;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.BusyState;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole chain's catalogue as one customer searches it: typed text, a category, brand, price range, "in stock
 * here" and the order of the results; every change asks again in the background and only the newest answer is
 * shown (each card carries its stock here). A price being typed ("2," or "abc") keeps the last results and says
 * what is expected. Plain Java: the view binds to this state.
 */
final class CataloguePresenter {

    private static final Logger log = LoggerFactory.getLogger(CataloguePresenter.class);
    /** How many tiles one answer brings. */
    static final int PAGE = 120;

    private final CatalogService catalog;
    private final ShopSearch search;
    private final StoreInfo store;
    private final TaskExecutor executor;
    /** The customer's language: products are found by and named in it; null for English. */
    private final Locale language;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<CategoryView> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> brand = new SimpleObjectProperty<>();
    private final StringProperty minPrice = new SimpleStringProperty("");
    private final StringProperty maxPrice = new SimpleStringProperty("");
    private final BooleanProperty inStockHere = new SimpleBooleanProperty();
    private final ObjectProperty<ShopQuery.Order> order = new SimpleObjectProperty<>(ShopQuery.Order.RELEVANCE);

    private final ObservableList<CategoryView> categories = FXCollections.observableArrayList();
    private final ObservableList<String> brands = FXCollections.observableArrayList(Collections.singletonList(null));
    private final ObservableList<ProductCard> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ShopResults> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShopNote> empty = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper priceProblem = new ReadOnlyBooleanWrapper();
    private boolean fillingBrands;
    /** A search is out: the first one after a language tap takes seconds on a cold kiosk (issue 16). */
    private final BusyState searching = new BusyState();
    private long latestQuery;

    /** @param indexProgress how far the typo-tolerant index is built (asked again once it is in), or null */
    CataloguePresenter(CatalogService catalog, ShopSearch search, StoreInfo store, TaskExecutor executor,
                       ObservableDoubleValue indexProgress) {
        this(catalog, search, store, executor, indexProgress, null);
    }

    /** @param language the customer's language: products are found by and named in it (null: English) */
    CataloguePresenter(CatalogService catalog, ShopSearch search, StoreInfo store, TaskExecutor executor,
                       ObservableDoubleValue indexProgress, Locale language) {
        this.language = language;
        this.catalog = catalog;
        this.search = search;
        this.store = store;
        this.executor = executor;
        text.addListener((obs, was, now) -> refresh());
        category.addListener((obs, was, now) -> {
            loadBrands();
            refresh();
        });
        brand.addListener((obs, was, now) -> {
            if (!fillingBrands) {
                refresh();
            }
        });
        minPrice.addListener((obs, was, now) -> refresh());
        maxPrice.addListener((obs, was, now) -> refresh());
        inStockHere.addListener((obs, was, now) -> refresh());
        order.addListener((obs, was, now) -> refresh());
        if (indexProgress != null) {
            // once the index is in, ask again: typos are forgiven from then on
            indexProgress.addListener((obs, was, now) -> {
                if (now.doubleValue() >= 1 && was.doubleValue() < 1) {
                    refresh();
                }
            });
        }
    }

    /** Loads the categories, the brands and the first page of products. */
    void load() {
        executor.execute(BackgroundTask.of(progress -> catalog.categories())
                .onSuccess(categories::setAll)
                .onFailure(this::failed));
        loadBrands();
        refresh();
    }

    /** The brands of the chosen category, "all brands" (null) first; a brand no longer there is let go. */
    private void loadBrands() {
        CategoryView chosen = category.get();
        executor.execute(BackgroundTask.of(progress -> search.brands(chosen == null ? null : chosen.code()))
                .onSuccess(list -> {
                    fillingBrands = true;
                    String kept = brand.get();
                    List<String> all = new ArrayList<>(Collections.singletonList(null));
                    all.addAll(list);
                    brands.setAll(all);
                    brand.set(list.contains(kept) ? kept : null);
                    fillingBrands = false;
                    if (kept != null && !list.contains(kept)) {
                        refresh();
                    }
                }));
    }

    private void refresh() {
        long queryNumber = ++latestQuery;
        String typed = text.get() == null ? "" : text.get();
        BigDecimal from;
        BigDecimal to;
        try {
            from = price(minPrice.get());
            to = price(maxPrice.get());
            if (from != null && to != null && from.compareTo(to) > 0) {
                throw new NumberFormatException();
            }
            priceProblem.set(false);
        } catch (NumberFormatException e) {
            priceProblem.set(true); // the last results stay
            return;
        }
        CategoryView chosen = category.get();
        ShopQuery query = new ShopQuery(typed, chosen == null ? null : chosen.code(), brand.get(), from, to,
                inStockHere.get(), order.get(), PAGE);
        searching.execute(executor, BackgroundTask.of(progress -> search.search(store, query, language))
                .onSuccess(answer -> {
                    if (queryNumber == latestQuery) {
                        show(typed, answer);
                    }
                })
                .onFailure(e -> {
                    if (queryNumber == latestQuery) {
                        failed(e);
                    }
                }));
    }

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

    private void show(String typed, ShopResults answer) {
        results.setAll(answer.cards());
        shown.set(answer);
        empty.set(!answer.cards().isEmpty() ? null : typed.isBlank() ? ShopNote.of("kiosk.results.noneFiltered")
                : ShopNote.of("kiosk.results.none", typed.strip()));
    }

    private void failed(Throwable e) {
        log.warn("Searching the catalogue failed: {}", e.toString());
        results.clear();
        shown.set(null);
        empty.set(ShopNote.of("kiosk.results.failed"));
    }

    StoreInfo store() {
        return store;
    }

    StringProperty textProperty() {
        return text;
    }

    /** The chosen category, null for all. */
    ObjectProperty<CategoryView> categoryProperty() {
        return category;
    }

    /** The chosen brand, null for all. */
    ObjectProperty<String> brandProperty() {
        return brand;
    }

    /** The lowest price as typed ("2,50"). */
    StringProperty minPriceProperty() {
        return minPrice;
    }

    StringProperty maxPriceProperty() {
        return maxPrice;
    }

    BooleanProperty inStockHereProperty() {
        return inStockHere;
    }

    ObjectProperty<ShopQuery.Order> orderProperty() {
        return order;
    }

    ObservableList<CategoryView> categories() {
        return categories;
    }

    /** The brands to choose from, null ("all brands") first. */
    ObservableList<String> brands() {
        return brands;
    }

    /** The tiles: the newest answer. */
    ObservableList<ProductCard> results() {
        return results;
    }

    /** The newest answer (its count), or null when searching failed. */
    ReadOnlyObjectProperty<ShopResults> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Why there are no tiles (no hits for the words, none for the filters, searching failed), or null. */
    ReadOnlyObjectProperty<ShopNote> emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** True while a search is under way (the newest or one before it). */
    ReadOnlyBooleanProperty searchingProperty() {
        return searching.busyProperty();
    }

    /** True while a typed price cannot be read or the range is upside down; the last results stay. */
    ReadOnlyBooleanProperty priceProblemProperty() {
        return priceProblem.getReadOnlyProperty();
    }
}
