package nl.connectedstore.counter;

import java.time.Duration;
import java.util.function.Consumer;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.TaskExecutor;

/**
 * A question a presenter asks the database again every so often: a {@link DatabasePoll} in the app, asked by hand
 * in presenter tests (no toolkit, no timer). The presenter says what it reads and what to do with the answer.
 */
interface Polling {

    /** Asks now, then every interval. */
    void start();

    void stop();

    /** Asks now, unless a read is still running. */
    void now();

    /** Makes a {@link Polling} for a presenter. */
    interface Factory {
        <T> Polling poll(String what, Duration every, DatabasePoll.Read<T> read, Consumer<T> onAnswer);
    }

    /** The app's: a {@link DatabasePoll} on the FX timeline; a failed read is logged there and asked again. */
    static Factory onTimeline(TaskExecutor executor) {
        return new Factory() {
            @Override
            public <T> Polling poll(String what, Duration every, DatabasePoll.Read<T> read, Consumer<T> onAnswer) {
                DatabasePoll<T> poll = new DatabasePoll<>(what, every, executor, read, onAnswer, e -> { });
                return new Polling() {
                    @Override
                    public void start() {
                        poll.start();
                    }

                    @Override
                    public void stop() {
                        poll.stop();
                    }

                    @Override
                    public void now() {
                        poll.now();
                    }
                };
            }
        };
    }

    /** Tests': reads at {@link #start()} and {@link #now()} only; nothing ticks by itself. */
    static Factory byHand(TaskExecutor executor) {
        return new Factory() {
            @Override
            public <T> Polling poll(String what, Duration every, DatabasePoll.Read<T> read, Consumer<T> onAnswer) {
                return new Polling() {
                    @Override
                    public void start() {
                        now();
                    }

                    @Override
                    public void stop() {
                    }

                    @Override
                    public void now() {
                        executor.execute(BackgroundTask.of(progress -> read.read()).onSuccess(onAnswer));
                    }
                };
            }
        };
    }
}
