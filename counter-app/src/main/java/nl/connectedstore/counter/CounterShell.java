package nl.connectedstore.counter;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.store.StaffRole;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.SignUpPresenter;
import nl.connectedstore.ui.SignUpScreen;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Ticker;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counter's window: sign-in, then the staff tools for this store. */
public final class CounterShell extends StackPane {

    private static final Logger log = LoggerFactory.getLogger(CounterShell.class);
    /** How often the list of payments to resolve is read while someone is signed in. */
    static final Duration TO_RESOLVE_POLL = Duration.ofSeconds(5);

    private final StoreService stores;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final StoreInfo store;
    /** The language the counter speaks now ({@link #language}'s): every screen is drawn with it. */
    private Messages messages;
    private final LanguagePresenter language;
    /** Who is signed in, or null at the sign-in screen. */
    private StaffSession signedIn;
    /** True while sign-in or sign-out moves the language: the screen is drawn once, after. */
    private boolean moving;
    private final TaskExecutor executor;
    private final AssistanceService assistance;
    private final CounterPrivacy privacy;
    private final Clienteling clienteling;
    private final CounterOrders orders;
    private final String terminalCode;
    private final PaymentsToResolve toResolve;
    private final CounterFeedback feedback;
    private OrdersDesk ordersDesk;
    private PaymentsToResolveDesk toResolveDesk;
    private RequestQueue queue;
    private ArrivalFeed feed;
    private final ProgressBar learning = new ProgressBar();
    private final Label learnt = new Label();
    private final HBox modelStatus = new HBox(8, learning, learnt);
    private Ticker.Ticking relearn;
    /** What the model status says now, as a message key and its arguments: said again when the language changes. */
    private Said learntSays = Said.of("counter.customer.learning");

    /**
     * @param terminalCode this counter: PINs typed here are counted, paused and locked per counter
     * @param tools        which tools this counter has beside the look-up and the request queue (the composition
     *                     root decides)
     */
    CounterShell(StoreService stores, CatalogService catalog, InventoryService inventory,
                 AssistanceService assistance, StoreInfo store, Messages messages, TaskExecutor executor,
                 String terminalCode, CounterTools tools) {
        CounterPrivacy privacy = tools.cards().orElse(null);
        Clienteling clienteling = tools.clienteling().orElse(null);
        CounterOrders orders = tools.orders().orElse(null);
        PaymentsToResolve toResolve = tools.toResolve().orElse(null);
        CounterFeedback feedback = tools.feedback().orElse(null);
        this.feedback = feedback;
        this.terminalCode = terminalCode;
        this.toResolve = toResolve;
        this.orders = orders;
        this.clienteling = clienteling;
        this.privacy = privacy;
        this.assistance = assistance;
        this.stores = stores;
        this.catalog = catalog;
        this.inventory = inventory;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        this.language = new LanguagePresenter(stores, messages.locale(), executor);
        language.languageProperty().addListener((obs, was, now) -> {
            this.messages = Messages.of(now);
            if (!moving) {
                redraw();
            }
        });
        getStyleClass().add("counter");
        modelStatus.setId("modelStatus");
        modelStatus.setAlignment(Pos.CENTER_LEFT);
        learning.setPrefWidth(120);
        learning.setVisible(false);
        learning.managedProperty().bind(learning.visibleProperty());
        learnt.getStyleClass().add("text-muted");
        learnt.setId("modelLearnt");
        showLogin();
    }

    /** Back to the sign-in screen, in this counter's own language. */
    public void showLogin() {
        stopDesk();
        signedIn = null;
        moving = true;
        try {
            language.signedOut();
        } finally {
            moving = false;
        }
        drawLogin();
    }

    /** The same screen again in the language just chosen: the sign-in, or the signed-in clerk's desk. */
    private void redraw() {
        if (signedIn == null) {
            drawLogin();
            return;
        }
        String tab = selectedTab();
        stopDesk();
        drawDesk(language.staff() == null ? signedIn : language.staff());
        selectTab(tab);
    }

