package nl.connectedstore.counter;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.Gtin;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.clienteling.ArrivalView;
import nl.connectedstore.clienteling.CustomerCard;
import nl.connectedstore.inventory.NothingToReserveException;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.ReasonKind;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A regular's card at the counter: who they are, their last purchases (only with PERSONAL_ADVICE), what they
 * are looking for and up to five things to offer, each with its reason. "Taken" counts towards the store's
 * upsell acceptance; "Reserve" holds the wanted item at another store for pick-up here. Opening it is written
 * to the access log the customer sees.
 */
final class CustomerCardPane extends VBox {

    private static final Logger log = LoggerFactory.getLogger(CustomerCardPane.class);

    private final Clienteling clienteling;
    private final CatalogService catalog;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final String terminalCode;
    private final DateTimeFormatter date;
    private final VBox body = new VBox(14);
    private final List<ProductCard> inHand = new ArrayList<>();
    private final FlowPane hand = new FlowPane(8, 8);
    private final VBox suggestionList = new VBox(8);
    private final Label acceptance = new Label();
    private final ListView<ProductCard> matches = new ListView<>();
    private StaffSession staff;
    private CustomerCard card;
    private long latestSearch;
    private long latestSuggestions;
    private java.util.Map<String, Long> shownOnCard = java.util.Map.of();

    CustomerCardPane(Clienteling clienteling, CatalogService catalog, StoreInfo store, Messages messages,
                     TaskExecutor executor, String terminalCode) {
        this.clienteling = clienteling;
        this.catalog = catalog;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        this.terminalCode = terminalCode;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        setId("customerCard");
        getStyleClass().add("customer-card");
        setPadding(new javafx.geometry.Insets(16));
        acceptance.setId("acceptance");
        acceptance.getStyleClass().add("text-muted");
        suggestionList.setId("suggestions");
        hand.setId("inHand");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        clear();
    }

    /** No card open: a hint where cards come from. */
    void clear() {
        card = null;
        shownOnCard = java.util.Map.of();
        inHand.clear();
        body.getChildren().setAll(muted(messages.get("counter.customer.none")));
    }

    /** Opens the card of someone in the arrival feed (logged). */
    void open(ArrivalView arrival, StaffSession staff) {
        this.staff = staff;
        card = null;
        shownOnCard = java.util.Map.of();
        inHand.clear();
        body.getChildren().setAll(muted(messages.get("counter.customer.loading")));
        executor.execute(BackgroundTask.of(progress -> clienteling.cards().open(arrival.customerId(), staff,
                        terminalCode))
                .onSuccess(opened -> opened.ifPresentOrElse(this::render,
                        () -> body.getChildren().setAll(notice(messages.get("counter.customer.gone")))))
                .onFailure(e -> {
                    log.warn("Opening customer card failed: {}", e.toString());
                    body.getChildren().setAll(notice(messages.get("counter.customer.failed")));
                }));
    }

    /** The customer whose card is open, or null. */
    CustomerCard card() {
        return card;
    }

    private void render(CustomerCard opened) {
        card = opened;
        Label name = new Label(opened.firstName() + " " + opened.lastName());
        name.setId("customerName");
        name.getStyleClass().add("title-2");
        Button done = new Button(messages.get("counter.customer.close"), new FontIcon(Material2AL.CHECK));
        done.setId("closeCustomer");
        done.setOnAction(e -> clear());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, name, spacer, done);
        header.setAlignment(Pos.CENTER_LEFT);

        Label since = muted(messages.get("counter.customer.since", date.format(opened.customerSince())));
        Label recognition = chip(messages.get("counter.customer.recognitionUntil",
                opened.recognitionEnds() == null ? "" : date.format(opened.recognitionEnds())), "chip-ok");
        Label advice = opened.personalAdvice() ? chip(messages.get("counter.customer.advice"), "chip-ok")
                : chip(messages.get("counter.customer.noAdvice", opened.firstName()), "chip-no");
        advice.setId("adviceChip");
        FlowPane consents = new FlowPane(8, 8, recognition, advice);
        Label logged = muted(messages.get("counter.customer.logged"));
        logged.setGraphic(new FontIcon(Material2MZ.VISIBILITY));

        VBox left = new VBox(8, sectionTitle(messages.get("counter.customer.purchases")));
        left.setId("purchases");
        if (opened.personalAdvice()) {
            if (opened.purchases().isEmpty()) {
                left.getChildren().add(muted(messages.get("counter.customer.noPurchases")));
            }
            for (CustomerCard.Purchase p : opened.purchases()) {
                Label line = new Label(messages.get("counter.customer.purchase", date.format(p.at()), p.productName()));
                line.setWrapText(true);
                line.getStyleClass().add("purchase-line");
                left.getChildren().add(line);
            }
        } else {
            left.getChildren().add(muted(messages.get("counter.customer.noAdvice", opened.firstName())));
        }
        left.setPrefWidth(320);
        left.setMinWidth(260);

