package nl.connectedstore.kiosk;

import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.LookShots;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.Shown;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Not a test (run it by name with {@code -Dlook.out=<folder>}): the staff exit PIN pad of a locked kiosk after a
 * wrong PIN, in English, Dutch and Danish, for a person to look at.
 */
@ExtendWith(FxTests.class)
class ExitPadLookTour {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @Test
    void theExitPadInEachLanguage(FxRobot robot) {
        for (String lang : new String[] {"en", "nl", "da"}) {
            StackPane[] root = new StackPane[1];
            robot.interact(() -> {
                root[0] = new StackPane(new Label("Welkom"));
                Scene scene = new Scene(root[0], 1280, 800);
                Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
                stage.setScene(scene);
                stage.show();
                KioskLock.of("2468", Clock.systemUTC()).hold(stage, root[0], Messages.of(Locale.forLanguageTag(lang)),
                        () -> { });
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            });
            Shown.await(robot, "#exitPad");
            robot.clickOn("#key-1").clickOn("#key-2").clickOn("#key-3").clickOn("#key-4").clickOn("#keypadOk");
            LookShots.save("kiosk-exit-pad-" + lang + ".png");
            robot.clickOn("#keypadCancel");
            robot.interact(stage::hide);
        }
    }
}