    private void stopDesk() {
        if (queue != null) {
            queue.stop();
            queue = null;
        }
        if (feed != null) {
            feed.stop();
            feed = null;
        }
        if (ordersDesk != null) {
            ordersDesk.stop();
            ordersDesk = null;
        }
        if (toResolveDesk != null) {
            toResolveDesk.stop();
            toResolveDesk = null;
        }
    }

    private void drawLogin() {
        LoginScreen login = new LoginScreen(new SignInPresenter(stores, terminalCode, executor), store, messages,
                this::signedIn);
        Node switcher = languageSwitch();
        StackPane.setAlignment(switcher, Pos.TOP_RIGHT);
        StackPane.setMargin(switcher, new Insets(16));
        getChildren().setAll(login, switcher);
        login.focusPin();
    }

    private void signedIn(StaffSession staff) {
        log.info("Staff member {} signed in at {}", staff.staffId(), store.code());
        signedIn = staff;
        moving = true;
        try {
            language.signedIn(staff);
        } finally {
            moving = false;
        }
        drawDesk(staff);
    }

    /** The staff tools for {@code staff}, in the language spoken now. */
    private void drawDesk(StaffSession staff) {
        StockLookupScreen lookup = new StockLookupScreen(new StockLookupPresenter(catalog, inventory, store, executor,
                Optional.ofNullable(clienteling).map(c -> new StockLookupPresenter.Alternatives(c.suggestions(),
                        c.reservations(), staff)), messages.locale()), store, messages);
        queue = new RequestQueue(new RequestQueuePresenter(assistance, store, terminalCode, executor,
                Duration.ofSeconds(1), Ticker.onFxThread(), messages.locale()), messages);
        BorderPane desk = new BorderPane(privacy == null ? lookup : tabs(lookup, staff));
        desk.setTop(topBar(staff, messages.get(privacy == null ? "counter.lookup.title" : "counter.desk.title")));
        if (feed != null) {
            VBox side = new VBox(16, feed, new Separator(), queue);
            VBox.setVgrow(queue, Priority.ALWAYS);
            side.getStyleClass().add("side-column");
            desk.setRight(side);
        } else {
            desk.setRight(queue);
        }
        getChildren().setAll(desk);
        queue.start();
        if (feed != null) {
            feed.start();
        }
        if (ordersDesk != null) {
            ordersDesk.start();
        }
        if (toResolveDesk != null) {
            toResolveDesk.start();
        }
        lookup.focusSearch();
    }

    /**
     * Learns what goes together from all of the chain's baskets, now and then every {@code every}, off the FX
     * thread; the top bar shows the progress. Suggestions work meanwhile with the model learnt before.
     */
    void startLearning(Duration every) {
        if (clienteling == null) {
            return;
        }
        learn();
        relearn = Ticker.onFxThread().every(every, this::learn);
        relearn.start();
    }

    private void learn() {
        if (learning.isVisible()) {
            return;
        }
        learning.setVisible(true);
        learning.setProgress(-1);
        say(Said.of("counter.customer.learning"));
        executor.execute(BackgroundTask.of(progress -> clienteling.model().retrain(progress))
                .onProgress((fraction, key) -> {
                    learning.setProgress(fraction);
                    say(Said.of(key));
                })
                .onSuccess(model -> {
                    learning.setVisible(false);
                    say(Said.of("counter.customer.learnt", model.baskets()));
                })
                .onFailure(e -> {
                    learning.setVisible(false);
                    learntSays = null;
                    learnt.setText("");
                    log.error("Learning from the baskets failed", e);
                }));
    }

    private void say(Said what) {
        learntSays = what;
        learnt.setText(what.in(messages));
    }

