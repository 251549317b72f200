package nl.connectedstore.kiosk;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
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
import javafx.util.StringConverter;
import nl.connectedstore.orders.Address;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.Suggestion;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.KeyboardLayout;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TouchButton;
import nl.connectedstore.ui.TouchKeyboard;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The basket and the order form, drawn from a {@link WebOrderPresenter}: each line with where it comes from and
 * when, pick up here or at another store or deliver home (address fields with their problems), the total, and
 * the two ways to pay; the card terminal over it while paying, then the placed order ({@link OrderDoneScreen}).
 */
final class OrderScreen extends StackPane {

    private final WebOrderPresenter presenter;
    private final Messages messages;
    private final Runnable onFinish;
    private final Runnable callStaff;
    private final VBox lines = new VBox(10);
    private final Label problem = new Label();
    private final VBox insteadBox = new VBox(8);
    private final ToggleButton pickUpHere = new ToggleButton();
    private final ToggleButton pickUpElsewhere = new ToggleButton();
    private final ToggleButton deliver = new ToggleButton();
    private final Map<WebOrderPresenter.How, ToggleButton> hows = new EnumMap<>(WebOrderPresenter.How.class);
    private final GridPane addressForm = new GridPane();
    private final Map<Address.Problem, Label> addressProblems = new EnumMap<>(Address.Problem.class);
    private PaymentPanel panel;

    /**
     * @param onPlaced  told once the order stands (the session then ends on "Done" or when idle)
     * @param onFinish  "Done" on the placed order
     * @param callStaff calls a member of staff to this kiosk (a payment to resolve), or null where it cannot
     */
    OrderScreen(WebOrderPresenter presenter, Messages messages, Runnable onBack, Runnable onPlaced, Runnable onFinish,
                Runnable callStaff) {
        this.presenter = presenter;
        this.messages = messages;
        this.onFinish = onFinish;
        this.callStaff = callStaff;
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
        empty.visibleProperty().bind(Bindings.isEmpty(presenter.basket().lines()));
        StackPane left = new StackPane(lineScroll, empty);
        HBox.setHgrow(left, Priority.ALWAYS);

        Button payHere = TouchButton.of("payHere", messages.get("order.payHere"), Material2AL.CONTACTLESS,
                () -> presenter.placeOrder(PaymentChoice.AT_KIOSK));
        payHere.getStyleClass().add("accent");
        Button payAtCounter = TouchButton.of("payAtCounter", messages.get("order.payAtCounter"), Material2MZ.STOREFRONT,
                () -> presenter.placeOrder(PaymentChoice.AT_COUNTER));
        // the choices scroll when the address form needs the room; totals and the pay buttons stay in view
        VBox choices = new VBox(12, howBlock());
        choices.getStyleClass().add("order-side");
        ScrollPane choiceScroll = new ScrollPane(choices);
        choiceScroll.setFitToWidth(true);
        choiceScroll.getStyleClass().add("order-side-scroll");
        VBox.setVgrow(choiceScroll, Priority.ALWAYS);
        VBox rightScroll = new VBox(10, choiceScroll, totals(), problem, insteadBox);
        if (presenter.canPayHere()) {
            rightScroll.getChildren().add(payHere);
        }
        rightScroll.getChildren().add(payAtCounter);
        Busy.button(payHere, presenter.placing(PaymentChoice.AT_KIOSK)); // holding every unit takes a moment
        Busy.button(payAtCounter, presenter.placing(PaymentChoice.AT_COUNTER));
        for (Button pay : List.of(payHere, payAtCounter)) {
            pay.setMaxWidth(Double.MAX_VALUE);
            pay.disableProperty().bind(presenter.canOrderProperty().not());
        }
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
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-problem");
        // set, not bound: what a screenshot tour writes into it must not throw
        presenter.problemProperty().addListener((obs, was, now) -> problem.setText(ShopNote.text(messages, now)));
        problem.setText(ShopNote.text(messages, presenter.problemProperty().get()));
        insteadBox.setId("insteadBox");
        presenter.instead().addListener((ListChangeListener<Suggestion>) c -> showInstead());
        presenter.anotherSourceProperty().addListener((obs, was, now) -> showInstead());
        presenter.rows().addListener((ListChangeListener<WebOrderPresenter.Row>) c -> showRows());
        showRows();
        presenter.addressProblems().addListener((ListChangeListener<Address.Problem>) c -> showAddressProblems());
        presenter.phaseProperty().addListener((obs, was, now) -> showPhase(now, onPlaced));
        presenter.paying().runningProperty().addListener((obs, was, now) -> {
            if (panel != null) {
                panel.inProgress(now);
            }
        });
    }

