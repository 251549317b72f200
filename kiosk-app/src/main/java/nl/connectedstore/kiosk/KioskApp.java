package nl.connectedstore.kiosk;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.StoreApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk's composition root: its settings, its services, its shell. */
public final class KioskApp extends StoreApp {

    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);
    private KioskOptions options;

    public static void main(String[] args) {
        Application.launch(KioskApp.class, args);
    }

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
    protected void ready(Database db, Scene scene) {
        StoreService stores = new StoreService(db.transactor());
        CatalogService catalog = new CatalogService(db.transactor());
        InventoryService inventory = new InventoryService(db.transactor());
        executor().execute(BackgroundTask.of(progress -> stores.store(options.storeCode()))
                .onSuccess(store -> {
                    if (store.isEmpty()) {
                        log.error("Store code {} is not in the database {}", options.storeCode(), db.displayUrl());
                        showMessage(startupMessages().get("startup.unknownStore", options.storeCode()));
                        return;
                    }
                    KioskShell shell = new KioskShell(catalog, inventory, store.get(), executor(),
                            options.idleTimeout());
                    show(shell);
                    firstScreenShown("kiosk");
                    if (options.screenshot() != null) {
                        Locale locale = new Locale(options.screenshotLanguage() == null ? "en"
                                : options.screenshotLanguage(), store.get().countryCode());
                        screenshotTour(scene, options.screenshot(), List.of(
                                "attract",
                                (Runnable) () -> shell.startSession(locale),
                                (Runnable) () -> shell.catalogue().searchField().setText("yog"),
                                "catalogue",
                                (Runnable) () -> shell.catalogue().openFirstResult(),
                                "product"));
                    }
                })
                .onFailure(e -> showMessage(startupMessages().get("kiosk.results.failed"))));
    }
}
