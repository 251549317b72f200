package nl.connectedstore.kiosk;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.StoreApp;

/** The kiosk's composition root: its settings, its services, its shell. */
public final class KioskApp extends StoreApp {

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
        KioskShell shell = new KioskShell(new CatalogService(db.transactor()), new InventoryService(db.transactor()),
                store, executor(), options.idleTimeout());
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
}
