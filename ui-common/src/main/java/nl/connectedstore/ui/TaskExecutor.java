package nl.connectedstore.ui;

/** Runs {@link BackgroundTask}s. Handlers always run on the FX thread (or the caller's, for the direct one). */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** Runs everything at once on the calling thread: for tests, which then need no waiting. */
    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                T result;
                try {
                    result = task.work().call((fraction, key) -> task.progressHandler().onProgress(fraction, key));
                } catch (Exception e) {
                    task.failureHandler().accept(e);
                    return;
                }
                task.successHandler().accept(result);
            }
        };
    }
}
