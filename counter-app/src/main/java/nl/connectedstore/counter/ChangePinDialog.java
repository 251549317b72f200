package nl.connectedstore.counter;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.ui.Messages;

/**
 * "Change my PIN": the current PIN, then the new one (4 to 6 digits) twice. The rules (no easy PINs, none a
 * colleague has, a wrong current PIN counted like at sign-in) are PinGuard's, the flow {@link SignInPresenter}'s;
 * this only shows the answer.
 */
final class ChangePinDialog extends Dialog<Void> {

    ChangePinDialog(Window owner, SignInPresenter presenter, StaffSession staff, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("counter.pin.change.title"));
        setHeaderText(messages.get("counter.pin.change.title"));
        PasswordField current = field("currentPin", messages.get("counter.pin.change.current"));
        PasswordField fresh = field("newPin", messages.get("counter.pin.change.new"));
        PasswordField repeated = field("repeatPin", messages.get("counter.pin.change.repeat"));
        Label answer = new Label();
        answer.setId("pinChangeMessage");
        answer.setWrapText(true);
        answer.setMaxWidth(320);
        // the whole answer in view: a refusal such as "too easy to guess" takes three lines
        answer.setMinHeight(Region.USE_PREF_SIZE);
        Button save = new Button(messages.get("counter.pin.change.save"));
        save.setId("savePin");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(presenter.busyProperty().or(presenter.pinChangedProperty()));
        save.setOnAction(e -> {
            char[] a = current.getText().toCharArray();
            char[] b = fresh.getText().toCharArray();
            char[] c = repeated.getText().toCharArray();
            current.clear();
            fresh.clear();
            repeated.clear();
            presenter.changePin(staff, a, b, c);
        });
        presenter.pinChangeProperty().addListener((obs, was, now) -> {
            answer.getStyleClass().remove("message-error");
            if (!presenter.pinChangedProperty().get()) {
                answer.getStyleClass().add("message-error");
            }
            answer.setText(now == null ? "" : now.in(messages));
            fitWindow();
        });
        VBox content = new VBox(8, label(current, "counter.pin.change.current", messages), current,
                label(fresh, "counter.pin.change.new", messages), fresh,
                label(repeated, "counter.pin.change.repeat", messages), repeated, save, answer);
        content.setId("changePin");
        getDialogPane().setContent(content);
        // JavaFX's own "Close" has no Dutch or Danish text
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("counter.pin.change.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        setOnShown(e -> current.requestFocus());
    }

    /** Grows the dialog to show an answer that is longer than the one before. */
    private void fitWindow() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static PasswordField field(String id, String prompt) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setMaxWidth(280);
        return field;
    }

    private static Label label(PasswordField field, String key, Messages messages) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }
}
