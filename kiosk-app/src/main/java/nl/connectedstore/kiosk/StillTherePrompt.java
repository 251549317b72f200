package nl.connectedstore.kiosk;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.ui.Messages;

/** "Are you still there?" with a countdown ({@link StillThereCountdown}); the next customer never sees this one's session. */
final class StillTherePrompt extends StackPane {

    private final StillThereCountdown countdown;

    StillTherePrompt(Messages messages, StillThereCountdown countdown) {
        this.countdown = countdown;
        setId("stillThere");
        getStyleClass().add("overlay-shade");
        Label question = new Label(messages.get("kiosk.stillThere.question"));
        question.getStyleClass().add("headline");
        Label seconds = new Label();
        seconds.setId("stillThereCountdown");
        seconds.setWrapText(true);
        seconds.textProperty().bind(countdown.secondsLeft().map(left ->
                messages.get("kiosk.stillThere.countdown", left.intValue())));
        Button stay = new Button(messages.get("kiosk.stillThere.stay"));
        stay.setId("stillHere");
        stay.getStyleClass().addAll("touch", "accent", "pay-button");
        stay.setOnAction(e -> countdown.stay());
        VBox card = new VBox(20, question, seconds, stay);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(560, 320);
        getChildren().add(card);
    }

    void start() {
        countdown.start();
    }

    void stop() {
        countdown.stop();
    }
}
