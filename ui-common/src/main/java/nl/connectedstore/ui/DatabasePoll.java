package nl.connectedstore.ui;

import java.time.Duration;
import java.util.function.Consumer;
import nl.connectedstore.persistence.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the database the same question every so often, off the FX thread, and hands the answer (or the
 * failure) to the FX thread. A read still running when the next one is due is not doubled up: a slow
 * database slows the polling down instead of piling reads on it. How the counter hears from kiosks
 * (docs/decisions/0002 and 0003). Timed by a {@link Ticker}: the FX timeline in the apps, by hand in tests.
 */
public final class DatabasePoll<T> {

    /** The question; runs on a worker thread. */
    @FunctionalInterface
    public interface Read<T> {
        T read() throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(DatabasePoll.class);

    private final String what;
    private final TaskExecutor executor;
    private final Read<T> read;
    private final Consumer<T> onAnswer;
    private final Consumer<Throwable> onFailure;
    private final Ticker.Ticking ticking;
    private boolean busy;
    private boolean failing;

    /**
     * @param what what it reads, for the log: a failure is logged once when a run of failures starts and once
     *             when it ends, never per poll; a lost database is logged by the transactor (once per outage)
     */
    public DatabasePoll(String what, Duration every, Ticker ticker, TaskExecutor executor, Read<T> read,
                        Consumer<T> onAnswer, Consumer<Throwable> onFailure) {
        this.what = what;
        this.executor = executor;
        this.read = read;
        this.onAnswer = onAnswer;
        this.onFailure = onFailure;
        this.ticking = ticker.every(every, this::now);
    }

    /** Asks now, then every interval. */
    public void start() {
        now();
        ticking.start();
    }

    public void stop() {
        ticking.stop();
    }

    /** Asks now, unless a read is still running. */
    public void now() {
        if (busy) {
            return;
        }
        busy = true;
        executor.execute(BackgroundTask.of(progress -> read.read())
                .onSuccess(answer -> {
                    busy = false;
                    if (failing) {
                        failing = false;
                        log.info("Reading {} works again", what);
                    }
                    onAnswer.accept(answer);
                })
                .onFailure(e -> {
                    busy = false;
                    if (!failing) {
                        failing = true;
                        if (!Transactor.isConnectionLoss(e)) {
                            log.warn("Reading {} failed: {}; trying again every poll", what, e.toString());
                        }
                    }
                    onFailure.accept(e);
                }));
    }
}
