package nl.connectedstore.counter;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
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
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.clienteling.CustomerCard;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.StoringCommand;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A regular's card at the counter: who they are, their last purchases (only with PERSONAL_ADVICE), what they
 * are looking for and up to five things to offer, each with its reason. "Taken" counts towards the store's
 * upsell acceptance; "Reserve" holds the wanted item at another store for pick-up here. Draws
 * {@link CustomerCardPresenter}'s state and forwards taps to it.
 */
final class CustomerCardPane extends VBox {

    private final CustomerCardPresenter presenter;
    private final Messages messages;
    private final VBox body = new VBox(14);
    private final FlowPane hand = new FlowPane(8, 8);
    private final VBox suggestionList = new VBox(8);
    private final Label acceptance = new Label();
    private final ListView<ProductCard> matches = new ListView<>();

    CustomerCardPane(CustomerCardPresenter presenter, Messages messages) {
        this.presenter = presenter;
        this.messages = messages;
        setId("customerCard");
        getStyleClass().add("customer-card");
        setPadding(new Insets(16));
        acceptance.setId("acceptance");
        acceptance.getStyleClass().add("text-muted");
        suggestionList.setId("suggestions");
        hand.setId("inHand");
        matches.setId("lookingMatches");
        matches.setPrefHeight(150);
        matches.setItems(presenter.matches());
        matches.visibleProperty().bind(Bindings.isNotEmpty(presenter.matches()));
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProductCard item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " \u00b7 " + item.brand());
            }
        });
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);

        presenter.statusProperty().addListener((obs, was, now) -> showStatus());
        presenter.hand().addListener((ListChangeListener<ProductCard>) change -> renderHand());
        presenter.offers().addListener((ListChangeListener<CustomerCardPresenter.Offer>) change -> renderOffers());
        presenter.suggestionsFailedProperty().addListener((obs, was, failed) -> renderOffers());
        acceptance.textProperty().bind(Bindings.createStringBinding(() -> presenter.acceptanceFailedProperty().get()
                        ? messages.get("suggest.failed") : presenter.acceptanceProperty().get() == null ? ""
                        : messages.get("suggest.acceptance", presenter.acceptanceProperty().get().accepted(),
                                presenter.acceptanceProperty().get().shown()),
                presenter.acceptanceProperty(), presenter.acceptanceFailedProperty()));
        showStatus();
    }

    private void showStatus() {
        switch (presenter.statusProperty().get()) {
            case NONE -> body.getChildren().setAll(muted(messages.get("counter.customer.none")));
            case LOADING -> {
                Label loading = muted(messages.get("counter.customer.loading"));
                loading.setGraphic(Busy.spinner()); // opening a card reads the access log too: a spinner says so
                body.getChildren().setAll(loading);
            }
            case GONE -> body.getChildren().setAll(notice(messages.get("counter.customer.gone")));
            case FAILED -> body.getChildren().setAll(notice(messages.get("counter.customer.failed")));
            case OPEN -> render(presenter.card());
        }
    }

    private void render(CustomerCard opened) {
        Label name = new Label(opened.firstName() + " " + opened.lastName());
        name.setId("customerName");
        name.getStyleClass().add("title-2");
        Button done = new Button(messages.get("counter.customer.close"), new FontIcon(Material2AL.CHECK));
        done.setId("closeCustomer");
        done.setOnAction(e -> presenter.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, name, spacer, done);
        header.setAlignment(Pos.CENTER_LEFT);

        Label since = muted(messages.get("counter.customer.since", messages.date(opened.customerSince())));
        Label recognition = chip(messages.get("counter.customer.recognitionUntil",
                opened.recognitionEnds() == null ? "" : messages.date(opened.recognitionEnds())), "chip-ok");
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
                Label line = new Label(messages.get("counter.customer.purchase", messages.date(p.at()), p.productName()));
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
        renderOffers();
    }

    private Node lookingFor(CustomerCard opened) {
        TextField search = new TextField();
        search.setId("lookingFor");
        search.setPromptText(messages.get("counter.customer.lookingPrompt"));
        matches.setOnMouseClicked(e -> {
            ProductCard picked = matches.getSelectionModel().getSelectedItem();
            if (picked != null) {
                presenter.pick(picked);
                search.clear();
            }
        });
        search.setOnAction(e -> {
            if (presenter.pickFirst()) {
                search.clear();
            }
        });
        search.textProperty().addListener((obs, was, text) -> presenter.search(text));
        return new VBox(6, sectionTitle(messages.get("counter.customer.looking", opened.firstName())), search, matches);
    }

    private void renderHand() {
        hand.getChildren().clear();
        if (presenter.hand().isEmpty()) {
            return;
        }
        hand.getChildren().add(muted(messages.get("counter.customer.inHand")));
        for (ProductCard product : presenter.hand()) {
            Button chip = new Button(product.name(), new FontIcon(Material2AL.CLOSE));
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.getStyleClass().addAll("hand-chip", "flat");
            chip.setId("hand-" + product.id());
            chip.setOnAction(e -> presenter.drop(product));
            hand.getChildren().add(chip);
        }
    }

    private void renderOffers() {
        if (presenter.suggestionsFailedProperty().get()) {
            suggestionList.getChildren().setAll(notice(messages.get("suggest.failed")));
            return;
        }
        suggestionList.getChildren().clear();
        if (presenter.acceptanceProperty().get() == null) {
            return; // no suggestions yet for this card
        }
        if (presenter.offers().isEmpty()) {
            suggestionList.getChildren().add(muted(messages.get("counter.customer.noSuggestions")));
        }
        for (int i = 0; i < presenter.offers().size(); i++) {
            suggestionList.getChildren().add(row(presenter.offers().get(i), i));
        }
    }

    private Node row(CustomerCardPresenter.Offer offer, int index) {
        Suggestion s = offer.suggestion();
        ProductCard product = s.product();
        Label name = new Label(product.name());
        name.getStyleClass().add("suggestion-name");
        name.setWrapText(true);
        Label reason = new Label();
        reason.getStyleClass().add("suggestion-reason");
        reason.setWrapText(true);
        reason.setId("reason-" + index);
        reason.textProperty().bind(Bindings.createStringBinding(() -> offer.reservedProperty().get() != null
                        ? ReasonText.reserved(messages, offer.reservedProperty().get())
                        : offer.problemProperty().get() != null ? messages.get(offer.problemProperty().get())
                        : ReasonText.of(messages, s.reason()),
                offer.reservedProperty(), offer.problemProperty()));
        offer.reservedProperty().addListener((obs, was, held) -> reason.getStyleClass().add("reserved"));
        String priceText = product.price() == null ? "" : messages.money(product.price());
        String stockText = offer.reserves() ? messages.get("location.soldOut")
                : messages.get("location.quantity", product.quantityHere());
        Label facts = muted(priceText + " \u00b7 " + stockText + " \u00b7 " + product.brand());
        VBox text = new VBox(2, name, reason, facts);
        HBox.setHgrow(text, Priority.ALWAYS);
        String ready = messages.get(offer.reserves() ? "suggest.reserve" : "suggest.taken");
        Button action = new Button(ready, new FontIcon(offer.reserves() ? Material2MZ.STORE
                : Material2AL.ADD_SHOPPING_CART));
        action.textProperty().bind(Bindings.when(offer.command().stateProperty()
                        .isEqualTo(StoringCommand.State.DONE))
                .then(messages.get("suggest.takenDone")).otherwise(ready));
        action.disableProperty().bind(offer.command().readyProperty().not().or(offer.nothingLeftProperty()));
        action.setOnAction(e -> {
            if (offer.reserves()) {
                presenter.reserve(offer);
            } else {
                presenter.take(offer);
            }
        });
        action.setId("take-" + index);
        action.getStyleClass().add("accent");
        HBox row = new HBox(12, text, action);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("suggestion-row");
        row.setId("suggestion-" + index);
        return row;
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
