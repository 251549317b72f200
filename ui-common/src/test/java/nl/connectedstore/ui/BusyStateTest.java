package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A presenter's busy state: on at once when work is handed over, off when its answer is back (issue 16). */
class BusyStateTest {

    private final HeldExecutor executor = new HeldExecutor();
    private final BusyState busy = new BusyState();
    private final List<String> heard = new ArrayList<>();

    @Test
    void busyWhileTheHeldWorkRunsAndNotAfterItSucceeds() {
        executor.hold();
        busy.execute(executor, BackgroundTask.of(progress -> "found")
                .onSuccess(result -> heard.add(result + " busy=" + busy.isBusy())));
        assertThat(busy.isBusy()).as("busy the moment it was handed over").isTrue();
        assertThat(busy.busyProperty().get()).isTrue();

        executor.release();

        assertThat(busy.isBusy()).isFalse();
        assertThat(heard).as("the answer's handler already sees it idle").containsExactly("found busy=false");
    }

    @Test
    void notBusyAfterAFailureAndTheFailureIsStillHeard() {
        executor.hold();
        busy.execute(executor, BackgroundTask.<String>of(progress -> {
            throw new IllegalStateException("database down");
        }).onFailure(e -> heard.add(e.getMessage())));
        assertThat(busy.isBusy()).isTrue();

        executor.release();

        assertThat(busy.isBusy()).isFalse();
        assertThat(heard).containsExactly("database down");
    }

    @Test
    void overlappingWorkKeepsItBusyUntilTheLastIsBack() {
        TaskExecutor tracked = busy.around(executor);
        executor.hold();
        tracked.execute(BackgroundTask.of(progress -> "first"));
        tracked.execute(BackgroundTask.of(progress -> "second"));
        assertThat(busy.isBusy()).isTrue();

        executor.release();

        assertThat(busy.isBusy()).isFalse();
    }

    @Test
    void quickWorkOnTheDirectExecutorLeavesItIdle() {
        busy.execute(TaskExecutor.direct(), BackgroundTask.of(progress -> 1).onSuccess(n -> heard.add("done")));
        assertThat(busy.isBusy()).isFalse();
        assertThat(heard).containsExactly("done");
    }
}
