package nl.connectedstore.counter;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.store.PinCheck;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Staff sign in with their PIN (4 to 6 digits). A refused PIN gets a message that says what happened and what to
 * do (tries left before a pause, seconds to wait, or ask a manager) and an empty field to try again.
 */
final class LoginScreen extends StackPane {

    private final PasswordField pin = new PasswordField();
    private final Label error = new Label();
    private final Button submit;

    /** @param terminalCode this counter: wrong PINs are counted per counter (see PinGuard) */
    LoginScreen(StoreService stores, StoreInfo store, String terminalCode, Messages messages, TaskExecutor executor,
                Consumer<StaffSession> onSignedIn) {
        setId("login");
        getStyleClass().add("login");
        FontIcon lock = new FontIcon(Material2AL.LOCK);
        lock.getStyleClass().add("login-icon");
        Label title = new Label(messages.get("counter.login.title"));
        title.getStyleClass().add("title-2");
        // "Log ind som medarbejder" is wider than the card: wrap it rather than cut it
        title.setWrapText(true);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label storeName = new Label(store.name());
        storeName.getStyleClass().add("text-muted");
        pin.setId("pin");
        pin.setPromptText(messages.get("counter.login.prompt"));
        pin.setAccessibleText(messages.get("counter.login.pin"));
        pin.setMaxWidth(280);
        error.setId("loginError");
        error.getStyleClass().add("message-error");
        error.setWrapText(true);
        error.setMaxWidth(280);
        error.setManaged(false);
        error.setVisible(false);
        submit = new Button(messages.get("counter.login.submit"));
        submit.setId("signIn");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.setMaxWidth(280);
        submit.setOnAction(e -> {
            char[] entered = pin.getText().toCharArray();
            pin.clear();
            submit.setDisable(true);
            executor.execute(BackgroundTask.of(progress -> stores.signIn(terminalCode, entered))
                    .onSuccess(check -> {
                        submit.setDisable(false);
                        if (check instanceof PinCheck.Accepted accepted) {
                            onSignedIn.accept(accepted.staff());
                        } else {
                            showError(PinText.refused(messages, (PinCheck.Refused) check));
                        }
                    })
                    .onFailure(failure -> {
                        org.slf4j.LoggerFactory.getLogger(LoginScreen.class)
                                .error("Signing in at {} failed", terminalCode, failure);
                        submit.setDisable(false);
                        showError(messages.get("counter.login.failed"));
                    }));
        });
        Label pinLabel = new Label(messages.get("counter.login.pin"));
        pinLabel.setLabelFor(pin);
        VBox field = new VBox(4, pinLabel, pin);
        field.setMaxWidth(280);
        VBox card = new VBox(14, lock, title, storeName, field, error, submit);
        card.setAlignment(Pos.CENTER);
        card.setMaxWidth(380);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.getStyleClass().add("login-card");
        getChildren().add(card);
    }

    private void showError(String text) {
        error.setText(text);
        error.setManaged(true);
        error.setVisible(true);
        pin.requestFocus();
    }

    void focusPin() {
        pin.requestFocus();
    }
}
