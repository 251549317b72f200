package nl.connectedstore.counter;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.Gtin;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.inventory.NothingToReserveException;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.inventory.ReservationView;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.BusyState;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flow behind the staff's stock look-up ({@link StockLookupScreen} draws it): type a name or brand or scan a
 * barcode, pick a product, see how many this store, the chain's other stores and the warehouse hold; for a product
 * sold out here, similar ones in stock here and reserving it at another location for pick-up here. Plain Java: no
 * nodes.
 */
final class StockLookupPresenter {

    private static final Logger log = LoggerFactory.getLogger(StockLookupPresenter.class);
    /** How many products a search lists. */
    static final int RESULTS = 200;
    /** How many stand-ins a sold-out product gets. */
    static final int STAND_INS = 5;

    /**
     * For a product sold out here: similar ones in stock here, and reserving it at another location.
     *
     * @param staff who reserves, for the record
     */
    record Alternatives(SuggestionService suggestions, ReservationService reservations, StaffSession staff) {
    }

    /** What the product list says while it lists nothing. */
    enum Placeholder {
        /** "Type or scan to find a product." */
        PICK,
        /** Nothing matches what was typed ({@link #searchedProperty()}). */
        NO_HITS,
        /** The search failed. */
        FAILED
    }

    /**
     * Shown for a product sold out here.
     *
     * @param similar   like it and in stock here
     * @param reserveAt the other locations that hold it, each with its "Reserve" button's command
     */
    record Instead(ProductCard wanted, List<Suggestion> similar, List<ReserveAt> reserveAt) {
    }

    /** Reserving the wanted product at one other location: safe to tap twice. */
    static final class ReserveAt {
        private final LocationStock location;
        private final StoringCommand<ReservationView> command;
        private final ReadOnlyBooleanWrapper nothingLeft = new ReadOnlyBooleanWrapper();

        private ReserveAt(LocationStock location, TaskExecutor executor) {
            this.location = location;
            this.command = new StoringCommand<>(executor);
        }

        LocationStock location() {
            return location;
        }

        StoringCommand<ReservationView> command() {
            return command;
        }

        /** True once that location turned out to have none left. */
        ReadOnlyBooleanProperty nothingLeftProperty() {
            return nothingLeft.getReadOnlyProperty();
        }
    }

    private final CatalogService catalog;
    private final InventoryService inventory;
    private final StoreInfo store;
    private final TaskExecutor executor;
    private final BusyState searching = new BusyState();
    private final BusyState lookingUp = new BusyState();
    private final Optional<Alternatives> alternatives;
    private final ObservableList<ProductCard> products = FXCollections.observableArrayList();
    private final ObservableList<ProductCard> productsView = FXCollections.unmodifiableObservableList(products);
    private final ObservableList<LocationStock> locations = FXCollections.observableArrayList();
    private final ObservableList<LocationStock> locationsView = FXCollections.unmodifiableObservableList(locations);
    private final ReadOnlyObjectWrapper<Placeholder> placeholder = new ReadOnlyObjectWrapper<>(Placeholder.PICK);
    private final ReadOnlyStringWrapper searched = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProductCard> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper locationsFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Instead> instead = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReservationView> reserved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reserveProblem = new ReadOnlyStringWrapper();
    private long latestQuery;
    private long latestProduct;
    private final Locale language;

    /**
     * @param alternatives stand-ins and reservations for sold-out products; empty for a counter without them (the
     *                     composition root decides)
     * @param language     the counter's language (the clerk's): products found and stand-ins are named in it
     */
    StockLookupPresenter(CatalogService catalog, InventoryService inventory, StoreInfo store, TaskExecutor executor,
                         Optional<Alternatives> alternatives, Locale language) {
        this.language = language;
        this.catalog = catalog;
        this.inventory = inventory;
        this.store = store;
        this.executor = executor;
        this.alternatives = Objects.requireNonNull(alternatives);
    }

    /** A search is out: a spinner in place of the magnifier. */
    ReadOnlyBooleanProperty searchingProperty() {
        return searching.busyProperty();
    }

    /** Where the picked product is in stock is being read: a veil over the locations. */
    ReadOnlyBooleanProperty lookingUpProperty() {
        return lookingUp.busyProperty();
    }

    /** Finds what was typed or scanned: a valid barcode exactly, else by name and brand. One hit is picked at once. */
    void search(String text) {
        long query = ++latestQuery;
        String typed = text == null ? "" : text.strip();
        searching.execute(executor, BackgroundTask.of(progress -> Gtin.isValid(typed)
                        ? catalog.byGtin(store, typed, language).map(List::of).orElse(List.<ProductCard>of())
                        : catalog.search(store, new SearchQuery(typed, null, RESULTS), language))
                .onSuccess(cards -> {
                    if (query != latestQuery) {
                        return;
                    }
                    searched.set(typed);
                    placeholder.set(cards.isEmpty() && !typed.isEmpty() ? Placeholder.NO_HITS : Placeholder.PICK);
                    select(null);
                    products.setAll(cards);
                    if (cards.size() == 1) {
                        select(cards.get(0));
                    }
                })
                .onFailure(e -> {
                    if (query == latestQuery) {
                        log.warn("Stock look-up search failed: {}", e.toString());
                        placeholder.set(Placeholder.FAILED);
                    }
                }));
    }

