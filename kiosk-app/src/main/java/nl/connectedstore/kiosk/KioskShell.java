package nl.connectedstore.kiosk;

import java.time.Duration;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's one window: the attract screen between customers, then catalogue and product pages for one
 * customer's session. A session ends with "Start over" or after the idle time; the next customer starts
 * with a fresh catalogue (no search text, no category, no language carried over).
 */
public final class KioskShell extends StackPane {

    private static final Logger log = LoggerFactory.getLogger(KioskShell.class);

    private final CatalogService catalog;
    private final InventoryService inventory;
    private final StoreInfo store;
    private final TaskExecutor executor;
    private final IdleTimer idle;
    private CatalogueScreen catalogue;
    private Messages messages;

    public KioskShell(CatalogService catalog, InventoryService inventory, StoreInfo store, TaskExecutor executor,
                      Duration idleTimeout) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.store = store;
        this.executor = executor;
        this.idle = new IdleTimer(this, idleTimeout, this::onIdle);
        getStyleClass().add("kiosk");
        showAttract();
    }

    public void showAttract() {
        idle.stop();
        catalogue = null;
        messages = null;
        getChildren().setAll(new AttractScreen(store, this::startSession));
    }

    public void startSession(Locale locale) {
        messages = Messages.of(locale);
        catalogue = new CatalogueScreen(catalog, store, messages, executor, this::openProduct, this::showAttract);
        getChildren().setAll(catalogue);
        catalogue.load();
        catalogue.searchField().requestFocus();
        idle.start();
    }

    private void openProduct(ProductCard card) {
        getChildren().setAll(new ProductScreen(card, store, inventory, messages, executor, this::backToCatalogue));
    }

    private void backToCatalogue() {
        getChildren().setAll(catalogue);
    }

    /** The current customer's catalogue, or null on the attract screen. */
    CatalogueScreen catalogue() {
        return catalogue;
    }

    private void onIdle() {
        log.info("Kiosk idle: session reset to the attract screen");
        showAttract();
    }
}
