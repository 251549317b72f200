package nl.connectedstore.counter;

import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CustomerCardService;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.Erasure;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.privacy.RetentionJob;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.orders.CustomerOrders;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.sales.CustomerSales;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.StoreApp;
import nl.connectedstore.ui.StoreLink;
import nl.connectedstore.ui.StoreLinkBanner;
import nl.connectedstore.ui.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counter's composition root: its settings, its services, its shell. */
public final class CounterApp extends StoreApp {

    private static final Logger log = LoggerFactory.getLogger(CounterApp.class);

    /** How often the arrival feed asks the database: well inside the one second an arrival may take. */
    static final Duration ARRIVAL_POLL = Duration.ofMillis(250);
    /** How often the counter relearns what goes together from the chain's baskets. */
    static final Duration RELEARN_EVERY = Duration.ofMinutes(30);
    /** How often the webshop order lists ask the database. */
    static final Duration ORDER_POLL = Duration.ofSeconds(2);
    /** How often the hold job releases what unpaid orders and clerks' reservations held past their time. */
    static final Duration HOLD_JOB_EVERY = Duration.ofMinutes(5);

    private CounterOptions options;
    private volatile DoorCamera door;
    /** Whether the store database answers; asked while the counter is on screen. */
    private StoreLink storeLink;

    /**
     * The hold job: now and every {@link #HOLD_JOB_EVERY}, off the FX thread, unpaid orders past their hold expire
     * and clerks' reservations past theirs end; the units go back on the shelf. Safe on several counters at once.
     */
    private void startHoldExpiry(OrderService orders, ReservationService reservations) {
        new DatabasePoll<>("expired holds", HOLD_JOB_EVERY, Ticker.onFxThread(), executor(),
                () -> orders.expireUnpaid() + reservations.releaseExpired() + orders.forgetDeliveryAddresses(),
                released -> { }, e -> { }).start();
    }

    /** How often the counter carries out the erasures customers asked for at a kiosk. */
    static final Duration ERASURE_POLL = Duration.ofSeconds(2);

    /**
     * Erasures asked for at a kiosk, carried out now and every {@link #ERASURE_POLL}, off the FX thread, one run at a
     * time; whether a clerk is signed in or not (it is the customer's wish, not a staff action). A failure is logged
     * once, and once more when it works again, not on every poll ({@link DatabasePoll}).
     */
    private void startErasures(ErasureRequests erasures) {
        new DatabasePoll<>("requested erasures", ERASURE_POLL, Ticker.onFxThread(), executor(), erasures::carryOut,
                erased -> { }, e -> { }).start();
    }

    @Override
    protected void closing() {
        if (storeLink != null) {
            storeLink.stop();
        }
        if (door != null) {
            door.close();
        }
    }

    @Override
    protected String titleKey() {
        return "app.counter.title";
    }

    @Override
    protected URL stylesheet() {
        return CounterApp.class.getResource("counter.css");
    }

    @Override
    protected Set<String> fileSettings() {
        return CounterOptions.FILE_SETTINGS;
    }

    @Override
    protected void configure(Map<String, String> settings, Stage stage) {
        options = CounterOptions.from(settings, System.getenv());
    }

    @Override
    protected AppRole role() {
        return AppRole.COUNTER;
    }

    @Override
    protected String storeCode() {
        return options.storeCode();
    }

    /**
     * Customer feedback: the chain's days in this machine's zone; theme and abusive-word lists from the data folder's
     * {@code feedback/} when a chain put its own there; CSV exports next to the kiosk's (~/ConnectedStore/exports).
     */
    private CounterFeedback feedback(Database db, StoreService stores, ConsentService consents,
                                     CustomerService customers) {
        Clock clock = clock();
        ZoneId zone = clock.getZone();
        Path home = DatabaseConfig.resolve(settings(), System.getenv()).home();
        Themes themes = Themes.from(home.resolve("feedback"));
        FeedbackComments comments = new FeedbackComments(db.transactor(), consents, clock, zone, themes);
        return new CounterFeedback(new FeedbackDashboard(new FeedbackFigures(db.transactor(), clock, zone), comments,
                stores.stores()), comments, Path.of(System.getProperty("user.home"), "ConnectedStore", "exports"),
                new FeedbackService(db.transactor(), customers, consents, clock), stores);
    }

