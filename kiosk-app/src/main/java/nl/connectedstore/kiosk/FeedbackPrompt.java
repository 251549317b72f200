package nl.connectedstore.kiosk;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.connectedstore.feedback.FeedbackAnswer;
import nl.connectedstore.ui.FeedbackHelpers;
import nl.connectedstore.ui.FeedbackPresenter;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The feedback card beside the receipt: five smileys, then (optional) 0-10 "would you recommend us" and a comment,
 * Send or "No thanks". Renders {@link FeedbackPresenter}; holds no state of its own (built again for a presenter that
 * is done, it shows how it ended).
 */
final class FeedbackPrompt extends VBox {

    /** Five outlined faces alike: the neutral one from the outlined set (the filled set's is a solid disc). */
    private static final Ikon[] SMILEYS = {Material2MZ.SENTIMENT_VERY_DISSATISFIED,
            Material2MZ.SENTIMENT_DISSATISFIED, Material2OutlinedMZ.SENTIMENT_NEUTRAL, Material2MZ.SENTIMENT_SATISFIED,
            Material2MZ.SENTIMENT_VERY_SATISFIED};

    FeedbackPrompt(FeedbackPresenter ask, Messages messages) {
        super(14);
        setId("feedbackPrompt");
        getStyleClass().add("feedback-prompt");
        setAlignment(Pos.TOP_CENTER);
        setMaxWidth(440);

        Label title = new Label(messages.get("feedback.title"));
        title.setWrapText(true);
        title.getStyleClass().add("feedback-title");

        HBox smileys = new HBox(6);
        smileys.setAlignment(Pos.CENTER);
        for (int i = 1; i <= 5; i++) {
            int rating = i;
            FontIcon face = new FontIcon(SMILEYS[i - 1]);
            face.getStyleClass().add("feedback-face");
            Button b = new Button(null, face);
            b.setId("feedback-rate-" + i);
            b.setAccessibleText(messages.get("feedback.rating." + i));
            b.getStyleClass().addAll("touch", "feedback-smiley");
            b.setOnAction(e -> ask.rate(rating));
            ask.rating().addListener((obs, was, now) -> {
                b.getStyleClass().remove("chosen");
                if (now.intValue() == rating) {
                    b.getStyleClass().add("chosen");
                }
            });
            smileys.getChildren().add(b);
        }

        Label recommendQuestion = new Label(messages.get("feedback.recommend"));
        recommendQuestion.setWrapText(true);
        FlowPane scores = new FlowPane(4, 4);
        scores.setAlignment(Pos.CENTER);
        for (int i = 0; i <= 10; i++) {
            int score = i;
            Button b = new Button(Integer.toString(i));
            b.setId("feedback-recommend-" + i);
            b.getStyleClass().add("feedback-score");
            b.setOnAction(e -> ask.recommend(score));
            ask.recommend().addListener((obs, was, now) -> {
                b.getStyleClass().remove("chosen");
                if (now.intValue() == score) {
                    b.getStyleClass().add("chosen");
                }
            });
            scores.getChildren().add(b);
        }
        TextArea comment = new TextArea();
        comment.setId("feedbackComment");
        comment.setPromptText(messages.get("feedback.comment"));
        comment.setWrapText(true);
        comment.setPrefRowCount(3);
        comment.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > FeedbackAnswer.MAX_COMMENT ? null : change));
        comment.textProperty().bindBidirectional(ask.comment());
        VBox more = new VBox(10, recommendQuestion, scores, comment);
        more.getChildren().addAll(FeedbackHelpers.of(ask, messages, "touch"));
        more.setId("feedbackMore");
        more.visibleProperty().bind(ask.rating().greaterThan(0));
        more.managedProperty().bind(more.visibleProperty());

        Button send = new Button(messages.get("feedback.send"));
        send.setId("feedbackSend");
        send.getStyleClass().addAll("touch", "accent");
        send.disableProperty().bind(ask.rating().isEqualTo(0));
        send.setOnAction(e -> ask.send());
        Button skip = new Button(messages.get("feedback.skip"));
        skip.setId("feedbackSkip");
        skip.getStyleClass().add("touch");
        skip.setOnAction(e -> ask.skip());
        HBox buttons = new HBox(12, skip, send);
        buttons.setAlignment(Pos.CENTER);

        VBox asking = new VBox(14, title, smileys, more, buttons);
        asking.setAlignment(Pos.TOP_CENTER);
        Label outcome = new Label();
        outcome.setId("feedbackOutcome");
        outcome.setWrapText(true);
        outcome.getStyleClass().add("feedback-outcome");
        outcome.setVisible(false);
        outcome.managedProperty().bind(outcome.visibleProperty());
        Consumer<FeedbackPresenter.State> show = now -> {
            asking.setDisable(now == FeedbackPresenter.State.SENDING);
            if (now == FeedbackPresenter.State.SKIPPED) {
                setVisible(false);
                setManaged(false);
            } else if (ask.finished()) {
                asking.setVisible(false);
                asking.setManaged(false);
                outcome.setText(messages.get(ask.outcomeKey().get()));
                outcome.setVisible(true);
            }
        };
        ask.state().addListener((obs, was, now) -> show.accept(now));
        getChildren().addAll(asking, outcome);
        show.accept(ask.state().get());
    }
}
