package nl.connectedstore.kiosk;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AgeChecks;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.orders.CustomerOrders;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.privacy.CustomerExport;
import nl.connectedstore.privacy.Erasure;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.privacy.PrivacyPortal;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.CustomerSales;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CameraScanner;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.StoreApp;
import nl.connectedstore.ui.StoreLink;
import nl.connectedstore.ui.StoreLinkBanner;
import nl.connectedstore.ui.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk's composition root: its settings, its services, its shell. */
public final class KioskApp extends StoreApp {

    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);
    private KioskOptions options;
    private ReceiptPrinter printer;
    /** Whether the store database answers; asked while the kiosk is on screen. */
    private StoreLink storeLink;

    @Override
    protected String titleKey() {
        return "app.kiosk.title";
    }

    @Override
    protected URL stylesheet() {
        return KioskApp.class.getResource("kiosk.css");
    }

    @Override
    protected Set<String> fileSettings() {
        return KioskOptions.FILE_SETTINGS;
    }

    @Override
    protected void configure(Map<String, String> settings, Stage stage) {
        options = KioskOptions.from(settings, System.getenv());
        // a printer address or logo that cannot be used is a bad setting, shown before the database opens
        printer = ReceiptPrinter.of(options.printer(), options.printerLogo(), executor());
        if (options.fullScreen()) {
            // a kiosk in the customer's hands: closed only by staff with the terminal's exit PIN
            KioskLock.of(settings.getOrDefault("exit-pin", System.getenv("CONNECTEDSTORE_EXIT_PIN")), clock())
                    .hold(stage, overlayHost(), startupMessages(), Platform::exit);
        }
    }

    @Override
    protected AppRole role() {
        return AppRole.KIOSK;
    }

    @Override
    protected String storeCode() {
        return options.storeCode();
    }

    /** A language a customer tapped on the welcome screen before the database was open, or null. */
    private Locale tappedEarly;
    private final BooleanProperty waitingForDatabase = new SimpleBooleanProperty();

    /** The welcome screen at once, from the store this kiosk remembered at its last start (none the first time). */
    @Override
    protected Optional<Parent> whileOpening(DatabaseConfig config) {
        return WelcomeCache.read(config.home(), storeCode()).map(store -> Busy.cover(new AttractScreen(store,
                language -> {
                    tappedEarly = language;
                    waitingForDatabase.set(true);
                }), waitingForDatabase));
    }

    @Override
    protected void ready(Database db, StoreInfo store, StoreService stores, Scene scene) {
        WelcomeCache.write(db.home(), store);
        PaymentsToResolve toResolve = PaymentsToResolve.of(db, clock());
        if (!options.mode().checksOut()) {
            showKiosk(db, store, stores, toResolve, scene, Optional.empty());
            return;
        }
        executor().execute(BackgroundTask.of(progress -> new CheckoutSetup(
                        stores.storeOfTerminal(options.terminalCode()),
                        stores.chainSetting(VariableMeasureScheme.SETTING)))
                .onSuccess(setup -> {
                    if (setup.terminalStore().isEmpty() || !setup.terminalStore().get().equals(store.code())) {
                        log.error("Terminal {} is not a terminal of store {} in {}", options.terminalCode(),
                                store.code(), db.displayUrl());
                        showMessage(startupMessages().get("startup.badSetting", "terminal"));
                        return;
                    }
                    VariableMeasureScheme scheme;
                    try {
                        scheme = setup.scaleLabels().map(VariableMeasureScheme::parse).orElse(VariableMeasureScheme.DEMO);
                    } catch (IllegalArgumentException e) {
                        log.error("Bad chain setting {}: {}", VariableMeasureScheme.SETTING, e.getMessage());
                        showMessage(startupMessages().get("startup.badSetting", VariableMeasureScheme.SETTING));
                        return;
                    }
                    showKiosk(db, store, stores, toResolve, scene,
                            Optional.of(checkoutKit(db, stores, toResolve, scheme)));
                })
                .onFailure(e -> showMessage(startupMessages().get("startup.failed.title") + ". "
                        + startupMessages().get("startup.failed.hints.server"))));
    }

    /** What a checkout terminal needs to know from the database before it opens. */
    private record CheckoutSetup(Optional<String> terminalStore, Optional<String> scaleLabels) {
    }

    private void showKiosk(Database db, StoreInfo store, StoreService stores, PaymentsToResolve toResolve,
                           Scene scene, Optional<CheckoutKit> kit) {
        Transactor tx = db.transactor();
        Clock clock = clock();
        CatalogService catalog = new CatalogService(tx);
        InventoryService inventory = new InventoryService(tx);
        ConsentService consents = new ConsentService(tx, clock);
        CustomerService customers = new CustomerService(tx, consents, stores, clock);
        ArrivalService arrivals = new ArrivalService(tx, customers, consents, clock);
        FeedbackService feedback = new FeedbackService(tx, customers, consents, clock);
        CustomerSales sales = new CustomerSales(tx);
        CustomerOrders customerOrders = new CustomerOrders(tx);
        // the kiosk records erasure requests; the counter carries them out (the kiosk's login cannot erase)
        ReservationService reservations = new ReservationService(tx, stores, clock);
        Erasure erasure = new Erasure(tx, customers, sales, consents, arrivals, reservations, customerOrders,
                feedback);
        PrivacyPortal portal = new PrivacyPortal(customers, consents,
                new CustomerExport(tx, customers, sales, customerOrders, consents, new AccessLog(tx, stores, clock),
                        feedback, clock),
                new ErasureRequests(tx, customers, erasure, clock), clock);
        LoyaltyKit loyalty = new LoyaltyKit(customers, consents, portal, arrivals, options.exportDir(), clock);
        OrderKit webshop = orderKit(db, store, stores, catalog, inventory, customers, consents, reservations,
                toResolve, kit);
        KioskScreens screens = new KioskScreens(options.mode(), webshop.search(), kit,
                Optional.of(loyalty), Optional.of(webshop), Optional.of(feedback));
        KioskShell shell = new KioskShell(catalog, inventory, store, executor(), options.idleTimeout(),
                options.terminalCode(), screens);
        // a lost store database: a banner over whatever is on screen, until it answers again (issue 17)
        storeLink = new StoreLink(tx, StoreLink.EVERY, Ticker.onFxThread(), executor());
        show(StoreLinkBanner.over(shell, storeLink, shell::messages,
                StoreLinkBanner.Audience.CUSTOMER));
        storeLink.start();
        if (tappedEarly != null) {
            // the customer who tapped a language while the database opened gets it now
            shell.startSession(tappedEarly);
            tappedEarly = null;
        }
        firstScreenShown("kiosk");
        // the first tap's catalogue is built once the welcome screen is on screen: seconds of the FX thread that
        // the cold start does not wait for (docs/benchmarks.md)
        Busy.afterPaint(shell, () -> shell.prepareCatalogue(scene.getStylesheets(), scene.getWidth(),
                scene.getHeight()));
        if (options.screenshot() != null) {
            screenshotTour(scene, options.screenshot(), new KioskScreenshotTour(scene, shell, store, catalog, kit.orElse(null),
                    DatabaseConfig.resolve(settings(), System.getenv()), options.screenshotLanguage(), clock).steps());
        }
    }

    /**
     * The webshop: the search index and what goes together are built in the background (a bar shows until the
     * index is in; the database's prefix search answers meanwhile), payments through the checkout's card
     * terminal when this kiosk has one.
     */
    private OrderKit orderKit(Database db, StoreInfo store, StoreService stores, CatalogService catalog,
                              InventoryService inventory, CustomerService customers, ConsentService consents,
                              ReservationService reservations, PaymentsToResolve toResolve,
                              Optional<CheckoutKit> kit) {
        Transactor tx = db.transactor();
        Clock clock = clock();
        ShopSearch search = new ShopSearch(catalog, tx);
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(tx, clock));
        OrderService orders = new OrderService(tx, clock, options.orderHold(), toResolve, catalog, customers,
                stores, reservations);
        OrderKit orderKit = new OrderKit(search, orders, new SuggestionService(tx, catalog,
                inventory, consents, model, clock),
                orders.pickupStores(store, stores.stores()),
                kit.map(CheckoutKit::payments), kit.map(CheckoutKit::simulator), new SimpleDoubleProperty(0));
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

    private CheckoutKit checkoutKit(Database db, StoreService stores, PaymentsToResolve toResolve,
                                    VariableMeasureScheme scheme) {
        Transactor tx = db.transactor();
        Clock clock = clock();
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
        return new CheckoutKit(options.terminalCode(), new CheckoutService(tx, clock, toResolve,
                        new AgeChecks(tx, clock)),
                new AssistanceService(tx, stores, clock), scans,
                new CodeReader(scheme), simulator, simulator, camera, ToneBeeper.create(),
                printer, Duration.ofMillis(400));
    }

    @Override
    protected void closing() {
        if (storeLink != null) {
            storeLink.stop();
        }
    }
}
