package nl.connectedstore.kiosk;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
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
    protected String storeCode() {
        return options.storeCode();
    }

    @Override
    protected void ready(Database db, StoreInfo store, Scene scene) {
        StoreService stores = new StoreService(db.transactor());
        CheckoutKit kit = null;
        if (options.mode().checksOut()) {
            Optional<String> terminalStore = stores.storeOfTerminal(options.terminalCode());
            if (terminalStore.isEmpty() || !terminalStore.get().equals(store.code())) {
                log.error("Terminal {} is not a terminal of store {} in {}", options.terminalCode(), store.code(),
                        db.displayUrl());
                showMessage(startupMessages().get("startup.badSetting", "terminal=" + options.terminalCode()
                        + " (" + store.code() + ")"));
                return;
            }
            kit = checkoutKit(db, stores);
        }
        KioskShell shell = new KioskShell(new CatalogService(db.transactor()), new InventoryService(db.transactor()),
                store, executor(), options.idleTimeout(), options.mode(), kit);
        show(shell);
        firstScreenShown("kiosk");
        if (options.screenshot() != null) {
            Locale locale = new Locale(options.screenshotLanguage() == null ? "en" : options.screenshotLanguage(),
                    store.countryCode());
            screenshotTour(scene, options.screenshot(), List.of(
                    "attract",
                    (Runnable) () -> shell.startSession(locale),
                    (Runnable) () -> shell.catalogue().searchField().setText("yog"),
                    "catalogue",
                    (Runnable) () -> shell.catalogue().openFirstResult(),
                    "product"));
        }
    }

    private CheckoutKit checkoutKit(Database db, StoreService stores) {
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
        return new CheckoutKit(options.terminalCode(), new CheckoutService(db.transactor(), clock),
                new AssistanceService(db.transactor(), stores, clock), scans,
                new CodeReader(VariableMeasureScheme.DEMO), simulator, simulator, camera, ToneBeeper.create(),
                new ReceiptPrinter(options.printer()), Duration.ofMillis(400));
    }
}
