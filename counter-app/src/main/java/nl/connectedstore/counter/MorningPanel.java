package nl.connectedstore.counter;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.ui.Messages;

/**
 * "Good morning": what customers said yesterday and this week about this store and about the clerk signed in,
 * positive first, abusive words masked; and the clerk's own figures, shown to them only (nobody else's are). Read
 * by {@link MorningPresenter}.
 */
final class MorningPanel extends ScrollPane {

    private final VBox content = new VBox(10);

    MorningPanel(MorningPresenter presenter, Messages messages) {
        setId("morningPanel");
        setFitToWidth(true);
        content.setPadding(new Insets(20));
        content.getStyleClass().add("morning-panel");
        setContent(content);
        Label hello = new Label(messages.get("feedback.morning.hello", presenter.staff().name().split(" ")[0]));
        hello.getStyleClass().add("title-2");
        Label loading = new Label(messages.get("feedback.loading"));
        content.getChildren().addAll(hello, loading);
        presenter.failedProperty().addListener((obs, was, failed) -> {
            if (failed) {
                loading.setText(messages.get("feedback.failedToLoad"));
            }
        });
        presenter.morningProperty().addListener((obs, was, morning) -> {
            if (morning == null) {
                return;
            }
            content.getChildren().setAll(hello);
            String store = presenter.store().name();
            section("morningYesterday", messages.get("feedback.morning.yesterday", store),
                    morning.storeYesterday(), messages, false);
            section("morningWeek", messages.get("feedback.morning.week", store), morning.storeThisWeek(), messages,
                    false);
            section("morningYou", messages.get("feedback.morning.you"), morning.aboutYou(), messages, true);
            Label own = new Label(messages.get("feedback.morning.yourFigures", morning.yourResponses(),
                    FeedbackText.percent(morning.yourCsat())));
            own.setId("morningOwnFigures");
            own.setWrapText(true);
            own.getStyleClass().add("text-muted");
            content.getChildren().add(own);
        });
        presenter.load();
    }

    /**
     * @param own the clerk's own section: the colleague named is them. In the store's sections a colleague is named
     *            only beside praise, never beside a complaint that the whole team reads
     */
    private void section(String id, String title, List<FeedbackComments.Comment> comments, Messages messages,
                         boolean own) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        VBox list = new VBox(6);
        list.setId(id);
        if (comments.isEmpty()) {
            Label none = new Label(messages.get("feedback.morning.none"));
            none.getStyleClass().add("text-muted");
            list.getChildren().add(none);
        }
        for (FeedbackComments.Comment c : comments.subList(0, Math.min(comments.size(), 8))) {
            Label line = new Label(FeedbackText.comment(c, messages, own || c.rating() >= 4));
            line.setWrapText(true);
            line.getStyleClass().add(c.rating() >= 4 ? "morning-kind" : "morning-other");
            list.getChildren().add(line);
        }
        content.getChildren().addAll(heading, list);
    }
}