        VBox right = new VBox(10, lookingFor(opened), hand, sectionTitle(messages.get("counter.customer.suggestions")),
                suggestionList, acceptance);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(24, left, right);
        body.getChildren().setAll(header, since, consents, logged, columns);
        renderHand();
        loadSuggestions();
    }

    private Node lookingFor(CustomerCard opened) {
        TextField search = new TextField();
        search.setId("lookingFor");
        search.setPromptText(messages.get("counter.customer.lookingPrompt"));
        matches.setId("lookingMatches");
        matches.setPrefHeight(150);
        matches.setVisible(false);
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProductCard item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " \u00b7 " + item.brand());
            }
        });
        matches.setOnMouseClicked(e -> {
            ProductCard picked = matches.getSelectionModel().getSelectedItem();
            if (picked != null) {
                addToHand(picked);
                search.clear();
            }
        });
        search.setOnAction(e -> {
            if (!matches.getItems().isEmpty()) {
                addToHand(matches.getItems().get(0));
                search.clear();
            }
        });
        search.textProperty().addListener((obs, was, text) -> findMatches(text));
        return new VBox(6, sectionTitle(messages.get("counter.customer.looking", opened.firstName())), search, matches);
    }

    private void findMatches(String text) {
        long query = ++latestSearch;
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            matches.getItems().clear();
            matches.setVisible(false);
            return;
        }
        executor.execute(BackgroundTask.of(progress -> Gtin.isValid(typed)
                        ? catalog.byGtin(store, typed).map(List::of).orElse(List.of())
                        : catalog.search(store, new SearchQuery(typed, null, 8)))
                .onSuccess(found -> {
                    if (query == latestSearch) {
                        matches.getItems().setAll(found);
                        matches.setVisible(!found.isEmpty());
                    }
                })
                .onFailure(e -> log.warn("Product search failed: {}", e.toString())));
    }

    private void addToHand(ProductCard product) {
        if (inHand.stream().noneMatch(p -> p.id() == product.id())) {
            inHand.add(product);
        }
        matches.getItems().clear();
        matches.setVisible(false);
        renderHand();
        loadSuggestions();
    }

    private void renderHand() {
        hand.getChildren().clear();
        if (inHand.isEmpty()) {
            return;
        }
        hand.getChildren().add(muted(messages.get("counter.customer.inHand")));
        for (ProductCard product : inHand) {
            Button chip = new Button(product.name(), new FontIcon(Material2AL.CLOSE));
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.getStyleClass().addAll("hand-chip", "flat");
            chip.setId("hand-" + product.id());
            chip.setOnAction(e -> {
                inHand.remove(product);
                renderHand();
                loadSuggestions();
            });
            hand.getChildren().add(chip);
        }
    }

    /** Suggestions for what is in hand and, with PERSONAL_ADVICE as it stands now, for their history. */
    private void loadSuggestions() {
        CustomerCard forCard = card;
        long request = ++latestSuggestions;
        List<Long> hand = inHand.stream().map(ProductCard::id).toList();
        long staffId = staff.staffId();
        java.util.Map<String, Long> before = shownOnCard;
        executor.execute(BackgroundTask.of(progress -> {
                    // the service checks PERSONAL_ADVICE itself, in the transaction that reads the purchases
                    List<Suggestion> found = clienteling.suggestions().forCustomer(store, hand, forCard.customerId(),
                            SuggestionService.CARD_LIMIT);
                    // each suggestion counts as shown once per card, however often the list is redrawn
                    List<Suggestion> fresh = found.stream().filter(x -> !before.containsKey(key(x))).toList();
                    List<Long> freshIds = clienteling.suggestions().shown(store, staffId, fresh);
                    java.util.Map<String, Long> ids = new java.util.HashMap<>(before);
                    for (int i = 0; i < fresh.size(); i++) {
                        ids.put(key(fresh.get(i)), freshIds.get(i));
                    }
                    return new Shown(found, found.stream().map(x -> ids.get(key(x))).toList(), acceptanceNow(), ids);
                })
                .onSuccess(shown -> {
                    if (forCard == card) {
                        shownOnCard = java.util.Map.copyOf(shown.outcomeIds());
                    }
                    if (request == latestSuggestions && forCard == card) {
                        renderSuggestions(shown);
                    }
                })
                .onFailure(e -> {
                    log.warn("Suggestions failed: {}", e.toString());
                    suggestionList.getChildren().setAll(notice(messages.get("suggest.failed")));
                }));
    }

    private record Shown(List<Suggestion> suggestions, List<Long> outcomes, SuggestionService.Acceptance acceptance,
                         java.util.Map<String, Long> outcomeIds) {
    }

    private static String key(Suggestion s) {
        return s.product().id() + "/" + s.reason().kind() + "/" + s.reason().storeCode();
    }

    private SuggestionService.Acceptance acceptanceNow() {
        return clienteling.suggestions().acceptance(store.id(),
                clienteling.clock().instant().minus(Duration.ofDays(7)));
    }

    private void renderSuggestions(Shown shown) {
        suggestionList.getChildren().clear();
        if (shown.suggestions().isEmpty()) {
            suggestionList.getChildren().add(muted(messages.get("counter.customer.noSuggestions")));
        }
        for (int i = 0; i < shown.suggestions().size(); i++) {
            suggestionList.getChildren().add(row(shown.suggestions().get(i), shown.outcomes().get(i), i));
        }
        showAcceptance(shown.acceptance());
    }

    private void showAcceptance(SuggestionService.Acceptance rate) {
        acceptance.setText(messages.get("suggest.acceptance", rate.accepted(), rate.shown()));
    }

    private Node row(Suggestion s, long outcomeId, int index) {
        ProductCard product = s.product();
        Label name = new Label(product.name());
        name.getStyleClass().add("suggestion-name");
        name.setWrapText(true);
        Label reason = new Label(ReasonText.of(messages, s.reason()));
        reason.getStyleClass().add("suggestion-reason");
        reason.setWrapText(true);
        reason.setId("reason-" + index);
        String priceText = product.price() == null ? "" : messages.money(product.price());
        String stockText = s.reason().kind() == ReasonKind.IN_STOCK_ELSEWHERE ? messages.get("location.soldOut")
                : messages.get("location.quantity", product.quantityHere());
        Label facts = muted(priceText + " \u00b7 " + stockText + " \u00b7 " + product.brand());
        VBox text = new VBox(2, name, reason, facts);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button action;
        if (s.reason().kind() == ReasonKind.IN_STOCK_ELSEWHERE) {
            action = new Button(messages.get("suggest.reserve"), new FontIcon(Material2MZ.STORE));
            action.setOnAction(e -> reserve(s, outcomeId, action, reason));
        } else {
            action = new Button(messages.get("suggest.taken"), new FontIcon(Material2AL.ADD_SHOPPING_CART));
            action.setOnAction(e -> taken(outcomeId, action));
        }
        action.setId("take-" + index);
        action.getStyleClass().add("accent");
        HBox row = new HBox(12, text, action);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("suggestion-row");
        row.setId("suggestion-" + index);
        return row;
    }

    private void taken(long outcomeId, Button action) {
        action.setDisable(true);
        executor.execute(BackgroundTask.of(progress -> {
                    clienteling.suggestions().accepted(outcomeId);
                    return acceptanceNow();
                })
                .onSuccess(rate -> {
                    action.setText(messages.get("suggest.takenDone"));
                    showAcceptance(rate);
                })
                .onFailure(e -> {
                    log.warn("Recording a taken suggestion failed: {}", e.toString());
                    action.setDisable(false);
                    acceptance.setText(messages.get("suggest.failed"));
                }));
    }

    private void reserve(Suggestion s, long outcomeId, Button action, Label reason) {
        action.setDisable(true);
        long customerId = card.customerId();
        executor.execute(BackgroundTask.of(progress -> {
                    var held = clienteling.reservations().reserve(s.product().id(), s.reason().storeCode(), store.id(),
                            customerId, staff, ReservationService.DEFAULT_HOLD);
                    clienteling.suggestions().accepted(outcomeId);
                    return held;
                })
                .onSuccess(held -> {
                    action.setText(messages.get("suggest.takenDone"));
                    reason.setText(ReasonText.reserved(messages, held));
                    reason.getStyleClass().add("reserved");
                })
                .onFailure(e -> {
                    action.setDisable(e instanceof NothingToReserveException);
                    reason.setText(e instanceof NothingToReserveException ? messages.get("suggest.reserveFailed")
                            : messages.get("suggest.failed"));
                    if (!(e instanceof NothingToReserveException)) {
                        log.warn("Reserving failed: {}", e.toString());
                    }
                }));
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    private static Label notice(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("card-notice");
        label.setWrapText(true);
        label.setId("customerNotice");
        return label;
    }

    private static Label chip(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().addAll("consent-chip", style);
        label.setWrapText(true);
        return label;
    }
}
