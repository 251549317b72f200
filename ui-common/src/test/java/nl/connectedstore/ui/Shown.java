package nl.connectedstore.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting for what a tap or a scan brings up. A robot's click is only events posted to the FX thread, and a scan
 * goes through the kiosk's scan stream: on a busy machine the next screen comes a few pulses later than on a
 * quiet one, so a test looks for it until it is there (or fails saying what never came).
 */
public final class Shown {

    private static final int SECONDS = 15;

    private Shown() {
    }

    /** Waits until {@code query} finds a node, then returns; fails when it has not after {@value #SECONDS} s. */
    public static void await(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError(query + " did not appear within " + SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
