package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A command that stores something is safe against a double tap and a repeat (issue 16, point 3). */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class StoringCommandTest {

    /** Holds the work until the test lets it finish: a tap that comes while the first one is being stored. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<BackgroundTask<?>> held = new ArrayList<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            held.add(task);
        }

        void finishAll() {
            List<BackgroundTask<?>> now = new ArrayList<>(held);
            held.clear();
            now.forEach(task -> TaskExecutor.direct().execute(task));
        }
    }

    private final AtomicInteger stored = new AtomicInteger();
    private final List<String> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private String store() {
        return "customer-" + stored.incrementAndGet();
    }

    @Test
    void aSecondTapWhileTheFirstIsBeingStoredStoresNothing() {
        HeldExecutor executor = new HeldExecutor();
        StoringCommand<String> signUp = new StoringCommand<>(executor);

        assertThat(signUp.run(progress -> store(), shown::add, failures::add)).isTrue();
        assertThat(signUp.readyProperty().get()).as("the button greys at once").isFalse();
        assertThat(signUp.runningProperty().get()).isTrue();
        assertThat(signUp.run(progress -> store(), shown::add, failures::add)).isFalse();
        executor.finishAll();

        assertThat(stored).hasValue(1);
        assertThat(shown).containsExactly("customer-1");
        assertThat(signUp.state()).isEqualTo(StoringCommand.State.DONE);
    }

    @Test
    void aRepeatAfterItWasStoredShowsTheSameResultAndStoresNothing() {
        StoringCommand<String> signUp = new StoringCommand<>(TaskExecutor.direct());

        signUp.run(progress -> store(), shown::add, failures::add);
        signUp.run(progress -> store(), shown::add, failures::add);
        signUp.run(progress -> store(), shown::add, failures::add);

        assertThat(stored).hasValue(1);
        assertThat(shown).containsExactly("customer-1", "customer-1", "customer-1");
        assertThat(signUp.readyProperty().get()).isFalse();
    }

    @Test
    void aFailureLeavesItReadyForAnotherTry() {
        StoringCommand<String> pay = new StoringCommand<>(TaskExecutor.direct());
        AtomicInteger attempts = new AtomicInteger();

        pay.run(progress -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("declined");
        }, shown::add, failures::add);
        assertThat(pay.readyProperty().get()).isTrue();
        pay.run(progress -> store(), shown::add, failures::add);

        assertThat(failures).hasSize(1);
        assertThat(attempts).hasValue(1);
        assertThat(shown).containsExactly("customer-1");
    }

    @Test
    void afterAResetTheNextCommandStoresAgain() {
        StoringCommand<String> order = new StoringCommand<>(TaskExecutor.direct());
        order.run(progress -> store(), shown::add, failures::add);
        order.reset();
        order.run(progress -> store(), shown::add, failures::add);

        assertThat(stored).hasValue(2);
        assertThat(shown).containsExactly("customer-1", "customer-2");
    }
}
