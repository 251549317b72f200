package nl.connectedstore.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.DatabaseUnavailableException;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an app shows while its database opens (and, the first time, fills with the demo chain): a progress
 * bar with what is happening. When the database cannot be reached it says which URL was tried and what to
 * check, with Retry and Quit; never a stack trace.
 */
public final class StartupPane extends StackPane {

    private static final Logger log = LoggerFactory.getLogger(StartupPane.class);

    private final Messages messages;
    private final TaskExecutor executor;
    private final DatabaseConfig config;
    private final DemoChain.Size demo;
    private final AppRole role;
    private final Consumer<Database> onReady;
    private final Runnable onQuit;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    /** "Step 3 of 5", beside a spinner: the work goes on while a step cannot say how far it is. */
    private final Label step = new Label();
    private StartupSteps steps = new StartupSteps();
    private String lastKey;

    public StartupPane(String appTitle, Messages messages, TaskExecutor executor, DatabaseConfig config,
                       DemoChain.Size demo, Consumer<Database> onReady, Runnable onQuit) {
        this(appTitle, messages, executor, config, demo, AppRole.OWNER, onReady, onQuit);
    }

    /** Opens the database with {@code role}'s rights. */
    public StartupPane(String appTitle, Messages messages, TaskExecutor executor, DatabaseConfig config,
                       DemoChain.Size demo, AppRole role, Consumer<Database> onReady, Runnable onQuit) {
        this.role = role;
        this.messages = messages;
        this.executor = executor;
        this.config = config;
        this.demo = demo;
        this.onReady = onReady;
        this.onQuit = onQuit;
        setId("startup");
        getStyleClass().add("startup");
        title.setText(appTitle);
        title.getStyleClass().addAll("title-1");
        bar.setPrefWidth(420);
        bar.setId("startupProgress");
        status.setId("startupStatus");
        // "waiting for the database" is two sentences: wrap them under the bar rather than cut them in a small window
        status.setWrapText(true);
        status.setMaxWidth(640);
        status.setTextAlignment(TextAlignment.CENTER);
        status.setAlignment(Pos.CENTER); // one line sat at the left edge of its 640 px, under a centred bar
        step.setId("startupStep");
        step.getStyleClass().add("startup-step");
        step.setGraphic(new ProgressIndicator(-1));
        step.getGraphic().getStyleClass().add("busy-spinner");
        progress.setAlignment(Pos.CENTER);
        getChildren().setAll(progress);
    }

    private final Label title = new Label();
    /** The title, the bar, what is being done and "Step n of m". */
    private final VBox progress = new VBox(18, title, bar, status, step);

    /** Starts opening the database in the background. */
    public void start() {
        steps = new StartupSteps();
        getChildren().setAll(progress);
        report(-1, StartupSteps.CONNECTING);
        CompletableFuture<Database> early = EarlyStart.take();
        executor.execute(BackgroundTask.of(progress -> {
                    if (early == null) {
                        return Database.open(config, progress, demo, role);
                    }
                    EarlyStart.forwardProgressTo(progress);
                    try {
                        return early.join();
                    } catch (CompletionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                })
                .onProgress(this::report)
                .onSuccess(onReady)
                .onFailure(this::showFailure));
    }

    /**
     * A step of the start: the bar moves to its share of the whole (full only at the first usable screen, see
     * {@link StartupSteps}), the status says what is being done. The app reports its own last steps (finding the
     * store, building the first screen) here too.
     */
    void report(double fraction, String key) {
        if (!key.equals(lastKey)) {
            // each step's start in the log: what docs/benchmarks.md's start-up shares are measured from
            lastKey = key;
            log.info("Start-up: {} after {} ms", key, System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime());
        }
        bar.setProgress(steps.fraction(fraction, key));
        status.setText(messages.get(key));
        step.setText(messages.get("startup.step", steps.step(), steps.steps()));
    }

    /** How far the bar is, 0 to 1 (tests). */
    double progress() {
        return bar.getProgress();
    }

    /** Runs when opening failed and this pane shows why (an app that showed another screen meanwhile shows this). */
    public void setOnFailure(Runnable onFailure) {
        this.onFailure = onFailure;
    }

    private Runnable onFailure = () -> { };

    private void showFailure(Throwable failure) {
        onFailure.run();
        String url = failure instanceof DatabaseUnavailableException unavailable ? unavailable.url()
                : String.valueOf(config.url());
        log.error("The database could not be opened ({}): {}", url, failure.getMessage(), failure);
        FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add("startup-error-icon");
        Label failed = new Label(messages.get("startup.failed.title"));
        failed.getStyleClass().add("title-2");
        Label what = new Label(messages.get("startup.failed.url", url));
        what.setId("startupFailureUrl");
        what.setWrapText(true);
        Label reason = new Label(messages.get("startup.failed.reason", failure.getMessage()));
        reason.setWrapText(true);
        Label hints = new Label(messages.get(config.embedded() ? "startup.failed.hints.embedded"
                : "startup.failed.hints.server"));
        hints.setWrapText(true);
        Button retry = new Button(messages.get("startup.retry"));
        retry.setId("startupRetry");
        retry.setDefaultButton(true);
        retry.setOnAction(e -> start());
        Button quit = new Button(messages.get("startup.quit"));
        quit.setOnAction(e -> onQuit.run());
        VBox box = new VBox(14, icon, failed, what, reason, hints, new HBox(12, retry, quit));
        box.setMaxWidth(640);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("startup-error");
        getChildren().setAll(box);
    }
}
