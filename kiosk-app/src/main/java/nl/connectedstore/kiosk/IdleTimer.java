package nl.connectedstore.kiosk;

import java.time.Duration;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import nl.connectedstore.ui.Ticker;

/**
 * Calls back once after a time without touch, mouse, scroll or key input on a node; any input restarts it. Timed
 * by the kiosk's {@link Ticker}.
 */
final class IdleTimer {

    private final Ticker.Ticking ticking;

    IdleTimer(Node watched, Duration timeout, Ticker ticker, Runnable onIdle) {
        ticking = ticker.every(timeout, () -> {
            stop();
            onIdle.run();
        });
        watched.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        watched.addEventFilter(TouchEvent.ANY, this::activity);
        watched.addEventFilter(ScrollEvent.ANY, this::activity);
        watched.addEventFilter(KeyEvent.KEY_PRESSED, this::activity);
    }

    private void activity(Event event) {
        if (ticking.running()) {
            start();
        }
    }

    /** Counts the timeout from now. */
    void start() {
        ticking.stop();
        ticking.start();
    }

    void stop() {
        ticking.stop();
    }
}
