package nl.connectedstore.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.ui.KeyboardLayout.Key;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The on-screen keyboard for a touch screen without a keyboard: big keys (at least 56 px high) in the layout the
 * field asks for ({@link KeyboardLayout}), typing into one field at a time. Keys change the field through its text
 * API, never as key events: a tap can never look like a hand scanner's burst, and the field's formatter still
 * decides. Keys never take the focus from the field. {@link KeyboardDock} opens it for a tapped field and keeps
 * the field in view.
 */
public final class TouchKeyboard extends VBox {

    private static final String LAYOUT = "touchKeyboard.layout";

    private final Messages messages;
    private final Runnable onClose;
    private final Map<Key, Button> letters = new HashMap<>();
    private Typing typing;
    private TextInputControl field;
    private KeyboardLayout layout;
    private Button shiftKey;
    private Button doneKey;
    private TextInputControl next;

    /** @param onClose "Done" and the close key: the keyboard steps aside */
    public TouchKeyboard(Messages messages, Runnable onClose) {
        this.messages = messages;
        this.onClose = onClose;
        this.typing = new Typing(messages.locale());
        setId("touchKeyboard");
        getStyleClass().add("touch-keyboard");
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        setMaxHeight(Region.USE_PREF_SIZE);
    }

    /** Tells the keyboard which keys a field wants; a field that says nothing gets letters ({@link KeyboardLayout#TEXT}). */
    public static void use(TextInputControl field, KeyboardLayout layout) {
        field.getProperties().put(LAYOUT, layout);
    }

    /** The layout a field asked for. */
    public static KeyboardLayout layoutOf(TextInputControl field) {
        return field.getProperties().get(LAYOUT) instanceof KeyboardLayout asked ? asked : KeyboardLayout.TEXT;
    }

    /** Types into this field from now on, with the keys it asked for. */
    public void typeInto(TextInputControl field) {
        this.field = field;
        KeyboardLayout wanted = layoutOf(field);
        if (wanted != layout) {
            layout = wanted;
            build();
        }
        typing = new Typing(messages.locale());
        typing.at(layout, field.getCaretPosition());
        relabel();
        next = nextField(field);
        if (doneKey != null) {
            doneKey.setText(messages.get(next == null ? "keyboard.done" : "keyboard.next"));
            ((FontIcon) doneKey.getGraphic()).setIconCode(next == null ? Material2AL.KEYBOARD_RETURN
                    : Material2AL.ARROW_FORWARD);
        }
    }

    /**
     * The field after this one in the same form (a sign-up's name, e-mail, phone; an address), which "Next" goes
     * to: a field below may lie under the keys, out of a finger's reach.
     */
    static TextInputControl nextField(TextInputControl field) {
        if (field.getParent() == null) {
            return null;
        }
        boolean after = false;
        for (Node sibling : field.getParent().getChildrenUnmodifiable()) {
            if (sibling == field) {
                after = true;
            } else if (after && sibling instanceof TextInputControl other && other.isVisible() && other.isEditable()
                    && !other.isDisabled()) {
                return other;
            }
        }
        return null;
    }

    public TextInputControl field() {
        return field;
    }

    public KeyboardLayout kind() {
        return layout;
    }

    private void build() {
        getChildren().clear();
        letters.clear();
        shiftKey = null;
        doneKey = null;
        getStyleClass().removeAll("numeric");
        List<List<Key>> rows = layout.rows(messages.locale());
        if (layout.numeric()) {
            getStyleClass().add("numeric");
            getChildren().add(keypad(rows));
        } else {
            for (List<Key> row : rows) {
                HBox line = new HBox();
                line.getStyleClass().add("touch-keyboard-row");
                line.setAlignment(Pos.CENTER);
                for (Key key : row) {
                    line.getChildren().add(key(key));
                }
                line.setMaxWidth(Double.MAX_VALUE);
                getChildren().add(line);
            }
            setFillWidth(true);
        }
    }

    /** Digits as the portal's and the checkout's keypad has them: 1-2-3 on top, 0 under 8, erase beside it. */
    private GridPane keypad(List<List<Key>> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("touch-keyboard-keypad");
        grid.setAlignment(Pos.CENTER);
        for (int r = 0; r < rows.size(); r++) {
            List<Key> row = rows.get(r);
            boolean last = r == rows.size() - 1;
            int column = last ? 0 : 3 - row.size();
            for (Key key : row) {
                Button b = key(key);
                b.setMaxWidth(Double.MAX_VALUE);
                int span = last && key.kind() == Key.Kind.DONE ? 2 : 1;
                grid.add(b, column, r, span, 1);
                column += span;
            }
        }
        setFillWidth(false);
        return grid;
    }

