package nl.connectedstore.ui;

import java.util.Objects;
import java.util.function.Consumer;
import nl.connectedstore.persistence.ProgressListener;

/**
 * Work for a background thread, with what to do on the FX thread when it succeeds, fails or reports
 * progress. Run it through a {@link TaskExecutor}: production runs it on a worker thread, tests run it
 * synchronously so UI tests never race and never sleep.
 */
public final class BackgroundTask<T> {

    /** The work itself. It may report progress; it must not touch JavaFX nodes. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressListener progress) throws Exception;
    }

    /** Progress as the FX thread receives it. */
    @FunctionalInterface
    public interface ProgressHandler {
        void onProgress(double fraction, String messageKey);
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private ProgressHandler onProgress = (fraction, key) -> { };
    /** Whether a caller said what a failure means (and reports it as such): then the executor logs no trace. */
    private boolean failureHandled;

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * What a failure means, on the FX thread. The handler reports it (a refusal of what was typed is the person's to
     * correct and needs no log line; a fault is logged there, with what staff need): the executor itself then logs it
     * only at debug level.
     */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        return onFailure(handler, true);
    }

    BackgroundTask<T> onFailure(Consumer<Throwable> handler, boolean handled) {
        this.onFailure = Objects.requireNonNull(handler);
        this.failureHandled = handled;
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressHandler handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    Work<T> work() {
        return work;
    }

    Consumer<T> successHandler() {
        return onSuccess;
    }

    Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    boolean hasFailureHandler() {
        return failureHandled;
    }

    ProgressHandler progressHandler() {
        return onProgress;
    }
}
