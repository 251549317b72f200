package nl.connectedstore.kiosk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.orders.Address;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.InvalidAddressException;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderPayment;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.orders.SoldOutException;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The basket and the order: how many of each, where it comes from and when it can be ready, pick up here or at
 * another store or deliver home (address checked per country), then pay here on the card terminal or at the
 * counter. Placing the order holds every unit; a product that sold out meanwhile is named, planned again from
 * another location, or offered with stand-ins.
 */
final class OrderScreen extends StackPane {

    private static final Logger log = LoggerFactory.getLogger(OrderScreen.class);

    private final OrderKit kit;
    private final WebBasket basket;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final String terminalCode;
    private final BiConsumer<OrderView, OrderPayment> onPlaced;
    private final VBox lines = new VBox(10);
    private final Label total = new Label();
    private final Label ready = new Label();
    private final Label problem = new Label();
    private final VBox insteadBox = new VBox(8);
    private final ToggleGroup how = new ToggleGroup();
    private final ToggleButton pickUpHere = new ToggleButton();
    private final ToggleButton pickUpElsewhere = new ToggleButton();
    private final ToggleButton deliver = new ToggleButton();
    private final ComboBox<StoreInfo> otherStore = new ComboBox<>();
    private final GridPane addressForm = new GridPane();
    private final TextField name = field("addrName");
    private final TextField street = field("addrStreet");
    private final TextField postcode = field("addrPostcode");
    private final TextField city = field("addrCity");
    private final ComboBox<String> country = new ComboBox<>();
    private final Map<Address.Problem, Label> addressProblems = new EnumMap<>(Address.Problem.class);
    private final Button payHere;
    private final Button payAtCounter;
    private OrderPlan plan;
    private long latestPlan;

    OrderScreen(OrderKit kit, WebBasket basket, StoreInfo store, Messages messages, TaskExecutor executor,
                String terminalCode, Runnable onBack, BiConsumer<OrderView, OrderPayment> onPlaced) {
        this.kit = kit;
        this.basket = basket;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        this.terminalCode = terminalCode;
        this.onPlaced = onPlaced;
        setId("orderScreen");
        getStyleClass().add("order-screen");

        Button back = TouchButton.of("backToShop", messages.get("order.backToShop"), Material2AL.ARROW_BACK, onBack);
        Label title = new Label(messages.get("order.title"));
        title.getStyleClass().add("headline");
        HBox top = new HBox(16, back, title);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");

        lines.setId("basketLines");
        ScrollPane lineScroll = new ScrollPane(lines);
        lineScroll.setFitToWidth(true);
        lineScroll.getStyleClass().add("basket-scroll");
        Label empty = new Label(messages.get("order.empty"));
        empty.setId("basketEmpty");
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(basket.lines()));
        StackPane left = new StackPane(lineScroll, empty);
        HBox.setHgrow(left, Priority.ALWAYS);

        payHere = TouchButton.of("payHere", messages.get("order.payHere"), Material2AL.CONTACTLESS,
                () -> place(PaymentChoice.AT_KIOSK));
        payHere.getStyleClass().add("accent");
        payAtCounter = TouchButton.of("payAtCounter", messages.get("order.payAtCounter"), Material2MZ.STOREFRONT,
                () -> place(PaymentChoice.AT_COUNTER));
        // the choices scroll when the address form needs the room; totals and the pay buttons stay in view
        VBox choices = new VBox(12, howBlock());
        choices.getStyleClass().add("order-side");
        ScrollPane choiceScroll = new ScrollPane(choices);
        choiceScroll.setFitToWidth(true);
        choiceScroll.getStyleClass().add("order-side-scroll");
        VBox.setVgrow(choiceScroll, Priority.ALWAYS);
        VBox rightScroll = new VBox(10, choiceScroll, totals(), problem, insteadBox);
        if (kit.payments() != null) {
            rightScroll.getChildren().add(payHere);
        }
        rightScroll.getChildren().add(payAtCounter);
        payHere.setMaxWidth(Double.MAX_VALUE);
        payAtCounter.setMaxWidth(Double.MAX_VALUE);
        rightScroll.setPrefWidth(480);
        rightScroll.setMinWidth(480);
        rightScroll.getStyleClass().add("order-right");
        HBox body = new HBox(24, left, rightScroll);
        BorderPane page = new BorderPane(body);
        page.setTop(top);
        getChildren().add(page);

