package nl.connectedstore.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import nl.connectedstore.store.StaffName;

/**
 * "Who helped you today?" as the kiosk's and the counter's feedback prompts ask it: the question and a button per
 * first name; a second tap on the chosen name takes it back.
 */
public final class FeedbackHelpers {

    private FeedbackHelpers() {
    }

    /**
     * The question and its buttons, or nothing when there is nobody to name.
     *
     * @param buttonStyle the prompt's own style class for the name buttons
     */
    public static List<Node> of(FeedbackPresenter ask, Messages messages, String buttonStyle) {
        if (ask.helpers().isEmpty()) {
            return List.of();
        }
        Label helped = new Label(messages.get("feedback.helped"));
        helped.setWrapText(true);
        FlowPane names = new FlowPane(8, 8);
        names.setId("feedbackHelpers");
        names.setAlignment(Pos.CENTER);
        for (StaffName who : ask.helpers()) {
            ToggleButton b = new ToggleButton(who.firstName());
            b.setId("feedback-helper-" + who.staffId());
            b.getStyleClass().add(buttonStyle);
            b.setSelected(who.equals(ask.helper().get()));
            b.setOnAction(e -> ask.helpedBy(who));
            ask.helper().addListener((obs, was, now) -> b.setSelected(who.equals(now)));
            names.getChildren().add(b);
        }
        return List.of(helped, names);
    }
}
