package nl.connectedstore.kiosk;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;

/** Calls back after a time without touch, mouse, scroll or key input on a node; any input restarts it. */
final class IdleTimer {

    private final PauseTransition pause;

    IdleTimer(Node watched, Duration timeout, Runnable onIdle) {
        pause = new PauseTransition(javafx.util.Duration.millis(timeout.toMillis()));
        pause.setOnFinished(e -> onIdle.run());
        watched.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        watched.addEventFilter(TouchEvent.ANY, this::activity);
        watched.addEventFilter(ScrollEvent.ANY, this::activity);
        watched.addEventFilter(KeyEvent.KEY_PRESSED, this::activity);
    }

    private void activity(Event event) {
        if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause.playFromStart();
        }
    }

    void start() {
        pause.playFromStart();
    }

    void stop() {
        pause.stop();
    }
}
