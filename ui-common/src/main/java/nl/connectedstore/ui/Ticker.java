package nl.connectedstore.ui;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * The apps' one source of timed work: something that runs a tick every interval on the FX thread while started.
 * Presenters and screens ask it instead of building a {@code Timeline} (the polls of {@link DatabasePoll}, the
 * checkout's wait for a clerk's answer, "are you still there?", the idle reset). The apps use
 * {@link #onFxThread()}; tests tick by hand ({@code HandTicker} in ui-common's test jar), so no test sleeps.
 */
@FunctionalInterface
public interface Ticker {

    /** Something that runs {@code tick} every {@code interval} while started; made stopped. */
    Ticking every(Duration interval, Runnable tick);

    /** One repeating tick. */
    interface Ticking {
        /** Starts ticking, the first tick one interval from now, unless it ticks already. */
        void start();

        /** Stops ticking; a later {@link #start()} waits a whole interval again. */
        void stop();

        boolean running();
    }

    /** The apps' ticker: a JavaFX {@code Timeline} per ticking, so ticks come on the FX thread. */
    static Ticker onFxThread() {
        return (interval, tick) -> {
            Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(interval.toMillis()),
                    e -> tick.run()));
            timeline.setCycleCount(Animation.INDEFINITE);
            return new Ticking() {
                @Override
                public void start() {
                    if (timeline.getStatus() != Animation.Status.RUNNING) {
                        timeline.play();
                    }
                }

                @Override
                public void stop() {
                    timeline.stop();
                }

                @Override
                public boolean running() {
                    return timeline.getStatus() == Animation.Status.RUNNING;
                }
            };
        };
    }
}
