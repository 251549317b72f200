package nl.connectedstore.counter;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.StoreApp;

/** The counter's composition root: its settings, its services, its shell. */
public final class CounterApp extends StoreApp {

    /** How often the arrival feed asks the database: well inside the one second an arrival may take. */
    static final java.time.Duration ARRIVAL_POLL = java.time.Duration.ofMillis(250);
    /** How often the counter relearns what goes together from the chain's baskets. */
    static final java.time.Duration RELEARN_EVERY = java.time.Duration.ofMinutes(30);
    /** How often the webshop order lists ask the database. */
    static final java.time.Duration ORDER_POLL = java.time.Duration.ofSeconds(2);
    /** How often the hold job releases what unpaid orders and clerks' reservations held past their time. */
    static final java.time.Duration HOLD_JOB_EVERY = java.time.Duration.ofMinutes(5);

    private CounterOptions options;
    private volatile DoorCamera door;

    /**
     * The hold job: now and every {@link #HOLD_JOB_EVERY}, off the FX thread, unpaid orders past their hold expire
     * and clerks' reservations past theirs end; the units go back on the shelf. Safe on several counters at once.
     */
    private void startHoldExpiry(nl.connectedstore.orders.OrderService orders,
                                 nl.connectedstore.inventory.ReservationService reservations) {
        Runnable release = () -> executor().execute(nl.connectedstore.ui.BackgroundTask.of(progress ->
                        orders.expireUnpaid() + reservations.releaseExpired() + orders.forgetDeliveryAddresses())
                .onFailure(e -> org.slf4j.LoggerFactory.getLogger(CounterApp.class)
                        .warn("Releasing expired holds failed: {}", e.toString())));
        release.run();
        javafx.animation.Timeline job = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(HOLD_JOB_EVERY.toMillis()), e -> release.run()));
        job.setCycleCount(javafx.animation.Animation.INDEFINITE);
        job.play();
    }

    /** How often the counter carries out the erasures customers asked for at a kiosk. */
    static final java.time.Duration ERASURE_POLL = java.time.Duration.ofSeconds(2);

    /**
     * Erasures asked for at a kiosk, carried out now and every {@link #ERASURE_POLL}, off the FX thread, one run at a
     * time; whether a clerk is signed in or not (it is the customer's wish, not a staff action). A failure is logged
     * once, and once more when it works again, not on every poll.
     */
    private void startErasures(nl.connectedstore.customers.ErasureRequests erasures) {
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CounterApp.class);
        Runnable carryOut = () -> {
            if (running.compareAndSet(false, true)) {
                executor().execute(nl.connectedstore.ui.BackgroundTask.of(progress -> erasures.carryOut())
                        .onSuccess(erased -> {
                            running.set(false);
                            if (failing.compareAndSet(true, false)) {
                                log.info("Requested erasures are carried out again");
                            }
                        })
                        .onFailure(e -> {
                            running.set(false);
                            if (failing.compareAndSet(false, true)) {
                                log.warn("Carrying out requested erasures failed (retried every {} s): {}",
                                        ERASURE_POLL.toSeconds(), e.toString());
                            }
                        }));
            }
        };
        carryOut.run();
        javafx.animation.Timeline job = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(ERASURE_POLL.toMillis()), e -> carryOut.run()));
        job.setCycleCount(javafx.animation.Animation.INDEFINITE);
        job.play();
    }

    @Override
    protected void closing() {
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
    protected void configure(Map<String, String> settings, Stage stage) {
        options = CounterOptions.from(settings, System.getenv());
    }

    @Override
    protected nl.connectedstore.persistence.AppRole role() {
        return nl.connectedstore.persistence.AppRole.COUNTER;
    }

    @Override
    protected String storeCode() {
        return options.storeCode();
    }

    /** Selects the tab with this id in whichever tab pane of the scene holds it (screenshot tour). */
    private static void selectTab(Scene scene, String id) {
        for (javafx.scene.Node node : scene.getRoot().lookupAll(".tab-pane")) {
            javafx.scene.control.TabPane pane = (javafx.scene.control.TabPane) node;
            pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> pane.getSelectionModel().select(t));
        }
    }

    /** The GTIN of a product this store has sold out of but others hold: the look-up screenshot's subject. */
    private static String soldOutHere(Database db, StoreInfo store) {
        return new CatalogService(db.transactor()).search(store, new nl.connectedstore.catalog.SearchQuery("", null, 500))
                .stream().filter(p -> p.stock() == nl.connectedstore.catalog.StockStatus.SOLD_OUT)
                .map(nl.connectedstore.catalog.ProductCard::gtin).findFirst().orElse("olive oil");
    }

    /**
     * Customer feedback: the chain's days in this machine's zone; theme and abusive-word lists from the data folder's
     * {@code feedback/} when a chain put its own there; CSV exports next to the kiosk's (~/ConnectedStore/exports).
     */
    private CounterFeedback feedback(Database db, StoreService stores) {
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        java.nio.file.Path home = nl.connectedstore.persistence.DatabaseConfig.resolve(settings(), System.getenv())
                .home();
        nl.connectedstore.feedback.Themes themes = nl.connectedstore.feedback.Themes.from(home.resolve("feedback"));
        nl.connectedstore.feedback.FeedbackComments comments = new nl.connectedstore.feedback.FeedbackComments(
                db.transactor(), clock, zone, themes);
        return new CounterFeedback(new nl.connectedstore.feedback.FeedbackDashboard(
                new nl.connectedstore.feedback.FeedbackFigures(db.transactor(), clock, zone), comments,
                stores.stores()), comments, java.nio.file.Path.of(System.getProperty("user.home"), "ConnectedStore",
                "exports"));
    }

    @Override
    protected void ready(Database db, StoreInfo store, Scene scene) {
        Messages messages = Messages.of(new Locale(startupMessages().locale().getLanguage(), store.countryCode()));
        StoreService stores = new StoreService(db.transactor(), java.time.Clock.systemDefaultZone());
        AssistanceService assistance = new AssistanceService(db.transactor(), stores,
                java.time.Clock.systemDefaultZone());
        CounterPrivacy privacy = CounterPrivacy.of(db.transactor(), java.time.Clock.systemDefaultZone(),
                options.terminalCode());
        Clienteling clienteling = Clienteling.of(db.transactor(), java.time.Clock.systemDefaultZone(),
                options.arrivalFade(), ARRIVAL_POLL);
        // No card terminal driver ships yet: the simulated one shows its outcomes as buttons (see README).
        nl.connectedstore.sales.SimulatedPaymentTerminal terminal =
                new nl.connectedstore.sales.SimulatedPaymentTerminal(java.time.Duration.ofMillis(800));
        nl.connectedstore.sales.PaymentsToResolve toResolve = nl.connectedstore.sales.PaymentsToResolve.of(db,
                java.time.Clock.systemDefaultZone());
        nl.connectedstore.orders.OrderService orderService = new nl.connectedstore.orders.OrderService(db.transactor(),
                java.time.Clock.systemDefaultZone(), nl.connectedstore.orders.OrderService.DEFAULT_HOLD, toResolve);
        CounterOrders orders = new CounterOrders(orderService, terminal, terminal, ORDER_POLL);
        CounterShell shell = new CounterShell(stores, new CatalogService(db.transactor()),
                new InventoryService(db.transactor()), assistance, store, messages, executor(), privacy, clienteling,
                orders, options.terminalCode(), toResolve, feedback(db, stores));
        startHoldExpiry(orderService, clienteling.reservations());
        startErasures(privacy.erasures());
        show(shell);
        firstScreenShown("counter");
        shell.startLearning(RELEARN_EVERY);
        if (!"none".equals(options.doorCamera())) {
            // opening a camera takes seconds: off the FX thread
            executor().execute(nl.connectedstore.ui.BackgroundTask.of(progress -> DoorCamera.open(options.doorCamera(),
                            clienteling.arrivals(), store.id(), options.terminalCode() + "-DOOR",
                            java.time.Clock.systemDefaultZone()))
                    .onSuccess(camera -> door = camera)
                    .onFailure(e -> org.slf4j.LoggerFactory.getLogger(CounterApp.class)
                            .error("The door camera could not be started: {}", e.toString())));
        }
        // at start-up, off the FX thread: reservations nobody picked up go back on the shelf; ended consents,
        // long-inactive customers and old arrivals go
        executor().execute(nl.connectedstore.ui.BackgroundTask.of(progress -> privacy.retention().run())
                .onFailure(e -> org.slf4j.LoggerFactory.getLogger(CounterApp.class)
                        .error("Retention clean-up at start-up failed", e)));
        if (options.screenshot() != null) {
            screenshotTour(scene, options.screenshot(), List.of(
                    "login",
                    (Runnable) () -> {
                        ((PasswordField) scene.lookup("#pin")).setText("1234");
                        ((Button) scene.lookup("#signIn")).fire();
                    },
                    // a help call from the demo kiosk, so the queue shows a request (demo database only), made with
                    // the kiosk's database rights: only a kiosk asks for help
                    (Runnable) () -> {
                        try (Database kiosk = Database.open(nl.connectedstore.persistence.DatabaseConfig.resolve(
                                settings(), System.getenv()), nl.connectedstore.persistence.ProgressListener.NONE, null,
                                nl.connectedstore.persistence.AppRole.KIOSK)) {
                            new AssistanceService(kiosk.transactor(), new StoreService(kiosk.transactor()),
                                    java.time.Clock.systemDefaultZone()).callStaff(store.code() + "-KIOSK-1");
                        }
                    },
                    // the regular the kiosk's screenshot tour checked in (or, run alone, one checked in here)
                    (Runnable) () -> {
                        if (clienteling.arrivals().recent(store.id(), options.arrivalFade()).isEmpty()) {
                            privacy.customers().someCardAllowing(store.code(),
                                            nl.connectedstore.consent.Purpose.RECOGNITION,
                                            nl.connectedstore.consent.Purpose.PERSONAL_ADVICE)
                                    .ifPresent(card -> clienteling.arrivals().checkIn(card, store.id(),
                                            store.code() + "-KIOSK-1"));
                        }
                    },
                    (Runnable) () -> { }, // the feed polls
                    (Runnable) () -> ((Button) scene.lookup(".arrival-card .button")).fire(),
                    (Runnable) () -> { }, // learning and suggestions take a moment
                    "customer",
                    (Runnable) () -> ((javafx.scene.control.TabPane) scene.lookup(".tab-pane")).getSelectionModel()
                            .select(1),
                    (Runnable) () -> ((TextField) scene.lookup("#lookupSearch")).setText(soldOutHere(db, store)),
                    (Runnable) () -> ((TableView<?>) scene.lookup("#products")).getSelectionModel().select(0),
                    "lookup",
                    // the order the kiosk's screenshot tour placed (run alone: the lists may be empty)
                    (Runnable) () -> ((javafx.scene.control.TabPane) scene.lookup(".tab-pane")).getSelectionModel()
                            .select(2),
                    (Runnable) () -> { }, // the order lists poll
                    (Runnable) () -> ((javafx.scene.control.ListView<?>) scene.lookup("#toPrepare"))
                            .getSelectionModel().select(0),
                    "orders",
                    (Runnable) () -> ((javafx.scene.control.TabPane) scene.lookup(".tab-pane")).getSelectionModel()
                            .select(3),
                    (Runnable) () -> {
                        ((TextField) scene.lookup("#cardInput")).setText(privacy.customers()
                                .someCardAllowing(store.code(), nl.connectedstore.consent.Purpose.RECOGNITION)
                                .orElse(""));
                        ((Button) scene.lookup("#findCard")).fire();
                    },
                    (Runnable) () -> ((Button) scene.lookup("#blockCard")).fire(),
                    "cards",
                    // customer feedback: the manager's dashboard (last week: a whole one), the chain, the morning
                    (Runnable) () -> selectTab(scene, "experienceTab"),
                    (Runnable) () -> ((Button) scene.lookup("#previousWeek")).fire(),
                    // the first opening adds up the finished days: a few seconds on a busy machine
                    (Runnable) () -> { }, (Runnable) () -> { }, (Runnable) () -> { }, (Runnable) () -> { },
                    (Runnable) () -> { }, (Runnable) () -> { }, (Runnable) () -> { }, (Runnable) () -> { },
                    "dashboard",
                    (Runnable) () -> selectTab(scene, "dashChainTab"),
                    "chain",
                    (Runnable) () -> selectTab(scene, "morningTab"),
                    "morning"));
        }
    }
}
