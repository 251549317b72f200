package nl.connectedstore.kiosk;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * Calls back every so often until stopped: how a presenter waits for something (an erasure carried out by the
 * counter) without a {@code Timeline} of its own and without sleeping. On screen the ticks come from a
 * {@link Timeline} on the FX thread ({@link #onFxThread()}); tests tick by hand.
 */
@FunctionalInterface
interface Ticks {

    /** Starts calling {@code onTick} every {@code interval}; @return what stops it (safe to call twice) */
    Runnable every(Duration interval, Runnable onTick);

    /** Ticks from a {@link Timeline}: on the FX thread, where the presenter's handlers run too. */
    static Ticks onFxThread() {
        return (interval, onTick) -> {
            Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(interval.toMillis()),
                    e -> onTick.run()));
            timeline.setCycleCount(Animation.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }
}
