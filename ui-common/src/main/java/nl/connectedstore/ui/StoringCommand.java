package nl.connectedstore.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A command that stores something (sign up, place an order, pay, approve, reserve, hand over, withdraw), safe to
 * tap twice: presenter state, not a pause. A tap while the first is still being stored does nothing; a tap after
 * it was stored shows the same result again and stores nothing; a failure makes it ready for another try. Views
 * bind their button to {@link #readyProperty()} (grey while running, gone or grey once done). Plain Java: no
 * nodes, testable with {@link TaskExecutor#direct()} and without a toolkit.
 *
 * @param <T> what storing returns (the new customer's card, the order, the answer)
 */
public final class StoringCommand<T> {

    /** Where the command is. */
    public enum State { READY, RUNNING, DONE }

    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private T result;

    public StoringCommand(TaskExecutor executor) {
        this.executor = executor;
        state.addListener((o, was, now) -> {
            ready.set(now == State.READY);
            running.set(now == State.RUNNING);
        });
    }

    /**
     * Stores, unless this command is storing already (the second tap: nothing) or has stored (a repeat:
     * {@code onStored} hears the first result again, nothing is stored twice).
     *
     * @return whether this call started storing
     */
    public boolean run(BackgroundTask.Work<T> work, Consumer<T> onStored, Consumer<Throwable> onFailed) {
        switch (state.get()) {
            case RUNNING:
                return false;
            case DONE:
                onStored.accept(result);
                return false;
            default:
                break;
        }
        state.set(State.RUNNING);
        executor.execute(BackgroundTask.of(work)
                .onSuccess(stored -> {
                    result = stored;
                    state.set(State.DONE);
                    onStored.accept(stored);
                })
                .onFailure(e -> {
                    state.set(State.READY);
                    onFailed.accept(e);
                }));
        return true;
    }

    /** Ready for a new, different command (the next order, another request): forgets the result. */
    public void reset() {
        if (state.get() != State.RUNNING) {
            result = null;
            state.set(State.READY);
        }
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True when a tap would store: neither storing now nor stored already. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while storing: for a spinner on the button. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What was stored, or null before it was. */
    public T result() {
        return result;
    }
}
