package nl.connectedstore.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk and the counter do alike before their own screens: read {@code --name=value} settings,
 * show start-up progress while the database opens (and fills with the demo chain the first time), report a
 * bad setting or an unreachable database in the person's language, and close everything on exit. Each app
 * is the composition root of its own services and screens in {@link #ready}.
 */
public abstract class StoreApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(StoreApp.class);

    private final StackPane root = new StackPane();
    private FxTaskExecutor executor;
    private Database database;
    private Messages startupMessages;
    private boolean quitWhenReady;
    /** The start-up screen, until the app's first screen replaces it. */
    private StartupPane startup;
    /** The app's one clock: every service and screen reads the time from it. */
    private final Clock clock = Clock.systemDefaultZone();
    /** The {@code --name=value} settings this app was started with. */
    private Map<String, String> commandLine = Map.of();
    /** The terminal's settings file, read at start; null until then or when it could not be read. */
    private TerminalFile terminalFile;
    /** The file's settings with the command line's over them, once the file is read. */
    private Map<String, String> settings;
    /** Set on the FX thread when the app closes: a database that finishes opening after that is closed unused. */
    private boolean stopped;

    /** Resource-bundle key of the window title. */
    protected abstract String titleKey();

    protected abstract URL stylesheet();

    /** Reads this app's own settings; throws IllegalArgumentException with a readable reason when one is wrong. */
    protected abstract void configure(Map<String, String> settings, Stage stage);

    /**
     * The settings of this app a terminal's settings file may hold, besides {@link TerminalFile#COMMON}: not the
     * ones only scripts use ({@code --screenshot}).
     */
    protected abstract Set<String> fileSettings();

    /** The store this terminal stands in (from the app's settings). */
    protected abstract String storeCode();

    /** Whose database rights this app has: its own user's, never the owner's. */
    protected abstract AppRole role();

    /**
     * The database is open and this terminal's store is known: create the services and show the first
     * screen. Runs on the FX thread.
     *
     * @param stores the store service that found the store, built once here: the app hands it on
     */
    protected abstract void ready(Database database, StoreInfo store, StoreService stores, Scene scene);

    /** The app's one clock, for every service and screen the composition root builds. */
    protected final Clock clock() {
        return clock;
    }

    @Override
    public final void start(Stage stage) {
        executor = new FxTaskExecutor();
        startupMessages = Messages.of(startupLocale());
        Scene scene = new Scene(root, 1280, 800);
        Theme.applyTo(scene, stylesheet().toExternalForm());
        stage.setTitle(startupMessages.get(titleKey()));
        stage.setScene(scene);

        commandLine = EarlyStart.settings(getParameters().getRaw().toArray(String[]::new));
        quitWhenReady = commandLine.containsKey("quit-when-ready");
        DatabaseConfig dbConfig;
        try {
            Set<String> known = new HashSet<>(TerminalFile.COMMON);
            known.addAll(fileSettings());
            terminalFile = TerminalFile.find(commandLine, System.getenv(), known);
            settings = terminalFile.under(commandLine);
            configure(settings, stage);
            dbConfig = DatabaseConfig.resolve(settings, System.getenv());
        } catch (IllegalArgumentException e) {
            showMessage(badSetting(e));
            stage.show();
            return;
        }
        startup = new StartupPane(startupMessages.get(titleKey()), startupMessages, executor,
                dbConfig, DemoChain.Size.DEMO, role(), db -> {
                    if (stopped) {
                        // the app was closed while its database was still opening: nothing may use it now
                        db.close();
                        return;
                    }
                    database = db;
                    findStore(db, scene);
                }, Platform::exit);
        Optional<Parent> early = whileOpening(dbConfig);
        if (early.isPresent()) {
            // the app's first screen while the database opens; the start-up pane takes over if it cannot
            root.getChildren().setAll(early.get());
            startup.setOnFailure(() -> root.getChildren().setAll(startup));
            Busy.afterPaint(root, () -> ColdStart.welcomeShown(getClass().getSimpleName()));
        } else {
            root.getChildren().setAll(startup);
        }
        stage.show();
        startup.start();
    }

    /**
     * A screen to show while the database opens instead of the start-up progress, when the app can draw its first
     * screen without the database (the kiosk's welcome screen, from what it remembered of its store): it must take
     * taps without the database and act on them in {@link #ready}. Empty (the default): the progress shows.
     */
    protected Optional<Parent> whileOpening(DatabaseConfig config) {
        return Optional.empty();
    }

    private void findStore(Database db, Scene scene) {
        startup.report(-1, StartupSteps.STORE);
        StoreService stores = new StoreService(db.transactor(), clock, new PinGuard(db.transactor(), clock));
        executor.execute(BackgroundTask.of(progress -> stores.store(storeCode()))
                .onSuccess(store -> {
                    if (store.isEmpty()) {
                        log.error("{}Store code {} is not in the database {}", terminalFile.where("store", commandLine),
                                storeCode(), db.displayUrl());
                        Optional<Integer> line = fromFile("store");
                        showMessage(line.isPresent()
                                ? startupMessages.get("startup.unknownStoreAt", storeCode(),
                                        terminalFile.file().orElseThrow(), line.get())
                                : startupMessages.get("startup.unknownStore", storeCode()));
                    } else {
                        // building the first screen holds the FX thread: say so on screen before it starts
                        startup.report(-1, StartupSteps.SCREENS);
                        Busy.afterPaint(root, () -> ready(db, store.get(), stores, scene));
                    }
                })
                .onFailure(e -> {
                    log.error("Finding store {} in {} failed: {}", storeCode(), db.displayUrl(), e.toString());
                    showMessage(startupMessages.get("startup.failed.title") + ". "
                        + startupMessages.get("startup.failed.hints.server"));
                }));
    }

    /**
     * A setting that cannot be used, for the screen in the reader's language: its name, and the file and line it
     * came from when a settings file set it. The English reason goes to the log, with the file and line too.
     */
    private String badSetting(IllegalArgumentException e) {
        if (e instanceof TerminalFile.Located located) {
            log.error("Bad settings file: {}", located.getMessage());
            return startupMessages.get("startup.badSettingAt", located.setting(), located.file(), located.line());
        }
        if (!(e instanceof BadSettingException bad)) {
            log.error("Bad setting: {}", e.getMessage());
            return startupMessages.get("startup.badSetting", "?");
        }
        String where = terminalFile == null ? "" : terminalFile.where(bad.setting(), commandLine);
        log.error("Bad setting: {}{}", where, bad.getMessage());
        Optional<Integer> line = fromFile(bad.setting());
        if (line.isPresent()) {
            return startupMessages.get("startup.badSettingAt", bad.setting(), terminalFile.file().orElseThrow(),
                    line.get());
        }
        if (bad.setting().equals("db-password") && fromFile("db-url").isPresent()) {
            // the file names a database server but not the password for it
            return startupMessages.get("startup.badSettingIn", bad.setting(), terminalFile.file().get());
        }
        return startupMessages.get("startup.badSetting", bad.setting());
    }

    /** The line of the settings file a setting came from, when the command line did not override it. */
    private Optional<Integer> fromFile(String setting) {
        return terminalFile == null || commandLine.containsKey(setting) ? Optional.empty()
                : terminalFile.line(setting);
    }

    /**
     * The first screen a person can use is showing: logs the cold-start time (docs/benchmarks.md) and, with
     * {@code --quit-when-ready} (scripts/cold-start.sh), quits.
     */
    protected final void firstScreenShown(String app) {
        ColdStart.firstUsableScreen(app);
        if (quitWhenReady) {
            Platform.runLater(Platform::exit);
        }
    }

    protected final TaskExecutor executor() {
        return executor;
    }

    protected final Messages startupMessages() {
        return startupMessages;
    }

    /** The pane every screen is shown in: an overlay added to it covers whatever screen shows. */
    protected final StackPane overlayHost() {
        return root;
    }

    protected final void show(Parent screen) {
        root.getChildren().setAll(screen);
    }

    /** A plain message in the middle of the window, for problems staff must fix (a wrong store code). */
    protected final void showMessage(String text) {
        Label message = new Label(text);
        message.setId("appMessage");
        message.setWrapText(true);
        message.setMaxWidth(640);
        message.getStyleClass().add("title-3");
        StackPane pane = new StackPane(message);
        pane.setAlignment(Pos.CENTER);
        root.getChildren().setAll(pane);
    }

    /**
     * Runs {@code steps} one after another with a pause between, saving {@code scene} where a step is a
     * file name. Used by scripts/screenshots.sh, then quits.
     */
    protected static void screenshotTour(Scene scene, Path prefix, List<Object> steps) {
        runStep(scene, prefix, steps, 0, 0);
    }

    /** How often a step that finds its screen not there yet is tried again, a pause apart (about half a minute). */
    private static final int STEP_ATTEMPTS = 25;

    private static void runStep(Scene scene, Path prefix, List<Object> steps, int index, int attempt) {
        PauseTransition pause = new PauseTransition(Duration.millis(1200));
        pause.setOnFinished(e -> {
            if (index >= steps.size()) {
                Platform.exit();
                return;
            }
            Object step = steps.get(index);
            if (step instanceof Runnable action) {
                try {
                    action.run();
                } catch (RuntimeException notThereYet) {
                    // on a busy machine the screen a step taps comes later than the pause: try the step again,
                    // and end the tour (instead of hanging it) when it never comes
                    if (attempt + 1 < STEP_ATTEMPTS) {
                        runStep(scene, prefix, steps, index, attempt + 1);
                    } else {
                        log.error("Screenshot tour step {} failed {} times; the tour ends", index, STEP_ATTEMPTS,
                                notThereYet);
                        Platform.exit();
                    }
                    return;
                }
            } else {
                Path file = prefix.resolveSibling(prefix.getFileName() + "-" + step + ".png");
                try {
                    Screenshots.save(scene, file);
                    log.info("Saved screenshot {}", file);
                } catch (IOException failure) {
                    log.error("Could not save screenshot {}", file, failure);
                }
            }
            runStep(scene, prefix, steps, index + 1, 0);
        });
        pause.play();
    }

    /**
     * The settings this app runs with: the terminal's settings file with the {@code --name=value} command line over
     * it (a bare {@code --flag} counts as {@code flag=true}); the command line alone until the file is read.
     */
    protected final Map<String, String> settings() {
        return settings != null ? settings : EarlyStart.settings(getParameters().getRaw().toArray(String[]::new));
    }

    private static Locale startupLocale() {
        String language = Locale.getDefault().getLanguage();
        return Messages.LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(language))
                ? Locale.getDefault() : Locale.ENGLISH;
    }

    /** Called when the app closes, before the database: release cameras and other devices here. */
    protected void closing() {
    }

    @Override
    public final void stop() {
        stopped = true;
        closing();
        if (database != null) {
            database.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
