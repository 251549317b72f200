package nl.connectedstore.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.ui.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kiosk in the customer's hands stays on screen: full screen, not closed (Alt+F4, the window's close button), not
 * minimised, not left with Escape. Only staff close it, with the terminal's exit PIN ({@code exit-pin} in its
 * settings file, 4 to 8 digits): a close request shows a PIN pad over the screen; five wrong PINs lock the pad for
 * five minutes. Without an exit PIN the kiosk is closed by stopping its service (installer/README.md). Switching to
 * another program (Alt+Tab) is the desktop's: the installed kiosk runs in a session of its own (cage) where there
 * is none; here the window only takes the front again when it loses it.
 */
final class KioskLock {

    private static final Logger log = LoggerFactory.getLogger(KioskLock.class);
    static final int MAX_TRIES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final byte[] pin;
    private final Clock clock;
    private int wrong;
    private Instant lockedUntil = Instant.MIN;

    private KioskLock(String pin, Clock clock) {
        this.pin = pin == null ? null : pin.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /**
     * @param exitPin the {@code exit-pin} setting, or null: no exit from the screen
     * @throws BadSettingException when it is not 4 to 8 digits
     */
    static KioskLock of(String exitPin, Clock clock) {
        if (exitPin != null && !exitPin.strip().matches("[0-9]{4,8}")) {
            // never quoted: it is a secret
            throw new BadSettingException("exit-pin", "exit-pin must be 4 to 8 digits");
        }
        return new KioskLock(exitPin == null ? null : exitPin.strip(), clock);
    }

    /** What a PIN typed at the pad does. */
    enum Answer { EXIT, WRONG, LOCKED, NO_PIN }

    Answer check(String typed) {
        if (pin == null) {
            return Answer.NO_PIN;
        }
        Instant now = clock.instant();
        if (now.isBefore(lockedUntil)) {
            return Answer.LOCKED;
        }
        if (MessageDigest.isEqual(pin, typed.getBytes(StandardCharsets.UTF_8))) {
            wrong = 0;
            return Answer.EXIT;
        }
        wrong++;
        log.warn("Wrong exit PIN at the kiosk ({} of {})", wrong, MAX_TRIES);
        if (wrong >= MAX_TRIES) {
            wrong = 0;
            lockedUntil = now.plus(LOCKOUT);
            log.warn("Kiosk exit PIN pad locked for {} minutes after {} wrong PINs", LOCKOUT.toMinutes(), MAX_TRIES);
            return Answer.LOCKED;
        }
        return Answer.WRONG;
    }

    /**
     * Keeps {@code stage} full screen and in front, and turns every close request into the staff PIN pad, shown
     * over {@code host}; {@code exit} runs after the right PIN.
     */
    void hold(Stage stage, StackPane host, Messages messages, Runnable exit) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener((obs, was, is) -> {
            if (!is) {
                Platform.runLater(() -> stage.setFullScreen(true));
            }
        });
        stage.iconifiedProperty().addListener((obs, was, is) -> {
            if (is) {
                Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                });
            }
        });
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                Platform.runLater(stage::toFront);
            }
        });
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            e.consume();
            if (host.lookup("#exitPad") == null) {
                host.getChildren().add(pad(host, messages, exit));
            }
        });
    }

    private StackPane pad(StackPane host, Messages messages, Runnable exit) {
        StackPane shade = new StackPane();
        shade.setId("exitPad");
        // over the app's root, outside the kiosk's shell: the kiosk's touch sizes for its keys too
        shade.getStyleClass().addAll("kiosk", "overlay-shade");
        Label answer = new Label(messages.get(pin == null ? "kiosk.exit.noPin" : "kiosk.exit.prompt"));
        answer.setId("exitPadAnswer");
        answer.setWrapText(true);
        Runnable close = () -> host.getChildren().remove(shade);
        Keypad[] keypad = new Keypad[1];
        keypad[0] = new Keypad(messages, "kiosk.exit.title", "kiosk.exit.confirm", 8, typed -> {
            switch (check(typed)) {
                case EXIT -> {
                    log.info("Kiosk closed by staff with the exit PIN");
                    close.run();
                    exit.run();
                }
                case WRONG -> answer.setText(messages.get("kiosk.exit.wrong"));
                case LOCKED -> answer.setText(messages.get("kiosk.exit.locked", LOCKOUT.toMinutes()));
                case NO_PIN -> answer.setText(messages.get("kiosk.exit.noPin"));
            }
            keypad[0].clear();
        }, close).masked();
        keypad[0].getChildren().add(1, answer);
        keypad[0].setMaxSize(520, 640);
        keypad[0].addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        shade.getChildren().add(keypad[0]);
        keypad[0].requestFocus();
        return shade;
    }
}
