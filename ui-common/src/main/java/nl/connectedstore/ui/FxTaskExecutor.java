package nl.connectedstore.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Production executor: a few daemon worker threads; results and progress return on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService workers;

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (workers.isShutdown()) {
            // the app is closing (a timer or a screen's last tap after stop): nothing will show the result
            log.debug("Background work after the app closed was dropped");
            return;
        }
        try {
            run(task);
        } catch (RejectedExecutionException closedMeanwhile) {
            log.debug("Background work after the app closed was dropped");
        }
    }

    private <T> void run(BackgroundTask<T> task) {
        workers.execute(() -> {
            try {
                T result = task.work().call((fraction, key) ->
                        Platform.runLater(() -> task.progressHandler().onProgress(fraction, key)));
                Platform.runLater(() -> task.successHandler().accept(result));
            } catch (Exception | Error e) {
                if (task.hasFailureHandler()) {
                    // the task's own handler says what it means and logs a fault with what staff need; a refused form
                    // is the person's to correct, no warning with a stack trace (issue 16)
                    log.info("Background work ended with {}", e.toString());
                    log.debug("The trace of that ending", e);
                } else {
                    log.warn("Background work failed", e);
                }
                Platform.runLater(() -> task.failureHandler().accept(e));
            }
        });
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
