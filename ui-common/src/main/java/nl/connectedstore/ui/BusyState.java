package nl.connectedstore.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * "Working on it" for a presenter: true from the moment a piece of work is handed to the {@link TaskExecutor} until
 * its answer (success or failure) is back, so the screen can show a spinner or a skeleton at once (issue 16: anything
 * that can take over 300 ms shows a busy state). Counts overlapping work (a search typed on while the last one
 * runs): busy until the last of them is back. Plain Java, no nodes: presenters own one per thing the customer waits
 * for, views bind {@link Busy} to it, tests read it without a toolkit.
 */
public final class BusyState {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    /** Runs {@code task} on {@code executor}, busy until it is back; its own handlers run after busy is cleared. */
    public <T> void execute(TaskExecutor executor, BackgroundTask<T> task) {
        started();
        boolean handed = false;
        try {
            executor.execute(BackgroundTask.of(task.work())
                    .onProgress(task.progressHandler())
                    .onSuccess(result -> {
                        finished();
                        task.successHandler().accept(result);
                    })
                    .onFailure(failure -> {
                        finished();
                        task.failureHandler().accept(failure);
                    }, task.hasFailureHandler()));
            handed = true;
        } finally {
            if (!handed) {
                finished(); // the executor refused it (shut down): nothing will come back
            }
        }
    }

    /** A {@link TaskExecutor} whose every task makes this busy while it runs. */
    public TaskExecutor around(TaskExecutor executor) {
        return new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                BusyState.this.execute(executor, task);
            }
        };
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