    @Override
    protected void ready(Database db, StoreInfo store, StoreService stores, Scene scene) {
        Messages messages = Messages.of(new Locale(startupMessages().locale().getLanguage(), store.countryCode()));
        Transactor tx = db.transactor();
        Clock clock = clock();
        CatalogService catalog = new CatalogService(tx);
        InventoryService inventory = new InventoryService(tx);
        AssistanceService assistance = new AssistanceService(tx, stores, clock);
        AccessLog accessLog = new AccessLog(tx, stores, clock);
        ConsentService consents = new ConsentService(tx, clock);
        CustomerService customers = new CustomerService(tx, consents, stores, clock);
        ArrivalService arrivals = new ArrivalService(tx, customers, consents, clock);
        ReservationService reservations = new ReservationService(tx, stores, clock);
        Erasure erasure = new Erasure(tx, customers, new CustomerSales(tx), consents, arrivals, reservations,
                new CustomerOrders(tx), new FeedbackService(tx, customers, consents, clock));
        CounterPrivacy privacy = new CounterPrivacy(customers, accessLog,
                new RetentionJob(tx, consents, erasure, arrivals, clock),
                new ErasureRequests(tx, customers, erasure, clock), options.terminalCode());
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(tx, clock));
        Clienteling clienteling = new Clienteling(arrivals,
                new CustomerCardService(tx, accessLog, consents, clock), consents,
                new SuggestionService(tx, catalog, inventory, consents, model, clock), reservations, model,
                clock, options.arrivalFade(), ARRIVAL_POLL);
        // No card terminal driver ships yet: the simulated one shows its outcomes as buttons (see README).
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal(Duration.ofMillis(800));
        PaymentsToResolve toResolve = PaymentsToResolve.of(db, clock);
        OrderService orderService = new OrderService(tx, clock, OrderService.DEFAULT_HOLD, toResolve, catalog,
                customers, stores, reservations);
        CounterOrders orders = new CounterOrders(orderService, terminal, terminal, ORDER_POLL, clock);
        CounterShell shell = new CounterShell(stores, catalog, inventory, assistance, store, messages, executor(),
                options.terminalCode(), CounterTools.cards(privacy).withClienteling(clienteling).withOrders(orders)
                        .withToResolve(toResolve).withFeedback(feedback(db, stores, consents, customers)));
        startHoldExpiry(orderService, clienteling.reservations());
        startErasures(privacy.erasures());
        // a lost store database: a banner over the desk until it answers again (issue 17)
        storeLink = new StoreLink(tx, StoreLink.EVERY, Ticker.onFxThread(), executor());
        show(StoreLinkBanner.over(shell, storeLink, shell::messages,
                StoreLinkBanner.Audience.STAFF));
        storeLink.start();
        firstScreenShown("counter");
        shell.startLearning(RELEARN_EVERY);
        if (!"none".equals(options.doorCamera())) {
            // opening a camera takes seconds: off the FX thread
            executor().execute(BackgroundTask.of(progress -> DoorCamera.open(options.doorCamera(),
                            clienteling.arrivals(), store.id(), options.terminalCode() + "-DOOR",
                            clock))
                    .onSuccess(camera -> door = camera)
                    .onFailure(e -> log.error("The door camera could not be started: {}", e.toString())));
        }
        // at start-up, off the FX thread: reservations nobody picked up go back on the shelf; ended consents,
        // long-inactive customers and old arrivals go
        executor().execute(BackgroundTask.of(progress -> privacy.retention().run())
                .onFailure(e -> log.error("Retention clean-up at start-up failed", e)));
        if (options.screenshot() != null) {
            screenshotTour(scene, options.screenshot(), new CounterScreenshotTour(scene, store, catalog, privacy,
                    clienteling, options, DatabaseConfig.resolve(settings(), System.getenv()), clock).steps());
        }
    }
}
