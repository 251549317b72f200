package nl.connectedstore.counter;

import java.net.URL;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.StoreApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counter's composition root: its settings, its services, its shell. */
public final class CounterApp extends StoreApp {

    private static final Logger log = LoggerFactory.getLogger(CounterApp.class);
    private CounterOptions options;

    public static void main(String[] args) {
        Application.launch(CounterApp.class, args);
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
                    Messages messages = Messages.of(new java.util.Locale(
                            startupMessages().locale().getLanguage(), store.get().countryCode()));
                    CounterShell shell = new CounterShell(stores, catalog, inventory, store.get(), messages,
                            executor());
                    show(shell);
                    firstScreenShown("counter");
                    if (options.screenshot() != null) {
                        screenshotTour(scene, options.screenshot(), List.of(
                                "login",
                                (Runnable) () -> {
                                    ((PasswordField) scene.lookup("#pin")).setText("1234");
                                    ((Button) scene.lookup("#signIn")).fire();
                                },
                                (Runnable) () -> ((TextField) scene.lookup("#lookupSearch")).setText("olive oil"),
                                (Runnable) () -> ((javafx.scene.control.TableView<?>) scene.lookup("#products"))
                                        .getSelectionModel().select(1),
                                "lookup"));
                    }
                })
                .onFailure(e -> showMessage(startupMessages().get("kiosk.results.failed"))));
    }
}
