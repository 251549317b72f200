package nl.connectedstore.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One product page: its description, where it can be had (here, the other stores, the warehouse) and how soon,
 * what is often bought with it, and, on a kiosk that takes orders, how many to add to the basket. "Add to basket"
 * works only when some location has it and it can be ordered at all (priced, not weighed).
 */
final class ProductPresenter {

    private static final Logger log = LoggerFactory.getLogger(ProductPresenter.class);
    static final int GOES_WITH = 4;

    /** One location's stock, with when it could be ready here ({@code readyInDays}, only when it {@code has} some). */
    record Where(LocationStock stock, boolean has, int readyInDays) {
    }

    private final ProductCard card;
    private final WebBasket basket;
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
    private final ObservableList<Where> locations = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper locationsFailed = new ReadOnlyBooleanWrapper();
    private final ObservableList<Suggestion> goesWith = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper quantity = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ShopNote> notOrderable = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShopNote> added = new ReadOnlyObjectWrapper<>();

    /**
     * @param suggestions what goes with it, or null on a kiosk without the webshop
     * @param basket      the customer's basket, or null on a kiosk that does not take orders
     */
    ProductPresenter(ProductCard card, StoreInfo store, CatalogService catalog, InventoryService inventory,
                     SuggestionService suggestions, WebBasket basket, TaskExecutor executor) {
        this(card, store, catalog, inventory, suggestions, basket, executor, null);
    }

    /**
     * @param language the customer's language: the description, the locations and what goes with it in it (null:
     *                 English); the card comes named in it already
     */
    ProductPresenter(ProductCard card, StoreInfo store, CatalogService catalog, InventoryService inventory,
                     SuggestionService suggestions, WebBasket basket, TaskExecutor executor, Locale language) {
        this.card = card;
        this.basket = basket;
        if (card.price() == null || card.soldByWeight()) {
            notOrderable.set(ShopNote.of(card.soldByWeight() ? "product.weighedNotOrderable"
                    : "product.noPriceNotOrderable"));
        }
        executor.execute(BackgroundTask.of(progress -> inventory.availability(card.id(), store.id(), language))
                .onSuccess(this::showLocations)
                .onFailure(e -> {
                    log.warn("Stock of product {} could not be read: {}", card.id(), e.toString());
                    locationsFailed.set(true);
                }));
        executor.execute(BackgroundTask.of(progress -> catalog.description(card.id(), language))
                .onSuccess(text -> text.ifPresent(description::set)));
        if (suggestions != null) {
            executor.execute(BackgroundTask.of(progress -> suggestions.goesWith(store, List.of(card.id()), Set.of(),
                            GOES_WITH, language))
                    .onSuccess(goesWith::setAll));
        }
    }

    private void showLocations(List<LocationStock> list) {
        boolean somewhere = false;
        List<Where> shown = new ArrayList<>();
        for (LocationStock location : list) {
            boolean has = location.carried() && location.quantity() > 0;
            somewhere |= has;
            shown.add(new Where(location, has, has ? OrderService.readyInDays(location.here(), location.kind()) : -1));
        }
        locations.setAll(shown);
        boolean orderable = card.price() != null && !card.soldByWeight();
        canAdd.set(basket != null && somewhere && orderable);
        if (!somewhere && orderable) {
            notOrderable.set(ShopNote.of("product.nowhere"));
        }
    }

    void more() {
        quantity.set(Math.min(OrderService.MAX_QUANTITY, quantity.get() + 1));
    }

    void less() {
        quantity.set(Math.max(1, quantity.get() - 1));
    }

    /** Puts the chosen quantity into the basket and says so; nothing is held until the order is placed. */
    void addToBasket() {
        if (!canAdd.get()) {
            return;
        }
        basket.add(card, quantity.get());
        added.set(ShopNote.of("product.added", quantity.get(), card.name()));
    }

    ProductCard card() {
        return card;
    }

    /** The product's description, or null when it has none (yet). */
    ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    ObservableList<Where> locations() {
        return locations;
    }

    ReadOnlyBooleanProperty locationsFailedProperty() {
        return locationsFailed.getReadOnlyProperty();
    }

    ObservableList<Suggestion> goesWith() {
        return goesWith;
    }

    ReadOnlyIntegerProperty quantityProperty() {
        return quantity.getReadOnlyProperty();
    }

    /** True once some location has it and it can be ordered. */
    ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    /** Why it cannot be ordered (weighed, no price, sold out everywhere), or null. */
    ReadOnlyObjectProperty<ShopNote> notOrderableProperty() {
        return notOrderable.getReadOnlyProperty();
    }

    /** What was last put into the basket, or null. */
    ReadOnlyObjectProperty<ShopNote> addedProperty() {
        return added.getReadOnlyProperty();
    }

    /** The basket, or null on a kiosk that does not take orders. */
    WebBasket basket() {
        return basket;
    }
}
