package nl.connectedstore.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Work a view does only while it is on screen: a list that polls the database. Started by its owner, it runs while
 * the view is in a window that shows, stops when the view leaves it (the window closed, another scene put in it, the
 * view taken out) and runs again when the view is back. A screen thrown away without being stopped so stops asking
 * the database, instead of polling for the rest of the app's life.
 */
public final class WhileOnScreen {

    private final ObservableValue<Boolean> onScreen;
    private final Runnable start;
    private final Runnable stop;
    private boolean wanted;
    private boolean running;

    /** {@code start} and {@code stop} are the work's own (a presenter's); both are called on the FX thread. */
    public WhileOnScreen(Node view, Runnable start, Runnable stop) {
        this.start = start;
        this.stop = stop;
        this.onScreen = view.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .orElse(false);
        onScreen.addListener((o, was, now) -> apply());
    }

    /** The owner wants the work done: it runs now if the view is on screen, else once it is. */
    public void start() {
        wanted = true;
        apply();
    }

    /** The owner is done with it: it stops, and stays stopped when the view shows again. */
    public void stop() {
        wanted = false;
        apply();
    }

    /** Whether the work runs now. */
    public boolean running() {
        return running;
    }

    private void apply() {
        boolean run = wanted && Boolean.TRUE.equals(onScreen.getValue());
        if (run && !running) {
            running = true;
            start.run();
        } else if (!run && running) {
            running = false;
            stop.run();
        }
    }
}
