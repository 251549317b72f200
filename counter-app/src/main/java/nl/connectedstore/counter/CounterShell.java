package nl.connectedstore.counter;

import javafx.scene.layout.BorderPane;
import nl.connectedstore.assistance.AssistanceService;
import javafx.scene.layout.StackPane;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counter's window: sign-in, then the staff tools for this store. */
public final class CounterShell extends StackPane {

    private static final Logger log = LoggerFactory.getLogger(CounterShell.class);

    private final StoreService stores;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final AssistanceService assistance;
    private RequestQueue queue;

    public CounterShell(StoreService stores, CatalogService catalog, InventoryService inventory,
                        AssistanceService assistance, StoreInfo store, Messages messages, TaskExecutor executor) {
        this.assistance = assistance;
        this.stores = stores;
        this.catalog = catalog;
        this.inventory = inventory;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        getStyleClass().add("counter");
        showLogin();
    }

    public void showLogin() {
        if (queue != null) {
            queue.stop();
            queue = null;
        }
        LoginScreen login = new LoginScreen(stores, store, messages, executor, this::signedIn);
        getChildren().setAll(login);
        login.focusPin();
    }

    private void signedIn(StaffSession staff) {
        log.info("Staff member {} signed in at {}", staff.staffId(), store.code());
        StockLookupScreen lookup = new StockLookupScreen(catalog, inventory, store, staff, messages, executor,
                this::showLogin);
        queue = new RequestQueue(assistance, store, messages, executor, java.time.Duration.ofSeconds(1));
        BorderPane desk = new BorderPane(lookup);
        desk.setRight(queue);
        getChildren().setAll(desk);
        queue.start();
        lookup.focusSearch();
    }
}
