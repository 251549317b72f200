package nl.connectedstore.kiosk;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.ui.Messages;

/** "Are you still there?" with a countdown; the next customer never sees this one's session. */
final class StillTherePrompt extends StackPane {

    private final Timeline countdown;
    private int left;
    private boolean answered;

    StillTherePrompt(Messages messages, Duration wait, Runnable onStay, Runnable onGone) {
        setId("stillThere");
        getStyleClass().add("overlay-shade");
        left = (int) Math.max(1, wait.toSeconds());
        Label question = new Label(messages.get("kiosk.stillThere.question"));
        question.getStyleClass().add("headline");
        Label seconds = new Label(messages.get("kiosk.stillThere.countdown", left));
        seconds.setId("stillThereCountdown");
        seconds.setWrapText(true);
        Button stay = new Button(messages.get("kiosk.stillThere.stay"));
        stay.setId("stillHere");
        stay.getStyleClass().addAll("touch", "accent", "pay-button");
        VBox card = new VBox(20, question, seconds, stay);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(560, 320);
        getChildren().add(card);
        countdown = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            left--;
            seconds.setText(messages.get("kiosk.stillThere.countdown", Math.max(left, 0)));
            if (left <= 0 && !answered) {
                stop();
                onGone.run();
            }
        }));
        countdown.setCycleCount(Animation.INDEFINITE);
        stay.setOnAction(e -> {
            if (!answered) {
                stop();
                onStay.run();
            }
        });
    }

    void start() {
        countdown.play();
    }

    void stop() {
        answered = true;
        countdown.stop();
    }
}
