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

    /** What to ask at this moment, decided on the FX thread before each read; null: nothing to ask, the poll stops. */
    @FunctionalInterface
    public interface Question<T> {
        Read<T> now();
    }

    private static final Logger log = LoggerFactory.getLogger(DatabasePoll.class);

    private final String what;
    private final TaskExecutor executor;
    private final Question<T> question;
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
        this(what, every, ticker, executor, (Question<T>) () -> read, onAnswer, onFailure);
    }

    private DatabasePoll(String what, Duration every, Ticker ticker, TaskExecutor executor, Question<T> question,
                         Consumer<T> onAnswer, Consumer<Throwable> onFailure) {
        this.what = what;
        this.executor = executor;
        this.question = question;
        this.onAnswer = onAnswer;
        this.onFailure = onFailure;
        this.ticking = ticker.every(every, this::now);
    }

    /**
     * A poll whose question depends on the moment (what a basket still waits for): {@code question} runs on the FX
     * thread before each read and may say there is nothing to ask, which stops the poll until the next
     * {@link #start()}.
     */
    public static <T> DatabasePoll<T> asking(String what, Duration every, Ticker ticker, TaskExecutor executor,
                                             Question<T> question, Consumer<T> onAnswer,
                                             Consumer<Throwable> onFailure) {
        return new DatabasePoll<>(what, every, ticker, executor, question, onAnswer, onFailure);
    }

    /** Asks now, then every interval (an answer that stops the poll stops it for good). */
    public void start() {
        ticking.start();
        now();
    }

    public void stop() {
        ticking.stop();
    }

    /** Asks now, unless a read is still running. */
    public void now() {
        if (busy) {
            return;
        }
        Read<T> read = question.now();
        if (read == null) {
            stop();
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
