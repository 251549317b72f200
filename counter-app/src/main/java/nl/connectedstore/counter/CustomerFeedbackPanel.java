package nl.connectedstore.counter;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.feedback.FeedbackAnswer;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.ui.FeedbackHelpers;
import nl.connectedstore.ui.FeedbackPresenter;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The prompt the clerk turns around to the customer after a hand-over: big smileys, optionally 0-10 "would you
 * recommend us", a comment and "who helped you today?" (the first names of today's staff), in the customer's
 * language with the three languages one tap away; Send, "No thanks", and "Done" to give the screen back. Over the
 * whole counter window, so nothing of the staff's screens shows meanwhile. Renders a {@link FeedbackPresenter};
 * holds no state of its own (a change of language draws it again in the new one).
 */
final class CustomerFeedbackPanel extends StackPane {

    /** Five outlined faces alike: the neutral one from the outlined set (the filled set's is a solid disc). */
    private static final Ikon[] SMILEYS = {Material2MZ.SENTIMENT_VERY_DISSATISFIED,
            Material2MZ.SENTIMENT_DISSATISFIED, Material2OutlinedMZ.SENTIMENT_NEUTRAL, Material2MZ.SENTIMENT_SATISFIED,
            Material2MZ.SENTIMENT_VERY_SATISFIED};

    private final FeedbackPresenter ask;
    private final String country;
    private final Runnable onClose;
    private final VBox card = new VBox(16);

    /**
     * @param country the counter's country, for the customer's locale (money, dates)
     * @param onClose the screen goes back to the clerk
     */
    CustomerFeedbackPanel(FeedbackPresenter ask, String country, Runnable onClose) {
        this.ask = ask;
        this.country = country;
        this.onClose = onClose;
        setId("customerFeedback");
        getStyleClass().add("customer-prompt-backdrop");
        card.getStyleClass().add("customer-prompt");
        card.setAlignment(Pos.TOP_CENTER);
        card.setMaxSize(720, Region.USE_PREF_SIZE);
        getChildren().add(card);
        ask.language().addListener((obs, was, now) -> draw());
        ask.state().addListener((obs, was, now) -> {
            if (now == FeedbackPresenter.State.SKIPPED) {
                onClose.run();
            } else {
                draw();
            }
        });
        draw();
    }

    private void draw() {
        Messages messages = Messages.of(new Locale(ask.language().get(), country));
        HBox languages = new HBox(8);
        languages.setAlignment(Pos.CENTER_RIGHT);
        for (Locale l : Messages.LANGUAGES) {
            Button b = new Button(messages.get("language." + l.getLanguage()));
            b.setId("feedback-lang-" + l.getLanguage());
            b.getStyleClass().add("flat");
            if (l.getLanguage().equals(ask.language().get())) {
                b.getStyleClass().add("chosen");
            }
            b.setOnAction(e -> ask.speak(l.getLanguage()));
            languages.getChildren().add(b);
        }
        if (ask.finished()) {
            Label outcome = new Label(messages.get(ask.outcomeKey().get()));
            outcome.setId("feedbackOutcome");
            outcome.setWrapText(true);
            outcome.getStyleClass().add("customer-prompt-outcome");
            Button done = new Button(messages.get("feedback.counter.done"));
            done.setId("feedbackDone");
            done.getStyleClass().addAll("accent", "customer-prompt-button");
            done.setOnAction(e -> onClose.run());
            card.getChildren().setAll(outcome, done);
            return;
        }
        Label title = new Label(messages.get("feedback.title"));
        title.setWrapText(true);
        title.getStyleClass().add("customer-prompt-title");

        HBox smileys = new HBox(12);
        smileys.setAlignment(Pos.CENTER);
        for (int i = 1; i <= 5; i++) {
            int rating = i;
            FontIcon face = new FontIcon(SMILEYS[i - 1]);
            face.getStyleClass().add("customer-prompt-face");
            Button b = new Button(null, face);
            b.setId("feedback-rate-" + i);
            b.setAccessibleText(messages.get("feedback.rating." + i));
            b.getStyleClass().add("customer-prompt-smiley");
            b.setOnAction(e -> ask.rate(rating));
            chosen(b, ask.rating().get() == rating);
            ask.rating().addListener((obs, was, now) -> chosen(b, now.intValue() == rating));
            smileys.getChildren().add(b);
        }

        Label recommendQuestion = new Label(messages.get("feedback.recommend"));
        recommendQuestion.setWrapText(true);
        FlowPane scores = new FlowPane(6, 6);
        scores.setAlignment(Pos.CENTER);
        for (int i = 0; i <= 10; i++) {
            int score = i;
            Button b = new Button(Integer.toString(i));
            b.setId("feedback-recommend-" + i);
            b.getStyleClass().add("customer-prompt-score");
            b.setOnAction(e -> ask.recommend(score));
            chosen(b, ask.recommend().get() == score);
            ask.recommend().addListener((obs, was, now) -> chosen(b, now.intValue() == score));
            scores.getChildren().add(b);
        }
        TextArea comment = new TextArea();
        comment.setId("feedbackComment");
        comment.setPromptText(messages.get("feedback.comment"));
        comment.setWrapText(true);
        comment.setPrefRowCount(2);
        comment.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() > FeedbackAnswer.MAX_COMMENT ? null : change));
        comment.textProperty().bindBidirectional(ask.comment());
        VBox more = new VBox(10, recommendQuestion, scores, comment);
        more.getChildren().addAll(FeedbackHelpers.of(ask, messages, "customer-prompt-helper"));
        more.setId("feedbackMore");
        more.visibleProperty().bind(ask.rating().greaterThan(0));
        more.managedProperty().bind(more.visibleProperty());

        Button send = new Button(messages.get("feedback.send"));
        send.setId("feedbackSend");
        send.getStyleClass().addAll("accent", "customer-prompt-button");
        send.disableProperty().bind(ask.rating().isEqualTo(0)
                .or(ask.state().isEqualTo(FeedbackPresenter.State.SENDING)));
        send.setOnAction(e -> ask.send());
        Button skip = new Button(messages.get("feedback.skip"));
        skip.setId("feedbackSkip");
        skip.getStyleClass().add("customer-prompt-button");
        skip.setOnAction(e -> ask.skip());
        HBox buttons = new HBox(16, skip, send);
        buttons.setAlignment(Pos.CENTER);
        card.getChildren().setAll(languages, title, smileys, more, buttons);
    }

    private static void chosen(Node node, boolean chosen) {
        node.getStyleClass().remove("chosen");
        if (chosen) {
            node.getStyleClass().add("chosen");
        }
    }
}
