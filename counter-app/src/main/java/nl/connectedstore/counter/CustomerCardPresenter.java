package nl.connectedstore.counter;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import nl.connectedstore.clienteling.CustomerCard;
import nl.connectedstore.inventory.NothingToReserveException;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.inventory.ReservationView;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.ReasonKind;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flow behind a regular's card at the counter ({@link CustomerCardPane} draws it): opening the card of someone
 * who arrived (written to the access log the customer sees), what they are looking for, up to five things to offer
 * with their reasons, "Taken" and "Reserve". Consent is decided by the services at the moment of each read: the card
 * opens only while the customer allows RECOGNITION, and suggestions from their purchases come only while they allow
 * PERSONAL_ADVICE ({@link SuggestionService#forCustomer} checks it itself), so a withdrawal while the card is open
 * counts from the next read on. Plain Java: no nodes.
 */
final class CustomerCardPresenter {

    private static final Logger log = LoggerFactory.getLogger(CustomerCardPresenter.class);
    /** How many matches "What are they looking for?" lists. */
    static final int MATCHES = 8;
    /** The store's acceptance rate counts suggestions shown in this window. */
    static final Duration ACCEPTANCE_WINDOW = Duration.ofDays(7);

    /** Where the card is. */
    enum Status {
        /** No card open. */
        NONE,
        /** Being read. */
        LOADING,
        /** Open: {@link #card()} holds it. */
        OPEN,
        /** The customer no longer allows recognition (or no longer exists): nothing was read, nothing logged. */
        GONE,
        /** Reading it failed. */
        FAILED
    }

    private final Clienteling clienteling;
    private final CatalogService catalog;
    private final StoreInfo store;
    private final TaskExecutor executor;
    private final String terminalCode;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private final ReadOnlyObjectWrapper<CustomerCard> card = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ProductCard> hand = FXCollections.observableArrayList();
    private final ObservableList<ProductCard> matches = FXCollections.observableArrayList();
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    // read-only views made once: the view's listeners stay attached (an unmodifiable list listens weakly)
    private final ObservableList<ProductCard> handView = FXCollections.unmodifiableObservableList(hand);
    private final ObservableList<ProductCard> matchesView = FXCollections.unmodifiableObservableList(matches);
    private final ObservableList<Offer> offersView = FXCollections.unmodifiableObservableList(offers);
    private final ReadOnlyBooleanWrapper suggestionsFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SuggestionService.Acceptance> acceptance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper acceptanceFailed = new ReadOnlyBooleanWrapper();
    private StaffSession staff;
    private final Locale language;
    private long opening;
    private long latestSearch;
    private long latestSuggestions;
    /** Each suggestion counts as shown once per card, however often the list is redrawn: its outcome id. */
    private Map<String, Long> shownOnCard = Map.of();

    /**
     * @param terminalCode this counter, as the access log names it
     * @param language     the counter's language (the clerk's): purchases, matches and suggestions are named in it
     */
    CustomerCardPresenter(Clienteling clienteling, CatalogService catalog, StoreInfo store, TaskExecutor executor,
                          String terminalCode, Locale language) {
        this.clienteling = clienteling;
        this.catalog = catalog;
        this.store = store;
        this.executor = executor;
        this.terminalCode = terminalCode;
        this.language = language;
    }

    /** No card open. */
    void close() {
        opening++;
        latestSuggestions++;
        card.set(null);
        shownOnCard = Map.of();
        hand.clear();
        matches.clear();
        offers.clear();
        suggestionsFailed.set(false);
        acceptance.set(null);
        acceptanceFailed.set(false);
        status.set(Status.NONE);
    }

    /** Opens the card of someone in the arrival feed; the service writes it to the access log. */
    void open(long customerId, StaffSession staff) {
        close();
        this.staff = staff;
        long request = opening;
        status.set(Status.LOADING);
        executor.execute(BackgroundTask.of(progress -> clienteling.cards().open(customerId, staff, terminalCode, language))
                .onSuccess(opened -> {
                    if (request != opening) {
                        return;
                    }
                    if (opened.isEmpty()) {
                        status.set(Status.GONE);
                        return;
                    }
                    card.set(opened.get());
                    status.set(Status.OPEN);
                    loadSuggestions();
                })
                .onFailure(e -> {
                    if (request == opening) {
                        log.warn("Opening customer card failed: {}", e.toString());
                        status.set(Status.FAILED);
                    }
                }));
    }

    /** What the clerk typed or scanned under "What are they looking for?": a barcode, or words. */
    void search(String text) {
        long query = ++latestSearch;
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            matches.clear();
            return;
        }
        executor.execute(BackgroundTask.of(progress -> Gtin.isValid(typed)
                        ? catalog.byGtin(store, typed, language).map(List::of).orElse(List.<ProductCard>of())
                        : catalog.search(store, new SearchQuery(typed, null, MATCHES), language))
                .onSuccess(found -> {
                    if (query == latestSearch) {
                        matches.setAll(found);
                    }
                })
                .onFailure(e -> log.warn("Product search failed: {}", e.toString())));
    }

    /** The best match of the search, as Enter picks it; false when there is none. */
    boolean pickFirst() {
        if (matches.isEmpty()) {
            return false;
        }
        pick(matches.get(0));
        return true;
    }

    /** The customer wants this one: it joins what they have in hand, and the suggestions follow. */
    void pick(ProductCard product) {
        latestSearch++;
        matches.clear();
        if (hand.stream().noneMatch(p -> p.id() == product.id())) {
            hand.add(product);
        }
        loadSuggestions();
    }

    /** Not wanted after all. */
    void drop(ProductCard product) {
        if (hand.removeIf(p -> p.id() == product.id())) {
            loadSuggestions();
        }
    }

    /** Suggestions for what is in hand and, with PERSONAL_ADVICE as it stands now, for their history. */
    private void loadSuggestions() {
        CustomerCard forCard = card.get();
        if (forCard == null) {
            return;
        }
        long request = ++latestSuggestions;
        List<Long> inHand = hand.stream().map(ProductCard::id).toList();
        long staffId = staff.staffId();
        Map<String, Long> before = shownOnCard;
        executor.execute(BackgroundTask.of(progress -> {
                    // the service checks PERSONAL_ADVICE itself, in the transaction that reads the purchases
                    List<Suggestion> found = clienteling.suggestions().forCustomer(store, inHand,
                            forCard.customerId(), SuggestionService.CARD_LIMIT, language);
                    List<Suggestion> fresh = found.stream().filter(x -> !before.containsKey(key(x))).toList();
                    List<Long> freshIds = clienteling.suggestions().shown(store, staffId, fresh);
                    Map<String, Long> ids = new HashMap<>(before);
                    for (int i = 0; i < fresh.size(); i++) {
                        ids.put(key(fresh.get(i)), freshIds.get(i));
                    }
                    return new Shown(found, ids, acceptanceNow());
                })
                .onSuccess(shown -> {
                    if (forCard != card.get()) {
                        return;
                    }
                    shownOnCard = Map.copyOf(shown.outcomeIds());
                    if (request == latestSuggestions) {
                        acceptanceFailed.set(false);
                        acceptance.set(shown.acceptance());
                        suggestionsFailed.set(false);
                        offers.setAll(shown.suggestions().stream()
                                .map(s -> new Offer(s, shown.outcomeIds().get(key(s)), executor)).toList());
                    }
                })
                .onFailure(e -> {
                    if (request == latestSuggestions && forCard == card.get()) {
                        log.warn("Suggestions failed: {}", e.toString());
                        offers.clear();
                        suggestionsFailed.set(true);
                    }
                }));
    }

    private record Shown(List<Suggestion> suggestions, Map<String, Long> outcomeIds,
                         SuggestionService.Acceptance acceptance) {
    }

    private static String key(Suggestion s) {
        return s.product().id() + "/" + s.reason().kind() + "/" + s.reason().storeCode();
    }

    private SuggestionService.Acceptance acceptanceNow() {
        return clienteling.suggestions().acceptance(store.id(),
                clienteling.clock().instant().minus(ACCEPTANCE_WINDOW));
    }

    /** "Taken": the customer took this suggestion; counts towards the store's acceptance once, however often tapped. */
    void take(Offer offer) {
        offer.command.run(progress -> {
                    clienteling.suggestions().accepted(offer.outcomeId);
                    return new Outcome(null, acceptanceNow());
                }, this::taken,
                e -> {
                    log.warn("Recording a taken suggestion failed: {}", e.toString());
                    acceptanceFailed.set(true);
                });
    }

    /**
     * "Reserve": holds one at the other location for pick-up here, for this customer, and counts the suggestion as
     * taken. Safe to tap twice: one reservation.
     */
    void reserve(Offer offer) {
        CustomerCard open = card.get();
        if (open == null) {
            return; // the card was closed under the tap
        }
        long customerId = open.customerId();
        StaffSession by = staff;
        offer.command.run(progress -> {
                    ReservationView held = clienteling.reservations().reserve(offer.suggestion.product().id(),
                            offer.suggestion.reason().storeCode(), store.id(), customerId, by,
                            ReservationService.DEFAULT_HOLD);
                    clienteling.suggestions().accepted(offer.outcomeId);
                    return new Outcome(held, acceptanceNow());
                }, outcome -> {
                    offer.reserved.set(outcome.reserved());
                    offer.problem.set(null);
                    taken(outcome);
                },
                e -> {
                    boolean noneLeft = e instanceof NothingToReserveException;
                    if (!noneLeft) {
                        log.warn("Reserving failed: {}", e.toString());
                    }
                    offer.nothingLeft.set(noneLeft);
                    offer.problem.set(noneLeft ? "suggest.reserveFailed" : "suggest.failed");
                });
    }

    private void taken(Outcome outcome) {
        acceptanceFailed.set(false);
        acceptance.set(outcome.acceptance());
    }

    /** What "Taken" or "Reserve" stored. */
    record Outcome(ReservationView reserved, SuggestionService.Acceptance acceptance) {
    }

    /** One suggestion on the card, with what its button did. */
    static final class Offer {
        private final Suggestion suggestion;
        private final long outcomeId;
        private final StoringCommand<Outcome> command;
        private final ReadOnlyObjectWrapper<ReservationView> reserved = new ReadOnlyObjectWrapper<>();
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
        private final ReadOnlyBooleanWrapper nothingLeft = new ReadOnlyBooleanWrapper();

        private Offer(Suggestion suggestion, long outcomeId, TaskExecutor executor) {
            this.suggestion = suggestion;
            this.outcomeId = outcomeId;
            this.command = new StoringCommand<>(executor);
        }

        Suggestion suggestion() {
            return suggestion;
        }

        /** True for the wanted product itself at another location: the button reserves it, else it says "Taken". */
        boolean reserves() {
            return suggestion.reason().kind() == ReasonKind.IN_STOCK_ELSEWHERE;
        }

        /** Taken or reserved (the button says so), being stored, or ready. */
        StoringCommand<Outcome> command() {
            return command;
        }

        /** The reservation made from this suggestion, or null. */
        ReadOnlyObjectProperty<ReservationView> reservedProperty() {
            return reserved.getReadOnlyProperty();
        }

        /** Why reserving failed (a message key), or null. */
        ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }

        /** True once the other location turned out to have none left: reserving again is no use. */
        ReadOnlyBooleanProperty nothingLeftProperty() {
            return nothingLeft.getReadOnlyProperty();
        }
    }

    ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The open card, or null. */
    CustomerCard card() {
        return card.get();
    }

    ReadOnlyObjectProperty<CustomerCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** What the customer has in hand or wants, as the clerk picked it. */
    ObservableList<ProductCard> hand() {
        return handView;
    }

    /** What the search under "What are they looking for?" found. */
    ObservableList<ProductCard> matches() {
        return matchesView;
    }

    /** What to offer, each with its reason, at most {@link SuggestionService#CARD_LIMIT}. */
    ObservableList<Offer> offers() {
        return offersView;
    }

    ReadOnlyBooleanProperty suggestionsFailedProperty() {
        return suggestionsFailed.getReadOnlyProperty();
    }

    /**
     * The store's suggestions shown and taken in the last {@link #ACCEPTANCE_WINDOW}; null until the open card's
     * first suggestions arrived.
     */
    ReadOnlyObjectProperty<SuggestionService.Acceptance> acceptanceProperty() {
        return acceptance.getReadOnlyProperty();
    }

    /** True when recording a "Taken" failed (the button is ready to try again). */
    ReadOnlyBooleanProperty acceptanceFailedProperty() {
        return acceptanceFailed.getReadOnlyProperty();
    }
}
