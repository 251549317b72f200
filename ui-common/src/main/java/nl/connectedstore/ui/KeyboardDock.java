package nl.connectedstore.ui;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * Opens the {@link TouchKeyboard} at the bottom of a window's {@link StackPane} for every text field tapped in it,
 * and slides the screen up just enough that the field stays in view above the keys (as a phone does). It steps
 * aside on "Done", on its close key, when the focus leaves for something that is not a text field, when the screen
 * is replaced, and at the first key of a hardware keyboard (whoever has one does not need it; a hand scanner's
 * burst still reaches the screen as before).
 */
public final class KeyboardDock {

    /** Room between the field and the keys. */
    private static final double GAP = 16;

    private final StackPane host;
    private final Supplier<Messages> language;
    private TouchKeyboard keyboard;
    private Messages builtFor;
    private TextInputControl field;
    private Node slid;

    private KeyboardDock(StackPane host, Supplier<Messages> language) {
        this.host = host;
        this.language = language;
    }

    /**
     * @param host     the window's root, whose children are the screens (the keyboard goes on top of them)
     * @param language the session's language as it is when a field is tapped (null: no keyboard)
     */
    public static KeyboardDock attach(StackPane host, Supplier<Messages> language) {
        KeyboardDock dock = new KeyboardDock(host, language);
        host.addEventFilter(MouseEvent.MOUSE_RELEASED, dock::released);
        host.addEventFilter(KeyEvent.KEY_PRESSED, e -> dock.hide());
        host.getChildren().addListener((ListChangeListener<Node>) change -> dock.childrenChanged(change));
        host.heightProperty().addListener((o, was, now) -> dock.slide());
        host.sceneProperty().addListener((o, was, now) -> dock.watchFocus(now));
        dock.watchFocus(host.getScene());
        return dock;
    }

    /** The keyboard while it shows, else null. */
    public TouchKeyboard showing() {
        return keyboard != null && host.getChildren().contains(keyboard) ? keyboard : null;
    }

    /** Opens the keyboard for a field (as tapping it does). */
    public void open(TextInputControl tapped) {
        Messages messages = language.get();
        if (messages == null || !tapped.isEditable() || tapped.isDisabled()) {
            return;
        }
        if (keyboard == null || builtFor != messages) {
            if (keyboard != null) {
                host.getChildren().remove(keyboard);
            }
            keyboard = new TouchKeyboard(messages, this::hide);
            StackPane.setAlignment(keyboard, Pos.BOTTOM_CENTER);
            keyboard.heightProperty().addListener((o, was, now) -> slide());
            builtFor = messages;
        }
        field = tapped;
        if (!tapped.isFocused()) {
            tapped.requestFocus();
        }
        keyboard.typeInto(tapped);
        if (!host.getChildren().contains(keyboard)) {
            host.getChildren().add(keyboard);
        }
        host.applyCss();
        host.layout();
        slide();
    }

    /** Closes the keyboard and lets the screen back down; the field keeps what was typed. */
    public void hide() {
        field = null;
        unslide();
        if (keyboard != null) {
            host.getChildren().remove(keyboard);
        }
    }

    private void released(MouseEvent event) {
        if (event.getTarget() instanceof Node target) {
            TextInputControl tapped = fieldAround(target);
            if (tapped != null) {
                open(tapped);
            }
        }
    }

    /** The text field a tapped node belongs to (its text, its caret, its skin), if any, inside the host. */
    private TextInputControl fieldAround(Node node) {
        for (Node n = node; n != null && n != host; n = n.getParent()) {
            if (n instanceof TextInputControl input) {
                return input;
            }
            if (n == keyboard) {
                return null;
            }
        }
        return null;
    }

    private void watchFocus(Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((o, was, now) -> focusMoved(now));
        }
    }

    private void focusMoved(Node now) {
        if (showing() == null || now == field) {
            return;
        }
        if (now instanceof TextInputControl other && fieldAround(other) == other && isInside(other)) {
            open(other); // the next field: the keys it wants
        } else {
            hide();
        }
    }

    private boolean isInside(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p == host) {
                return true;
            }
        }
        return false;
    }

    private void childrenChanged(ListChangeListener.Change<? extends Node> change) {
        while (change.next()) {
            for (Node removed : change.getRemoved()) {
                if (removed == slid) {
                    unslide(); // a screen shown again later (the catalogue) comes back where it belongs
                }
                if (removed == keyboard) {
                    field = null;
                }
            }
        }
    }

    /** Moves the screen that holds the field up until the field's bottom clears the keys, never its top off screen. */
    private void slide() {
        if (showing() == null || field == null || field.getScene() == null) {
            return;
        }
        Node screen = screenOf(field);
        if (screen == null) {
            return;
        }
        if (slid != null && slid != screen) {
            unslide();
        }
        double current = screen.getTranslateY();
        Bounds on = host.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double top = on.getMinY() - current;
        double bottom = on.getMaxY() - current;
        double keysTop = keyboard.getBoundsInParent().getMinY();
        double up = Math.max(0, Math.min(bottom + GAP - keysTop, top - GAP));
        screen.setTranslateY(-up);
        slid = screen;
    }

    private void unslide() {
        if (slid != null) {
            slid.setTranslateY(0);
            slid = null;
        }
    }

    private Node screenOf(Node node) {
        Node n = node;
        while (n != null && n.getParent() != host) {
            n = n.getParent();
        }
        return n;
    }
}
