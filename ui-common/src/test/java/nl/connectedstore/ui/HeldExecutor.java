package nl.connectedstore.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs tasks at once, like {@link TaskExecutor#direct()}, except while held: then they wait until released, as
 * work on a busy database does. For taps that come while the first one is still being stored (the apps' tests use it
 * through ui-common's test jar).
 */
public final class HeldExecutor implements TaskExecutor {

    private final List<BackgroundTask<?>> held = new ArrayList<>();
    private boolean holding;

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (holding) {
            held.add(task);
        } else {
            TaskExecutor.direct().execute(task);
        }
    }

    public void hold() {
        holding = true;
    }

    /** Runs what waited, in order, and runs the next tasks at once again. Call on the FX thread. */
    public void release() {
        holding = false;
        List<BackgroundTask<?>> now = new ArrayList<>(held);
        held.clear();
        now.forEach(this::execute);
    }
}