    /** Who is signed in and "Sign out", in view whichever tool is open. */
    private HBox topBar(StaffSession staff, String heading) {
        Label title = new Label(heading);
        title.getStyleClass().add("title-3");
        if (learntSays != null && !learnt.getText().isEmpty()) {
            learnt.setText(learntSays.in(messages)); // in the language just chosen
        }
        Label who = new Label(messages.get("counter.signedIn", staff.name()) + " \u00b7 " + store.name());
        who.setId("signedInAs");
        who.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button signOut = new Button(messages.get("counter.signOut"), new FontIcon(Material2AL.EXIT_TO_APP));
        signOut.setId("signOut");
        signOut.setOnAction(e -> {
            // the stored sign-in ends too, so nothing can act in this clerk's name afterwards
            executor.execute(BackgroundTask.of(progress -> {
                        stores.signOut(staff);
                        return null;
                    })
                    .onFailure(failure -> log.warn("Ending the sign-in of staff member {} failed: {}",
                            staff.staffId(), failure.toString())));
            showLogin();
        });
        Button changePin = new Button(messages.get("counter.pin.change"), new FontIcon(Material2AL.LOCK));
        changePin.setId("changePin");
        changePin.setOnAction(e -> new ChangePinDialog(getScene() == null ? null : getScene().getWindow(),
                new SignInPresenter(stores, terminalCode, executor), staff, messages).show());
        // at the counter window's 1280 px the buttons and the heading keep their words; the two notes wrap instead
        for (Region whole : List.of(title, changePin, signOut)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        who.setWrapText(true);
        who.setMinWidth(120);
        learnt.setWrapText(true);
        modelStatus.setMinWidth(120);
        HBox top = new HBox(16, title, modelStatus, spacer, who, languageSwitch(), changePin, signOut);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        return top;
    }

    /** The language switch, drawn in the language spoken now. */
    private Node languageSwitch() {
        return new LanguageSwitch(language, messages);
    }

    /** The id of the tab open now, or null. */
    private String selectedTab() {
        TabPane tabs = deskTabs();
        Tab open = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        return open == null ? null : open.getId();
    }

    private void selectTab(String id) {
        TabPane tabs = deskTabs();
        if (tabs != null && id != null) {
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    private TabPane deskTabs() {
        return !getChildren().isEmpty() && getChildren().get(0) instanceof BorderPane desk
                && desk.getCenter() instanceof TabPane tabs ? tabs : null;
    }

    /**
     * "How was it today?" for the customer of a handed-over order: over the whole window while the customer answers
     * (the clerk turned the screen around), gone on "Done", "No thanks", or a sign-out.
     */
    private CustomerFeedbackPresenter customerFeedback() {
        CustomerFeedbackPresenter asking = new CustomerFeedbackPresenter(feedback, store, privacy.terminalCode(),
                messages.locale().getLanguage(), executor);
        asking.promptProperty().addListener((obs, was, now) -> {
            getChildren().removeIf(n -> n instanceof CustomerFeedbackPanel);
            if (now != null && !getChildren().isEmpty() && !(getChildren().get(0) instanceof LoginScreen)) {
                getChildren().add(new CustomerFeedbackPanel(now, store.countryCode(), asking::close));
            }
        });
        return asking;
    }

    /** "Good morning", selected at sign-in; a manager also gets the store-experience dashboard. */
    private void addFeedbackTabs(TabPane tabs, StaffSession staff) {
        Tab morning = new Tab(messages.get("feedback.morning.tab"),
                new MorningPanel(new MorningPresenter(feedback.comments(), store, staff, executor), messages));
        morning.setId("morningTab");
        tabs.getTabs().add(morning); // last, so the other tabs keep their places; but selected at sign-in
        if (staff.role() == StaffRole.MANAGER) {
            Tab dashboard = new Tab(messages.get("feedback.dash.tab"));
            dashboard.setId("experienceTab");
            tabs.getTabs().add(dashboard);
            // read when first opened: a clerk-free counter need not pay for it at every sign-in
            tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
                if (now == dashboard && dashboard.getContent() == null) {
                    dashboard.setContent(new ExperienceDashboard(new DashboardPresenter(feedback, store, executor),
                            messages));
                }
            });
        }
        tabs.getSelectionModel().select(morning);
    }

    /** Stock look-up and the loyalty card desk side by side as tabs; a manager's admin menu on the cards tab. */
    private TabPane tabs(StockLookupScreen lookup, StaffSession staff) {
        Tab stock = new Tab(messages.get("counter.lookup.title"), lookup);
        stock.setId("stockTab");
        CardDesk cards = new CardDesk(new CardDeskPresenter(privacy, staff, executor,
                messages.get("counter.cards.reason")), messages, done -> new SignUpScreen(new SignUpPresenter(privacy.customers(),
                        executor, Channel.COUNTER, privacy.terminalCode(), messages.locale().getLanguage()), messages,
                        done));
        AdminMenu adminRow = new AdminMenu(new AdminPresenter(privacy, stores, store, terminalCode, executor, staff),
                messages);
        VBox cardsPage = new VBox(18, cards, new Separator(), adminRow);
        cardsPage.setPadding(new Insets(16));
        Tab cardsTab = new Tab(messages.get("counter.cards.title"), cardsPage);
        cardsTab.setId("cardsTab");
        TabPane tabs = new TabPane(stock, cardsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (clienteling != null) {
            CustomerCardPresenter card = new CustomerCardPresenter(clienteling, catalog, store, executor,
                    privacy.terminalCode(), messages.locale());
            CustomerCardPane customer = new CustomerCardPane(card, messages);
            Tab customerTab = new Tab(messages.get("counter.customer.tab"), customer);
            customerTab.setId("customerTab");
            tabs.getTabs().add(0, customerTab);
            feed = new ArrivalFeed(new ArrivalFeedPresenter(clienteling, store, executor, Ticker.onFxThread(),
                    arrival -> {
                        tabs.getSelectionModel().select(customerTab);
                        card.open(arrival.customerId(), staff);
                    }), messages);
            tabs.getSelectionModel().select(stock);
        }
        Tab ordersTab = null;
        if (orders != null) {
            ordersDesk = new OrdersDesk(new OrdersDeskPresenter(orders, store, staff, privacy.terminalCode(), executor,
                    orders.clock(), Ticker.onFxThread()), messages, feedback == null ? null : customerFeedback());
            ordersTab = new Tab(messages.get("counter.orders.tab"), ordersDesk);
            ordersTab.setId("ordersTab");
            tabs.getTabs().add(tabs.getTabs().indexOf(stock) + 1, ordersTab);
        }
        if (toResolve != null) {
            Tab toResolveTab = new Tab(messages.get("counter.toResolve.tab", 0));
            toResolveTab.setId("toResolveTab");
            toResolveDesk = new PaymentsToResolveDesk(new PaymentsToResolvePresenter(toResolve, store, staff, executor,
                    TO_RESOLVE_POLL, Ticker.onFxThread()), messages, open -> {
                        toResolveTab.setText(messages.get("counter.toResolve.tab", open));
                        toResolveTab.getStyleClass().remove("has-requests");
                        if (open > 0) {
                            toResolveTab.getStyleClass().add("has-requests");
                        }
                    });
            toResolveTab.setContent(toResolveDesk);
            tabs.getTabs().add(toResolveTab);
        }
        if (feedback != null) {
            addFeedbackTabs(tabs, staff);
        }
        Tab orderTab = ordersTab;
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now == cardsTab) {
                cards.focusInput();
            } else if (now != null && now == orderTab) {
                ordersDesk.focusScan();
            }
        });
        return tabs;
    }

    /** The language on screen now (the signed-in clerk's, else the store's). */
    Messages messages() {
        return messages;
    }
}