    private VBox howBlock() {
        Label title = new Label(messages.get("order.how"));
        title.getStyleClass().add("title-3");
        pickUpHere.setId("pickUpHere");
        pickUpHere.setText(messages.get("order.pickUpHere", presenter.store().name()));
        pickUpElsewhere.setId("pickUpElsewhere");
        pickUpElsewhere.setText(messages.get("order.pickUpElsewhere"));
        deliver.setId("deliverHome");
        deliver.setText(messages.get("order.deliver"));
        hows.put(WebOrderPresenter.How.PICK_UP_HERE, pickUpHere);
        hows.put(WebOrderPresenter.How.PICK_UP_ELSEWHERE, pickUpElsewhere);
        hows.put(WebOrderPresenter.How.DELIVER, deliver);
        ToggleGroup how = new ToggleGroup();
        hows.forEach((choice, b) -> {
            b.setToggleGroup(how);
            b.getStyleClass().add("choice");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> presenter.howProperty().set(choice));
        });
        // one choice is always selected: a second touch on it keeps it
        how.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        hows.get(presenter.howProperty().get()).setSelected(true);
        presenter.howProperty().addListener((obs, was, now) -> hows.get(now).setSelected(true));

        ComboBox<StoreInfo> otherStore = new ComboBox<>();
        otherStore.setId("pickupStore");
        otherStore.getItems().setAll(presenter.otherStores());
        otherStore.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoreInfo s) {
                return s == null ? "" : s.name();
            }

            @Override
            public StoreInfo fromString(String text) {
                return null;
            }
        });
        otherStore.valueProperty().bindBidirectional(presenter.otherStoreProperty());
        otherStore.disableProperty().bind(presenter.howProperty().isNotEqualTo(WebOrderPresenter.How.PICK_UP_ELSEWHERE));
        pickUpElsewhere.setDisable(presenter.otherStores().isEmpty());
        HBox elsewhere = new HBox(8, pickUpElsewhere, otherStore);
        elsewhere.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(pickUpElsewhere, Priority.ALWAYS);

        addressForm.setId("addressForm");
        addressForm.setHgap(8);
        addressForm.setVgap(4);
        ComboBox<String> country = new ComboBox<>();
        country.setId("addrCountry");
        country.getItems().setAll(Address.COUNTRIES);
        country.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : new Locale("", code).getDisplayCountry(messages.locale());
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        country.valueProperty().bindBidirectional(presenter.countryProperty());
        int row = 0;
        row = addressRow(row, "order.addr.name", field("addrName", presenter.nameProperty()),
                Address.Problem.NAME_MISSING, Address.Problem.NAME_TOO_LONG, Address.Problem.NAME_UNREADABLE);
        row = addressRow(row, "order.addr.street", field("addrStreet", presenter.streetProperty()),
                Address.Problem.STREET_MISSING, Address.Problem.HOUSE_NUMBER_MISSING, Address.Problem.STREET_TOO_LONG,
                Address.Problem.STREET_UNREADABLE);
        row = addressRow(row, "order.addr.postcode", field("addrPostcode", presenter.postcodeProperty()),
                Address.Problem.POSTCODE_MISSING, Address.Problem.POSTCODE_INVALID);
        row = addressRow(row, "order.addr.city", field("addrCity", presenter.cityProperty()),
                Address.Problem.CITY_MISSING, Address.Problem.CITY_TOO_LONG, Address.Problem.CITY_UNREADABLE);
        addressRow(row, "order.addr.country", country, Address.Problem.COUNTRY_NOT_SERVED);
        addressForm.managedProperty().bind(addressForm.visibleProperty());
        addressForm.visibleProperty().bind(presenter.howProperty().isEqualTo(WebOrderPresenter.How.DELIVER));
        return new VBox(8, title, pickUpHere, elsewhere, deliver, addressForm);
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        // a name, a street, a city start with a capital on the on-screen keyboard; a postcode is typed as it is
        TouchKeyboard.use(field, id.equals("addrPostcode") ? KeyboardLayout.TEXT : KeyboardLayout.NAME);
        return field;
    }

    private int addressRow(int row, String key, Control input, Address.Problem... shownHere) {
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
        Label total = new Label();
        total.setId("orderTotal");
        total.getStyleClass().add("order-total");
        total.textProperty().bind(Bindings.createStringBinding(() -> presenter.totalProperty().get() == null ? ""
                : messages.get("order.total", messages.money(presenter.totalProperty().get())),
                presenter.totalProperty()));
        Label ready = new Label();
        ready.setId("orderReady");
        ready.setWrapText(true);
        ready.textProperty().bind(Bindings.createStringBinding(
                () -> ShopNote.text(messages, presenter.readyProperty().get()), presenter.readyProperty()));
        return new VBox(4, total, ready);
    }

    private void showRows() {
        lines.getChildren().clear();
        for (WebOrderPresenter.Row row : presenter.rows()) {
            lines.getChildren().add(lineRow(row));
        }
    }

    private HBox lineRow(WebOrderPresenter.Row line) {
        long id = line.card().id();
        Label lineName = new Label(line.card().name());
        lineName.getStyleClass().add("line-name");
        lineName.setWrapText(true);
        Label source = new Label(ShopNote.text(messages, line.source()));
        source.setWrapText(true);
        source.getStyleClass().add("line-source");
        if (line.problem()) {
            source.getStyleClass().add("field-problem");
        }
        VBox text = new VBox(2, lineName, source);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button less = iconButton("less-" + id, new FontIcon(Material2MZ.REMOVE), () -> presenter.less(id));
        Label count = new Label(String.valueOf(line.quantity()));
        count.setId("qty-" + id);
        count.getStyleClass().add("quantity");
        Button more = iconButton("more-" + id, new FontIcon(Material2AL.ADD), () -> presenter.more(id));
        Button remove = iconButton("remove-" + id, new FontIcon(Material2AL.DELETE), () -> presenter.remove(id));
        remove.setAccessibleText(messages.get("order.remove"));
        Label price = new Label(line.lineTotal() == null ? "" : messages.money(line.lineTotal()));
        price.getStyleClass().add("line-price");
        price.setMinWidth(90);
        price.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(10, new FontIcon(CategoryIcons.of(line.card().categoryCode())), text, less, count, more,
                price, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("basket-line");
        row.setId("line-" + id);
        return row;
    }

    private static Button iconButton(String id, FontIcon icon, Runnable onTap) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll("touch", "flat");
        button.setId(id);
        button.setOnAction(e -> onTap.run());
        return button;
    }

    private void showAddressProblems() {
        addressProblems.values().forEach(l -> l.setVisible(false));
        for (Address.Problem p : presenter.addressProblems()) {
            Label label = addressProblems.get(p);
            label.setText(messages.get("order.addr.problem." + p.name()));
            label.setVisible(true);
        }
    }

    private void showInstead() {
        insteadBox.getChildren().clear();
        if (presenter.anotherSourceProperty().get()) {
            Label another = new Label(messages.get("order.anotherSource"));
            another.setWrapText(true);
            another.setId("anotherSource");
            insteadBox.getChildren().add(another);
        }
        for (Suggestion s : presenter.instead()) {
            Button instead = new Button(messages.get("order.instead", s.product().name(),
                    Prices.of(s.product(), messages)));
            instead.setId("instead-" + s.product().id());
            instead.getStyleClass().add("touch");
            instead.setWrapText(true);
            instead.setOnAction(e -> presenter.chooseInstead(s));
            insteadBox.getChildren().add(instead);
        }
    }

    /** The card terminal over the basket or the placed order; the placed order once it stands. */
    private void showPhase(WebOrderPresenter.Phase phase, Runnable onPlaced) {
        if (panel != null) {
            getChildren().remove(panel.getParent());
            panel = null;
        }
        if (phase == WebOrderPresenter.Phase.PAYING) {
            panel = new PaymentPanel(presenter.orderProperty().get().total(), messages,
                    presenter.simulator().isPresent(), status -> {
                        presenter.simulator().orElseThrow().answerNext(status);
                        presenter.pay();
                    }, presenter::leavePayment);
            panel.inProgress(presenter.paying().runningProperty().get());
            StackPane.setAlignment(panel, Pos.CENTER);
            panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            // the basket dims behind the card terminal, as the checkout's does: this is what to look at now
            StackPane shade = new StackPane(panel);
            shade.getStyleClass().add("overlay-shade");
            getChildren().add(shade);
        } else if (phase == WebOrderPresenter.Phase.DONE) {
            getChildren().setAll(new OrderDoneScreen(presenter, messages, onFinish, callStaff));
            onPlaced.run();
        }
    }
}
