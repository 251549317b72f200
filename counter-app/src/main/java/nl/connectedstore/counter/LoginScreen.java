package nl.connectedstore.counter;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.Busy;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Staff sign in with their PIN (4 to 6 digits). A refused PIN gets a message that says what happened and what to
 * do (tries left before a pause, seconds to wait, or ask a manager) and an empty field to try again. The flow is
 * {@link SignInPresenter}'s.
 */
final class LoginScreen extends StackPane {

    private final PasswordField pin = new PasswordField();
    private final Label error = new Label();
    private final Button submit;

    LoginScreen(SignInPresenter presenter, StoreInfo store, Messages messages, Consumer<StaffSession> onSignedIn) {
        setId("login");
        getStyleClass().add("login");
        FontIcon lock = new FontIcon(Material2AL.LOCK);
        lock.getStyleClass().add("login-icon");
        Label title = new Label(messages.get("counter.login.title"));
        title.getStyleClass().add("title-2");
        // "Log ind som medarbejder" is wider than the card: wrap it rather than cut it
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        title.setMinHeight(Region.USE_PREF_SIZE);
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
        // checking a PIN takes seconds (it is hashed slowly on purpose): a spinner in the button, which takes no taps
        Busy.button(submit, presenter.busyProperty());
        submit.setOnAction(e -> {
            char[] entered = pin.getText().toCharArray();
            pin.clear();
            presenter.signIn(entered);
        });
        presenter.errorProperty().addListener((obs, was, now) -> {
            if (now != null) {
                showError(now.in(messages));
            }
        });
        presenter.signedInProperty().addListener((obs, was, now) -> onSignedIn.accept(now));
        Label pinLabel = new Label(messages.get("counter.login.pin"));
        pinLabel.setLabelFor(pin);
        VBox field = new VBox(4, pinLabel, pin);
        field.setMaxWidth(280);
        VBox card = new VBox(14, lock, title, storeName, field, error, submit);
        card.setAlignment(Pos.CENTER);
        card.setMaxWidth(380);
        card.setMaxHeight(Region.USE_PREF_SIZE);
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
