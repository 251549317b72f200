package nl.connectedstore.kiosk;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import nl.connectedstore.ui.Ticker;

/**
 * "Are you still there?": seconds counting down to a reset, unless the customer answers. Plain Java, ticked once a
 * second by a {@link Ticker}; {@link StillTherePrompt} draws it.
 */
final class StillThereCountdown {

    private final ReadOnlyIntegerWrapper secondsLeft;
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper();
    private final Ticker.Ticking ticking;
    private final Runnable onStay;
    private final Runnable onGone;

    StillThereCountdown(Duration wait, Ticker ticker, Runnable onStay, Runnable onGone) {
        this.secondsLeft = new ReadOnlyIntegerWrapper((int) Math.max(1, wait.toSeconds()));
        this.onStay = onStay;
        this.onGone = onGone;
        this.ticking = ticker.every(Duration.ofSeconds(1), this::tick);
    }

    void start() {
        ticking.start();
    }

    private void tick() {
        if (answered.get()) {
            return;
        }
        secondsLeft.set(Math.max(0, secondsLeft.get() - 1));
        if (secondsLeft.get() == 0) {
            stop();
            onGone.run();
        }
    }

    /** "I'm still here": the session goes on. A tap after the countdown ran out does nothing. */
    void stay() {
        if (!answered.get()) {
            stop();
            onStay.run();
        }
    }

    /** Ends the countdown without an answer (the prompt was closed, the session ended). */
    void stop() {
        answered.set(true);
        ticking.stop();
    }

    ReadOnlyIntegerProperty secondsLeft() {
        return secondsLeft.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty answered() {
        return answered.getReadOnlyProperty();
    }
}