        problem.setId("orderProblem");
        problem.setWrapText(true);
        // all of a long refusal such as order.busy ("... Nothing was charged. Please try again."), not its first line
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-problem");
        insteadBox.setId("insteadBox");
        basket.lines().addListener((javafx.collections.ListChangeListener<WebBasket.Line>) c -> replan());
        how.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            addressForm.setVisible(now == deliver);
            otherStore.setDisable(now != pickUpElsewhere);
            replan();
        });
        otherStore.valueProperty().addListener((obs, old, now) -> replan());
        pickUpHere.setSelected(true);
        replan();
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private VBox howBlock() {
        Label title = new Label(messages.get("order.how"));
        title.getStyleClass().add("title-3");
        pickUpHere.setId("pickUpHere");
        pickUpHere.setText(messages.get("order.pickUpHere", store.name()));
        pickUpElsewhere.setId("pickUpElsewhere");
        pickUpElsewhere.setText(messages.get("order.pickUpElsewhere"));
        deliver.setId("deliverHome");
        deliver.setText(messages.get("order.deliver"));
        for (ToggleButton b : List.of(pickUpHere, pickUpElsewhere, deliver)) {
            b.setToggleGroup(how);
            b.getStyleClass().add("choice");
            b.setMaxWidth(Double.MAX_VALUE);
        }
        List<StoreInfo> others = kit.pickupStores().stream().filter(s -> s.id() != store.id()).toList();
        otherStore.setId("pickupStore");
        otherStore.getItems().setAll(others);
        otherStore.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StoreInfo s) {
                return s == null ? "" : s.name();
            }

            @Override
            public StoreInfo fromString(String text) {
                return null;
            }
        });
        if (!others.isEmpty()) {
            otherStore.setValue(others.get(0));
        }
        otherStore.setDisable(true);
        pickUpElsewhere.setDisable(others.isEmpty());
        HBox elsewhere = new HBox(8, pickUpElsewhere, otherStore);
        elsewhere.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(pickUpElsewhere, Priority.ALWAYS);

        addressForm.setId("addressForm");
        addressForm.setHgap(8);
        addressForm.setVgap(4);
        country.setId("addrCountry");
        country.getItems().setAll(Address.COUNTRIES);
        country.setValue(Address.COUNTRIES.contains(store.countryCode()) ? store.countryCode() : "NL");
        country.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : new java.util.Locale("", code).getDisplayCountry(messages.locale());
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        int row = 0;
        row = addressRow(row, "order.addr.name", name, Address.Problem.NAME_MISSING, Address.Problem.NAME_TOO_LONG,
                Address.Problem.NAME_UNREADABLE);
        row = addressRow(row, "order.addr.street", street, Address.Problem.STREET_MISSING,
                Address.Problem.HOUSE_NUMBER_MISSING, Address.Problem.STREET_TOO_LONG, Address.Problem.STREET_UNREADABLE);
        row = addressRow(row, "order.addr.postcode", postcode, Address.Problem.POSTCODE_MISSING,
                Address.Problem.POSTCODE_INVALID);
        row = addressRow(row, "order.addr.city", city, Address.Problem.CITY_MISSING, Address.Problem.CITY_TOO_LONG,
                Address.Problem.CITY_UNREADABLE);
        addressRow(row, "order.addr.country", country, Address.Problem.COUNTRY_NOT_SERVED);
        addressForm.managedProperty().bind(addressForm.visibleProperty());
        addressForm.setVisible(false);
        country.valueProperty().addListener((obs, old, now) -> showAddressProblems(List.of()));
        return new VBox(8, title, pickUpHere, elsewhere, deliver, addressForm);
    }

    private int addressRow(int row, String key, javafx.scene.control.Control input, Address.Problem... shownHere) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label problemLabel = new Label();
        problemLabel.setId(input.getId() + "Problem");
        problemLabel.getStyleClass().add("field-problem");
        problemLabel.setWrapText(true);
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        problemLabel.setVisible(false);
        for (Address.Problem p : shownHere) {
            addressProblems.put(p, problemLabel);
        }
        input.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(input, Priority.ALWAYS);
        addressForm.add(label, 0, row);
        addressForm.add(input, 1, row);
        addressForm.add(problemLabel, 1, row + 1);
        return row + 2;
    }

    private VBox totals() {
        total.setId("orderTotal");
        total.getStyleClass().add("order-total");
        ready.setId("orderReady");
        ready.setWrapText(true);
        return new VBox(4, total, ready);
    }

    private Address address() {
        return new Address(name.getText(), street.getText(), postcode.getText(), city.getText(), country.getValue());
    }

    private Destination destination() {
        if (deliver.isSelected()) {
            return Destination.deliverTo(address());
        }
        if (pickUpElsewhere.isSelected() && otherStore.getValue() != null) {
            return Destination.pickUpAt(otherStore.getValue().id());
        }
        return Destination.pickUpAt(store.id());
    }

    /** Where each line would come from now; shown per line, nothing is held yet. */
    private void replan() {
        long number = ++latestPlan;
        List<nl.connectedstore.orders.OrderService.Wanted> wanted = basket.wanted();
        Destination destination = destination();
        executor.execute(BackgroundTask.of(progress -> kit.orders().plan(store, wanted, destination))
                .onSuccess(result -> {
                    if (number == latestPlan) {
                        showPlan(result);
                    }
                })
                .onFailure(e -> {
                    log.warn("Planning the order failed: {}", e.toString());
                    problem.setText(messages.get("order.failed"));
                }));
    }

    private void showPlan(OrderPlan result) {
        plan = result;
        lines.getChildren().clear();
        for (WebBasket.Line line : basket.lines()) {
            lines.getChildren().add(lineRow(line, result));
        }
        total.setText(messages.get("order.total", messages.money(result.total())));
        ready.setText(result.lines().isEmpty() ? "" : result.readyInDays() == 0
                ? messages.get(deliver.isSelected() ? "order.deliveredSoon" : "order.readyToday")
                : messages.get(deliver.isSelected() ? "order.deliveredIn" : "order.readyIn", result.readyInDays()));
        boolean can = result.orderable();
        payHere.setDisable(!can);
        payAtCounter.setDisable(!can);
    }

    private HBox lineRow(WebBasket.Line line, OrderPlan result) {
        ProductCard card = line.card();
        Label lineName = new Label(card.name());
        lineName.getStyleClass().add("line-name");
        lineName.setWrapText(true);
        Label source = new Label();
        source.setWrapText(true);
        source.getStyleClass().add("line-source");
        result.lines().stream().filter(l -> l.productId() == card.id()).findFirst().ifPresent(l ->
                source.setText(l.readyInDays() == 0 ? messages.get("order.line.fromHere", l.sourceName())
                        : messages.get("order.line.from", l.sourceName(), l.readyInDays())));
        result.unavailable().stream().filter(l -> l.productId() == card.id()).findFirst().ifPresent(l -> {
            source.setText(card.price() == null || card.soldByWeight() ? messages.get("order.line.notOrderable")
                    : l.minimumAge() > 0 && result.destination().address() != null
                    ? messages.get("order.line.pickUpOnly", l.minimumAge())
                    : messages.get("order.line.notEnough", l.available()));
            source.getStyleClass().add("field-problem");
        });
        VBox text = new VBox(2, lineName, source);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button less = new Button(null, new FontIcon(Material2MZ.REMOVE));
        less.getStyleClass().addAll("touch", "flat");
        less.setId("less-" + card.id());
        less.setOnAction(e -> basket.setQuantity(card.id(), line.quantity() - 1));
        Label count = new Label(String.valueOf(line.quantity()));
        count.setId("qty-" + card.id());
        count.getStyleClass().add("quantity");
        Button more = new Button(null, new FontIcon(Material2AL.ADD));
        more.getStyleClass().addAll("touch", "flat");
        more.setId("more-" + card.id());
        more.setOnAction(e -> basket.setQuantity(card.id(), line.quantity() + 1));
        Button remove = new Button(null, new FontIcon(Material2AL.DELETE));
        remove.getStyleClass().addAll("touch", "flat");
        remove.setId("remove-" + card.id());
        remove.setAccessibleText(messages.get("order.remove"));
        remove.setOnAction(e -> basket.setQuantity(card.id(), 0));
        Label price = new Label(card.price() == null ? "" : messages.money(card.price().times(
                java.math.BigDecimal.valueOf(line.quantity()))));
        price.getStyleClass().add("line-price");
        price.setMinWidth(90);
        price.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(10, new FontIcon(CategoryIcons.of(card.categoryCode())), text, less, count, more, price, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("basket-line");
        row.setId("line-" + card.id());
        return row;
    }

    private void showAddressProblems(List<Address.Problem> problems) {
        addressProblems.values().forEach(l -> l.setVisible(false));
        for (Address.Problem p : problems) {
            Label label = addressProblems.get(p);
            label.setText(messages.get("order.addr.problem." + p.name()));
            label.setVisible(true);
        }
    }

    private void place(PaymentChoice choice) {
        if (plan == null || !plan.orderable()) {
            return;
        }
        if (deliver.isSelected()) {
            List<Address.Problem> problems = address().problems();
            showAddressProblems(problems);
            if (!problems.isEmpty()) {
                problem.setText(messages.get("order.addr.fix"));
                return;
            }
        }
        problem.setText("");
        insteadBox.getChildren().clear();
        // the sources the customer was shown, to the address as typed now
        OrderPlan placing = new OrderPlan(destination(), plan.lines(), plan.unavailable(), plan.total(),
                plan.readyInDays());
        payHere.setDisable(true);
        payAtCounter.setDisable(true);
        executor.execute(BackgroundTask.of(progress -> kit.orders().place(store, terminalCode, placing, choice,
                        messages.locale()))
                .onSuccess(order -> {
                    if (choice == PaymentChoice.AT_KIOSK) {
                        pay(order);
                    } else {
                        onPlaced.accept(order, null);
                    }
                })
                .onFailure(e -> {
                    payHere.setDisable(false);
                    payAtCounter.setDisable(false);
                    if (e instanceof SoldOutException soldOut) {
                        soldOut(soldOut);
                    } else if (e instanceof InvalidAddressException invalid) {
                        showAddressProblems(invalid.problems());
                        problem.setText(messages.get("order.addr.fix"));
                    } else if (e instanceof nl.connectedstore.persistence.StillBusyException busy) {
                        log.warn("Placing the order gave up after {} attempts: others kept changing the same stock",
                                busy.attempts());
                        problem.setText(messages.get("order.busy"));
                    } else {
                        log.warn("Placing the order failed: {}", e.toString());
                        problem.setText(messages.get("order.failed"));
                    }
                }));
    }

    /** Told by name; the plan is made again (another location may have it) and stand-ins are offered. */
    private void soldOut(SoldOutException soldOut) {
        problem.setText(messages.get("order.soldOut", soldOut.productName(), soldOut.sourceName()));
        replan();
        executor.execute(BackgroundTask.of(progress -> kit.suggestions().alternatives(store, soldOut.productId(), 3))
                .onSuccess(list -> showInstead(soldOut, list)));
    }

    private void showInstead(SoldOutException soldOut, List<Suggestion> list) {
        insteadBox.getChildren().clear();
        if (plan != null && plan.lines().stream().anyMatch(l -> l.productId() == soldOut.productId())) {
            Label another = new Label(messages.get("order.anotherSource"));
            another.setWrapText(true);
            another.setId("anotherSource");
            insteadBox.getChildren().add(another);
        }
        for (Suggestion s : list) {
            Button instead = new Button(messages.get("order.instead", s.product().name(),
                    Prices.of(s.product(), messages)));
            instead.setId("instead-" + s.product().id());
            instead.getStyleClass().add("touch");
            instead.setWrapText(true);
            instead.setOnAction(e -> {
                basket.replace(soldOut.productId(), s.product());
                insteadBox.getChildren().clear();
                problem.setText("");
            });
            insteadBox.getChildren().add(instead);
        }
    }

    /** The card terminal, over the order; whatever it answers, the order stands (paid, or to pay at the counter). */
    private void pay(OrderView order) {
        pay(this, kit, messages, executor, terminalCode, order, onPlaced);
    }

    /**
     * Shows the card terminal over {@code host} for this order, then hands on the order as it then stands and how
     * paying ended (null when it was not tried or failed before a charge).
     */
    static void pay(StackPane host, OrderKit kit, Messages messages, TaskExecutor executor, String terminalCode,
                    OrderView order, BiConsumer<OrderView, OrderPayment> after) {
        PaymentPanel[] panel = new PaymentPanel[1];
        Runnable charge = () -> {
            panel[0].inProgress(true);
            executor.execute(BackgroundTask.of(progress -> kit.orders().pay(order.code(), kit.payments(),
                            terminalCode, terminalCode))
                    .onSuccess(result -> after.accept(result.order(), result))
                    .onFailure(e -> {
                        log.error("Paying order {} failed: {}", order.code(), e.toString());
                        after.accept(order, null);
                    }));
        };
        panel[0] = new PaymentPanel(order.total(), messages, kit.simulator(), charge, () -> after.accept(order, null));
        StackPane.setAlignment(panel[0], Pos.CENTER);
        panel[0].setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        host.getChildren().add(panel[0]);
        if (kit.simulator() == null) {
            charge.run();
        }
    }
}
