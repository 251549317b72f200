package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.DemoChain;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.ColdStart;
import nl.connectedstore.ui.FxTaskExecutor;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.Screenshots;
import nl.connectedstore.ui.StartupPane;
import nl.connectedstore.ui.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk's composition root: reads the settings, opens the database, creates the services, shows the shell. */
public final class KioskApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);

    private final StackPane root = new StackPane();
    private FxTaskExecutor executor;
    private Database database;
    private Messages startupMessages;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        startupMessages = Messages.of(startupLocale());
        Scene scene = new Scene(root, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setTitle(startupMessages.get("app.kiosk.title"));
        stage.setScene(scene);

        Map<String, String> named = options();
        KioskOptions options;
        DatabaseConfig dbConfig;
        try {
            options = KioskOptions.from(named, System.getenv());
            dbConfig = DatabaseConfig.resolve(named, System.getenv());
        } catch (IllegalArgumentException e) {
            log.error("Bad kiosk setting: {}", e.getMessage());
            showMessage(startupMessages.get("startup.badSetting", e.getMessage()));
            stage.show();
            return;
        }
        if (options.fullScreen()) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        StartupPane startup = new StartupPane(startupMessages.get("app.kiosk.title"), startupMessages, executor,
                dbConfig, DemoChain.Size.DEMO, db -> onDatabase(db, options, scene), Platform::exit);
        root.getChildren().setAll(startup);
        stage.show();
        startup.start();
    }

    private void onDatabase(Database db, KioskOptions options, Scene scene) {
        this.database = db;
        StoreService stores = new StoreService(db.transactor());
        CatalogService catalog = new CatalogService(db.transactor());
        InventoryService inventory = new InventoryService(db.transactor());
        executor.execute(BackgroundTask.of(progress -> stores.store(options.storeCode()))
                .onSuccess(store -> {
                    if (store.isEmpty()) {
                        log.error("Store code {} is not in the database {}", options.storeCode(), db.displayUrl());
                        showMessage(startupMessages.get("startup.unknownStore", options.storeCode()));
                        return;
                    }
                    KioskShell shell = new KioskShell(catalog, inventory, store.get(), executor,
                            options.idleTimeout());
                    root.getChildren().setAll(shell);
                    ColdStart.firstUsableScreen("kiosk");
                    if (options.screenshot() != null) {
                        takeScreenshots(shell, store.get(), options, scene);
                    }
                })
                .onFailure(e -> showMessage(startupMessages.get("kiosk.results.failed"))));
    }

    private void showMessage(String text) {
        Label message = new Label(text);
        message.setWrapText(true);
        message.setMaxWidth(640);
        message.getStyleClass().add("title-3");
        StackPane pane = new StackPane(message);
        pane.setAlignment(Pos.CENTER);
        root.getChildren().setAll(pane);
    }

    /** For scripts/screenshots.sh: attract screen, catalogue after a search, a product page; then quit. */
    private void takeScreenshots(KioskShell shell, StoreInfo store, KioskOptions options, Scene scene) {
        Path prefix = options.screenshot();
        Locale locale = new Locale(options.screenshotLanguage() == null ? "en" : options.screenshotLanguage(),
                store.countryCode());
        Runnable[] steps = {
            () -> save(scene, prefix.resolveSibling(prefix.getFileName() + "-attract.png")),
            () -> shell.startSession(locale),
            () -> ((CatalogueScreen) shell.getChildren().get(0)).searchField().setText("yog"),
            () -> save(scene, prefix.resolveSibling(prefix.getFileName() + "-catalogue.png")),
            () -> ((ProductTile) shell.lookup(".product-tile")).getOnMouseClicked().handle(null),
            () -> save(scene, prefix.resolveSibling(prefix.getFileName() + "-product.png")),
            Platform::exit,
        };
        runSteps(steps, 0);
    }

    private static void runSteps(Runnable[] steps, int index) {
        if (index >= steps.length) {
            return;
        }
        PauseTransition pause = new PauseTransition(Duration.millis(1200));
        pause.setOnFinished(e -> {
            steps[index].run();
            runSteps(steps, index + 1);
        });
        pause.play();
    }

    private static void save(Scene scene, Path file) {
        try {
            Screenshots.save(scene, file);
            log.info("Saved screenshot {}", file);
        } catch (java.io.IOException e) {
            log.error("Could not save screenshot {}", file, e);
        }
    }

    private Map<String, String> options() {
        Map<String, String> named = new HashMap<>(getParameters().getNamed());
        for (String flag : getParameters().getUnnamed()) {
            if (flag.startsWith("--")) {
                named.put(flag.substring(2), "true");
            }
        }
        return named;
    }

    private static Locale startupLocale() {
        String language = Locale.getDefault().getLanguage();
        return Messages.LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(language))
                ? Locale.getDefault() : Locale.ENGLISH;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
