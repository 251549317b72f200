package nl.connectedstore.kiosk;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A USB hand scanner in a test: the code and Enter as one fast burst of key strokes into the kiosk. */
final class HandScanner {

    private HandScanner() {
    }

    static void scan(FxRobot robot, Node kiosk, String code) {
        robot.interact(() -> {
            for (char c : (code + "\r").toCharArray()) {
                Event.fireEvent(kiosk, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