    private Button key(Key key) {
        Button b = new Button();
        b.setId(key.id());
        b.getStyleClass().add("osk-key");
        b.setFocusTraversable(false); // a tap leaves the caret in the field
        b.setMnemonicParsing(false); // "_" is a key, not a mnemonic
        b.setMinWidth(Region.USE_PREF_SIZE);
        switch (key.kind()) {
            case CHARACTER -> {
                b.setText(key.text());
                if (key.text().length() > 1) {
                    b.getStyleClass().add("osk-wide");
                }
                letters.put(key, b);
                b.setOnAction(e -> type(key));
            }
            case SPACE -> {
                b.setText(messages.get("keyboard.space"));
                b.getStyleClass().addAll("osk-space");
                b.setOnAction(e -> type(key));
            }
            case SHIFT -> {
                icon(b, Material2AL.ARROW_UPWARD, "keyboard.shift");
                b.getStyleClass().add("osk-wide");
                b.setOnAction(e -> {
                    typing.tapShift();
                    relabel();
                });
                shiftKey = b;
            }
            case BACKSPACE -> {
                icon(b, Material2AL.BACKSPACE, "keyboard.backspace");
                b.getStyleClass().add("osk-wide");
                b.setOnAction(e -> backspace());
            }
            case DONE -> {
                b.setText(messages.get("keyboard.done"));
                b.setGraphic(new FontIcon(Material2AL.KEYBOARD_RETURN));
                b.getStyleClass().addAll("osk-done", "accent");
                b.setOnAction(e -> done());
                doneKey = b;
            }
            case CLOSE -> {
                icon(b, Material2AL.KEYBOARD_HIDE, "keyboard.close");
                b.getStyleClass().add("osk-wide");
                b.setOnAction(e -> onClose.run());
            }
        }
        return b;
    }

    private void icon(Button b, Ikon icon, String accessibleKey) {
        b.setGraphic(new FontIcon(icon));
        b.setAccessibleText(messages.get(accessibleKey));
    }

    private void type(Key key) {
        if (field == null) {
            return;
        }
        String text = field.getText() == null ? "" : field.getText();
        apply(text, typing.type(key, text, field.getAnchor(), field.getCaretPosition()));
        relabel();
    }

    private void backspace() {
        if (field == null) {
            return;
        }
        String text = field.getText() == null ? "" : field.getText();
        Typing.Change change = Typing.backspace(text, field.getAnchor(), field.getCaretPosition());
        if (change != null) {
            apply(text, change);
            if (field.getCaretPosition() == 0) {
                typing.at(layout, 0);
                relabel();
            }
        }
    }

    private void apply(String text, Typing.Change change) {
        field.replaceText(change.start(), change.end(), change.text());
        if (Typing.apply(text, change).equals(field.getText())) {
            field.selectRange(change.caret(), change.caret());
        } // else a formatter changed or refused it: the caret stays where the field put it
    }

    /** "Next" to the form's next field; else "Done": the field's own action (a search, a form's next step), then the keyboard steps aside. */
    private void done() {
        if (next != null) {
            next.requestFocus(); // the dock follows the focus to the next field, with the keys it wants
            return;
        }
        TextInputControl typedInto = field;
        onClose.run();
        if (typedInto instanceof TextField) {
            typedInto.fireEvent(new ActionEvent(typedInto, typedInto));
        }
    }

    private void relabel() {
        letters.forEach((key, b) -> b.setText(typing.label(key)));
        if (shiftKey != null) {
            shiftKey.getStyleClass().removeAll("osk-shift-on", "osk-shift-locked");
            if (typing.shift() != Typing.Shift.OFF) {
                shiftKey.getStyleClass().add(typing.shift() == Typing.Shift.LOCKED ? "osk-shift-locked" : "osk-shift-on");
            }
            ((FontIcon) shiftKey.getGraphic()).setIconCode(
                    typing.shift() == Typing.Shift.LOCKED ? Material2AL.KEYBOARD_CAPSLOCK : Material2AL.ARROW_UPWARD);
        }
    }

    /** Shift as it stands (tests). */
    Typing.Shift shift() {
        return typing.shift();
    }
}
