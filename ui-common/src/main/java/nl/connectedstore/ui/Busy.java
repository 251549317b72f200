package nl.connectedstore.ui;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The one way a screen shows that something is being worked on (issue 16: anything that can take over 300 ms shows
 * a busy state at once): a spinner in the button that was tapped, or a veil with a spinner over the part of the screen
 * that is being filled. Both follow a presenter's busy state ({@link BusyState}, {@link StoringCommand#runningProperty},
 * or any boolean); the work itself runs off the FX thread, so the spinner turns.
 */
public final class Busy {

    /** Set on a button while it works ({@code .button:busy} in CSS). */
    public static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");

    private Busy() {
    }

    /**
     * While {@code busy}, {@code button} shows a spinner in place of its icon (its text stays, so nothing moves) and
     * takes no taps; it is not greyed, so it reads as "working on it", not as "not allowed".
     */
    public static <B extends ButtonBase> B button(B button, ObservableBooleanValue busy) {
        button.addEventFilter(ActionEvent.ACTION, e -> {
            if (busy.get()) {
                e.consume();
            }
        });
        return spinnerOn(button, busy);
    }

    /**
     * While {@code busy}, {@code button} shows a spinner in place of its icon; taps are the caller's to handle. For a
     * button whose work must hold the FX thread (building a screen): bound to its {@code armedProperty()} as well, the
     * spinner is drawn when the finger lands, before the tap's work starts on lifting it.
     */
    public static <B extends ButtonBase> B spinnerOn(B button, ObservableBooleanValue busy) {
        Node[] icon = new Node[1];
        ProgressIndicator spinner = spinner();
        Runnable show = () -> {
            boolean now = busy.get();
            button.pseudoClassStateChanged(BUSY, now);
            if (now && button.getGraphic() != spinner) {
                icon[0] = button.getGraphic();
                button.setGraphic(spinner);
            } else if (!now && button.getGraphic() == spinner) {
                button.setGraphic(icon[0]);
            }
        };
        busy.addListener((o, was, now) -> show.run());
        show.run();
        return button;
    }

    /**
     * {@code icon} (a search field's magnifier), or a spinner in its place while {@code busy}: for work that is often
     * quick (search as you type), where a veil would flicker.
     */
    public static StackPane inPlaceOf(Node icon, ObservableBooleanValue busy) {
        ProgressIndicator spinner = spinner();
        spinner.visibleProperty().bind(busy);
        icon.visibleProperty().bind(spinner.visibleProperty().not());
        StackPane pane = new StackPane(icon, spinner);
        pane.getStyleClass().add("busy-icon");
        return pane;
    }

    /**
     * {@code content} under a veil with a spinner while {@code busy} (a search running, a card being opened): what was
     * there stays readable underneath and cannot be tapped meanwhile.
     */
    public static StackPane cover(Node content, ObservableBooleanValue busy) {
        ProgressIndicator spinner = spinner();
        spinner.getStyleClass().add("busy-cover-spinner");
        Region shade = new Region();
        shade.getStyleClass().add("busy-cover-shade");
        StackPane veil = new StackPane(shade, spinner);
        veil.getStyleClass().add("busy-cover");
        veil.setAlignment(Pos.CENTER);
        veil.visibleProperty().bind(busy);
        StackPane pane = new StackPane(content, veil);
        pane.getStyleClass().add("busy-pane");
        return pane;
    }

    /**
     * Runs {@code action} once the frame now being laid out is drawn: a tap's busy state shows before work that must
     * happen on the FX thread (building a big screen) holds it. Without a scene it runs at once.
     */
    public static void afterPaint(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        boolean[] done = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** A small turning spinner, for a status line that says what is being loaded. */
    public static ProgressIndicator spinner() {
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.getStyleClass().add("busy-spinner");
        spinner.setFocusTraversable(false);
        return spinner;
    }
}
