package nl.connectedstore.kiosk;

import java.time.Duration;

/**
 * Timed work for presenters (polling for a clerk's answer, the "are you still there?" countdown), without a
 * {@code Timeline} inside them: the app gives them {@link FxTicker}, tests a ticker they tick by hand.
 */
interface Ticker {

    /** Something that runs {@code tick} every interval while started; made stopped. */
    Ticking every(Duration interval, Runnable tick);

    /** One repeating tick. */
    interface Ticking {
        /** Starts ticking, unless it ticks already. */
        void start();

        void stop();

        boolean running();
    }
}
