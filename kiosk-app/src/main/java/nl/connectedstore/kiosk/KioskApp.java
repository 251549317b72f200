package nl.connectedstore.kiosk;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AgeChecks;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CameraScanner;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.StoreApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk's composition root: its settings, its services, its shell. */
public final class KioskApp extends StoreApp {

    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);
    private KioskOptions options;

    @Override
    protected String titleKey() {
        return "app.kiosk.title";
    }

    @Override
    protected URL stylesheet() {
        return KioskApp.class.getResource("kiosk.css");
    }

    @Override
    protected void configure(Map<String, String> settings, Stage stage) {
        options = KioskOptions.from(settings, System.getenv());
        if (options.fullScreen()) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
    }

    @Override
    protected nl.connectedstore.persistence.AppRole role() {
        return nl.connectedstore.persistence.AppRole.KIOSK;
    }

    @Override
    protected String storeCode() {
        return options.storeCode();
    }

    @Override
    protected void ready(Database db, StoreInfo store, Scene scene) {
        if (!options.mode().checksOut()) {
            showKiosk(db, store, scene, null);
            return;
        }
        StoreService stores = new StoreService(db.transactor());
        executor().execute(BackgroundTask.of(progress -> new CheckoutSetup(
                        stores.storeOfTerminal(options.terminalCode()),
                        stores.chainSetting(VariableMeasureScheme.SETTING)))
                .onSuccess(setup -> {
                    if (setup.terminalStore().isEmpty() || !setup.terminalStore().get().equals(store.code())) {
                        log.error("Terminal {} is not a terminal of store {} in {}", options.terminalCode(),
                                store.code(), db.displayUrl());
                        showMessage(startupMessages().get("startup.badSetting", "terminal=" + options.terminalCode()
                                + " (" + store.code() + ")"));
                        return;
                    }
                    VariableMeasureScheme scheme;
                    try {
                        scheme = setup.scaleLabels().map(VariableMeasureScheme::parse).orElse(VariableMeasureScheme.DEMO);
                    } catch (IllegalArgumentException e) {
                        log.error("Bad chain setting {}: {}", VariableMeasureScheme.SETTING, e.getMessage());
                        showMessage(startupMessages().get("startup.badSetting", e.getMessage()));
                        return;
                    }
                    showKiosk(db, store, scene, checkoutKit(db, stores, scheme));
                })
                .onFailure(e -> showMessage(startupMessages().get("startup.failed.title") + ". "
                        + startupMessages().get("startup.failed.hints.server"))));
    }

    /** What a checkout terminal needs to know from the database before it opens. */
    private record CheckoutSetup(Optional<String> terminalStore, Optional<String> scaleLabels) {
    }

    /**
     * Screenshot tour only: a demo regular's card, as if they held it up. Found with the counter's database rights:
     * the kiosk's own cannot list customers (it sees one only through the card it is shown).
     */
    private String demoRegular(StoreInfo store) {
        try (Database counter = Database.open(nl.connectedstore.persistence.DatabaseConfig.resolve(settings(),
                System.getenv()), nl.connectedstore.persistence.ProgressListener.NONE, null,
                nl.connectedstore.persistence.AppRole.COUNTER)) {
            return new nl.connectedstore.customers.CustomerService(counter.transactor(),
                    java.time.Clock.systemDefaultZone()).someCardAllowing(store.code(),
                    nl.connectedstore.consent.Purpose.RECOGNITION, nl.connectedstore.consent.Purpose.PERSONAL_ADVICE)
                    .map(number -> nl.connectedstore.customers.CustomerService.QR_PREFIX + number).orElse("");
        }
    }

    private void showKiosk(Database db, StoreInfo store, Scene scene, CheckoutKit kit) {
        KioskShell shell = new KioskShell(new CatalogService(db.transactor()), new InventoryService(db.transactor()),
                store, executor(), options.idleTimeout(), options.mode(), kit,
                LoyaltyKit.of(db.transactor(), java.time.Clock.systemDefaultZone(), options.exportDir()),
                options.terminalCode(), orderKit(db, store, kit),
                new nl.connectedstore.feedback.FeedbackService(db.transactor(), java.time.Clock.systemDefaultZone()));
        show(shell);
        firstScreenShown("kiosk");
        if (options.screenshot() != null) {
            Locale locale = new Locale(options.screenshotLanguage() == null ? "en" : options.screenshotLanguage(),
                    store.countryCode());
            String regular = demoRegular(store);
            List<Object> tour = new java.util.ArrayList<>(List.of(
                    "attract",
                    (Runnable) () -> shell.startSession(locale),
                    (Runnable) () -> shell.catalogue().searchField().setText("yog"),
                    "catalogue",
                    (Runnable) () -> shell.catalogue().openFirstResult(),
                    "product",
                    // the endless aisle: two in the basket, pick up here, pay at the counter
                    (Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#more")).fire(),
                    (Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#addToBasket")).fire(),
                    (Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#toBasket")).fire(),
                    (Runnable) () -> { }, // where each line comes from is planned in the background
                    "basket",
                    (Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#payAtCounter")).fire(),
                    (Runnable) () -> { },
                    "order",
                    (Runnable) () -> {
                        shell.showAttract();
                        shell.startSession(locale);
                    },
                    (Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#toSignUp")).fire(),
                    "signup",
                    (Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#back")).fire(),
                    (Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#toPortal")).fire(),
                    (Runnable) () -> shell.portal().open(regular),
                    "portal",
                    (Runnable) shell::showAttract,
                    // a regular checks in on the welcome screen; the counter's screenshots show them arriving
                    (Runnable) () -> shell.cardScanned(regular),
                    "checkin"));
            if (kit != null) {
                CheckoutKit checkoutKit = kit;
                List<String> codes = new CatalogService(db.transactor())
                        .search(store, new nl.connectedstore.catalog.SearchQuery("", null, 200)).stream()
                        .filter(p -> p.price() != null && !p.soldByWeight()
                                && p.stock() == nl.connectedstore.catalog.StockStatus.IN_STOCK)
                        .sorted(java.util.Comparator.comparingInt(p -> p.minimumAge() > 0 ? 0 : 1))
                        .limit(3).map(nl.connectedstore.catalog.ProductCard::gtin).toList();
                for (String code : codes) {
                    tour.add((Runnable) () -> checkoutKit.scans().publish(
                            nl.connectedstore.scan.Scan.now(code, nl.connectedstore.scan.Scan.Source.HAND_SCANNER)));
                }
                tour.add((Runnable) () -> checkoutKit.scans().publish(
                        nl.connectedstore.scan.Scan.now(codes.get(2), nl.connectedstore.scan.Scan.Source.KEYPAD)));
                tour.add("checkout");
                // the demo clerk approves the age check, as at the counter, with the counter's database rights
                // (the kiosk's cannot answer; demo database only)
                tour.add((Runnable) () -> {
                    try (Database counter = Database.open(nl.connectedstore.persistence.DatabaseConfig.resolve(
                            settings(), System.getenv()), nl.connectedstore.persistence.ProgressListener.NONE, null,
                            nl.connectedstore.persistence.AppRole.COUNTER)) {
                        nl.connectedstore.assistance.AssistanceService clerk =
                                new nl.connectedstore.assistance.AssistanceService(counter.transactor(),
                                        new StoreService(counter.transactor()), java.time.Clock.systemDefaultZone());
                        clerk.open(store.id()).forEach(r -> clerk.answer(r.id(), store.code() + "-COUNTER-1", "2345".toCharArray(),
                                r.kind() == nl.connectedstore.assistance.AssistanceKind.AGE_CHECK
                                        ? nl.connectedstore.assistance.AssistanceStatus.APPROVED
                                        : nl.connectedstore.assistance.AssistanceStatus.DONE));
                    }
                });
                tour.add((Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#pay")).fire());
                tour.add("payment");
                tour.add((Runnable) () -> ((javafx.scene.control.Button) scene.lookup("#sim-approved")).fire());
                tour.add((Runnable) () -> { }); // the card terminal and the sale take a moment
                tour.add("receipt");
            }
            screenshotTour(scene, options.screenshot(), tour);
        }
    }

    /**
     * The webshop: the search index and what goes together are built in the background (a bar shows until the
     * index is in; the database's prefix search answers meanwhile), payments through the checkout's card
     * terminal when this kiosk has one.
     */
    private OrderKit orderKit(Database db, StoreInfo store, CheckoutKit kit) {
        Clock clock = Clock.systemDefaultZone();
        ShopSearch search = new ShopSearch(db.transactor());
        CatalogService catalog = new CatalogService(db.transactor());
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(db.transactor(), clock));
        OrderService orders = new OrderService(db.transactor(), clock, options.orderHold(),
                nl.connectedstore.sales.PaymentsToResolve.of(db, clock));
        OrderKit orderKit = new OrderKit(search, orders, new SuggestionService(db.transactor(), catalog,
                new InventoryService(db.transactor()), model, clock),
                orders.pickupStores(store, new StoreService(db.transactor()).stores()),
                kit == null ? null : kit.payments(), kit == null ? null : kit.simulator(), new SimpleDoubleProperty(0));
        executor().execute(BackgroundTask.of(progress -> {
                    search.rebuild(progress);
                    return orders.expireUnpaid();
                })
                .onProgress((fraction, key) -> orderKit.indexProgress().set(Math.min(0.99, Math.max(0, fraction))))
                .onSuccess(expired -> orderKit.indexProgress().set(1))
                .onFailure(e -> log.error("The catalogue index could not be built; searching by word prefixes: {}",
                        e.toString())));
        executor().execute(BackgroundTask.of(model::retrain)
                .onFailure(e -> log.warn("Learning what goes together failed: {}", e.toString())));
        return orderKit;
    }

    private CheckoutKit checkoutKit(Database db, StoreService stores, VariableMeasureScheme scheme) {
        Clock clock = Clock.systemDefaultZone();
        ScanStream scans = new ScanStream();
        CameraHolder camera = new CameraHolder();
        executor().execute(BackgroundTask.of(progress -> {
                    CameraScanner scanner = CameraScanner.open(options.camera(), scans, clock);
                    scanner.start();
                    return scanner;
                })
                .onSuccess(camera::opened)
                .onFailure(e -> {
                    log.error("The camera could not be started: {}", e.toString());
                    camera.opened(null);
                }));
        // No card terminal driver ships yet: the simulated one shows its outcomes as buttons (see README).
        SimulatedPaymentTerminal simulator = new SimulatedPaymentTerminal(Duration.ofMillis(800));
        return new CheckoutKit(options.terminalCode(), new CheckoutService(db.transactor(), clock,
                        nl.connectedstore.sales.PaymentsToResolve.of(db, clock), new AgeChecks(db.transactor(), clock)),
                new AssistanceService(db.transactor(), stores, clock), scans,
                new CodeReader(scheme), simulator, simulator, camera, ToneBeeper.create(),
                new ReceiptPrinter(options.printer()), Duration.ofMillis(400));
    }
}
