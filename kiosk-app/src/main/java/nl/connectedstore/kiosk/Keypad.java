package nl.connectedstore.kiosk;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Big on-screen digits for a barcode the scanners cannot read: the customer types the numbers under it. */
final class Keypad extends VBox {

    private static final int MAX_DIGITS = 14;
    private final Label display = new Label();
    private final StringBuilder digits = new StringBuilder();
    private final int maxDigits;
    private boolean masked;

    Keypad(Messages messages, Consumer<String> onEntered, Runnable onCancel) {
        this(messages, "checkout.keypad.title", "checkout.keypad.add", MAX_DIGITS, onEntered, onCancel);
    }

    /** A keypad with its own title and OK label (message keys), taking up to {@code maxDigits} digits. */
    Keypad(Messages messages, String titleKey, String okKey, int maxDigits, Consumer<String> onEntered,
           Runnable onCancel) {
        this.maxDigits = maxDigits;
        setId("keypad");
        getStyleClass().addAll("overlay-card", "keypad");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-3");
        display.setId("keypadDisplay");
        display.getStyleClass().add("keypad-display");
        display.setMaxWidth(Double.MAX_VALUE);

        GridPane keys = new GridPane();
        keys.setHgap(10);
        keys.setVgap(10);
        keys.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 10; d++) {
            int digit = d % 10;
            Button key = new Button(String.valueOf(digit));
            key.setId("key-" + digit);
            key.getStyleClass().add("keypad-key");
            key.setOnAction(e -> type(digit));
            keys.add(key, digit == 0 ? 1 : (d - 1) % 3, digit == 0 ? 3 : (d - 1) / 3);
        }
        Button back = new Button(null, new FontIcon(Material2AL.BACKSPACE));
        back.setId("key-back");
        back.getStyleClass().add("keypad-key");
        back.setAccessibleText(messages.get("checkout.keypad.erase"));
        back.setOnAction(e -> {
            if (!digits.isEmpty()) {
                digits.setLength(digits.length() - 1);
                show();
            }
        });
        keys.add(back, 2, 3);

        Button cancel = new Button(messages.get("checkout.keypad.cancel"));
        cancel.setId("keypadCancel");
        cancel.getStyleClass().add("touch");
        cancel.setOnAction(e -> onCancel.run());
        Button ok = new Button(messages.get(okKey), new FontIcon(Material2AL.CHECK));
        ok.setId("keypadOk");
        ok.getStyleClass().addAll("touch", "accent");
        ok.setDefaultButton(false);
        ok.setOnAction(e -> onEntered.accept(digits.toString()));
        HBox actions = new HBox(12, cancel, ok);
        actions.setAlignment(Pos.CENTER);
        getChildren().addAll(title, display, keys, actions);
        // a keyboard works too, at any pace (typed(char)); a scanner's fast burst is taken by the kiosk's scanner
        // wedge before it gets here
        this.okButton = ok;
        this.backButton = back;
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.length() == 1 && typed(c.charAt(0))) {
                e.consume();
            }
        });
        // Enter must not also press whichever key button has the focus ("Cancel" went back to the welcome)
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
            }
        });
        for (Node key : keys.getChildren()) {
            key.setFocusTraversable(false);
        }
        cancel.setFocusTraversable(false);
        ok.setFocusTraversable(false);
    }

    private Button okButton;
    private Button backButton;

    /** A key from a keyboard: a digit, Backspace or Enter. @return whether the keypad took it */
    boolean typed(char c) {
        if (c >= '0' && c <= '9') {
            type(c - '0');
            return true;
        }
        if (c == '\b') {
            backButton.fire();
            return true;
        }
        if (c == '\r' || c == '\n') {
            okButton.fire();
            return true;
        }
        return false;
    }

    private void type(int digit) {
        if (digits.length() < maxDigits) {
            digits.append(digit);
            show();
        }
    }

    /** A PIN: each digit shows as a dot. */
    Keypad masked() {
        masked = true;
        show();
        return this;
    }

    /** Empties the display (after a wrong PIN). */
    void clear() {
        digits.setLength(0);
        show();
    }

    private void show() {
        display.setText(masked ? "\u2022".repeat(digits.length()) : digits.toString());
    }
}