    /** Shows where {@code card} is in stock (null: nothing picked); for one sold out here, what to offer instead. */
    void select(ProductCard card) {
        if (card == selected.get()) {
            return;
        }
        long request = ++latestProduct;
        selected.set(card);
        instead.set(null);
        reserved.set(null);
        reserveProblem.set(null);
        locationsFailed.set(false);
        if (card == null) {
            locations.clear();
            return;
        }
        boolean soldOut = alternatives.isPresent() && card.stock() != StockStatus.IN_STOCK;
        lookingUp.execute(executor, BackgroundTask.of(progress -> new Availability(inventory.availability(card.id(), store.id()),
                        soldOut ? alternatives.get().suggestions().alternatives(store, card.id(), STAND_INS, language)
                                : List.of()))
                .onSuccess(found -> {
                    if (request != latestProduct) {
                        return;
                    }
                    locations.setAll(found.locations());
                    if (soldOut) {
                        instead.set(new Instead(card, found.similar(), found.locations().stream()
                                .filter(there -> !there.here() && there.carried() && there.quantity() > 0)
                                .map(there -> new ReserveAt(there, executor)).toList()));
                    }
                })
                .onFailure(e -> {
                    if (request == latestProduct) {
                        log.warn("Reading availability failed: {}", e.toString());
                        locations.clear();
                        locationsFailed.set(true);
                    }
                }));
    }

    /** Every location's stock, and (for a product sold out here) similar ones in stock here: one background read. */
    private record Availability(List<LocationStock> locations, List<Suggestion> similar) {
    }

    /** Holds one of the wanted product at that location for pick-up here (no customer named); one per tap series. */
    void reserve(ReserveAt at) {
        Instead shown = instead.get();
        if (shown == null || !shown.reserveAt().contains(at)) {
            return;
        }
        ProductCard wanted = shown.wanted();
        // an Instead is shown only on a counter with alternatives
        Alternatives with = alternatives.orElseThrow();
        at.command.run(progress -> with.reservations().reserve(wanted.id(), at.location.storeCode(),
                        store.id(), null, with.staff(), ReservationService.DEFAULT_HOLD),
                held -> {
                    reserveProblem.set(null);
                    reserved.set(held);
                    reloadLocations(wanted);
                },
                e -> {
                    boolean noneLeft = e instanceof NothingToReserveException;
                    if (!noneLeft) {
                        log.warn("Reserving failed: {}", e.toString());
                    }
                    at.nothingLeft.set(noneLeft);
                    reserved.set(null);
                    reserveProblem.set(noneLeft ? "suggest.reserveFailed" : "suggest.failed");
                });
    }

    /** After a reservation: the locations' new stock, the rest as it is. */
    private void reloadLocations(ProductCard card) {
        long request = latestProduct;
        executor.execute(BackgroundTask.of(progress -> inventory.availability(card.id(), store.id()))
                .onSuccess(list -> {
                    if (request == latestProduct) {
                        locations.setAll(list);
                    }
                })
                .onFailure(e -> log.warn("Reading availability failed: {}", e.toString())));
    }

    /** What the search found. */
    ObservableList<ProductCard> products() {
        return productsView;
    }

    ReadOnlyObjectProperty<Placeholder> placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** What the last search looked for, as typed (stripped). */
    ReadOnlyStringProperty searchedProperty() {
        return searched.getReadOnlyProperty();
    }

    /** The product whose stock is shown, or null. */
    ReadOnlyObjectProperty<ProductCard> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected product's stock at every location of the chain. */
    ObservableList<LocationStock> locations() {
        return locationsView;
    }

    ReadOnlyBooleanProperty locationsFailedProperty() {
        return locationsFailed.getReadOnlyProperty();
    }

    /** For a selected product sold out here (on a counter with alternatives): what to offer instead; else null. */
    ReadOnlyObjectProperty<Instead> insteadProperty() {
        return instead.getReadOnlyProperty();
    }

    /** The reservation just made, or null. */
    ReadOnlyObjectProperty<ReservationView> reservedProperty() {
        return reserved.getReadOnlyProperty();
    }

    /** Why the last reservation failed (a message key), or null. */
    ReadOnlyStringProperty reserveProblemProperty() {
        return reserveProblem.getReadOnlyProperty();
    }
}
