package nl.connectedstore.kiosk;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** The app's {@link Ticker}: a JavaFX {@code Timeline}, so ticks come on the FX thread. */
final class FxTicker implements Ticker {

    @Override
    public Ticking every(Duration interval, Runnable tick) {
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
    }
}
