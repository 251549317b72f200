package nl.connectedstore.counter;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Conditions for {@link WaitForAsyncUtils#waitFor} that look at the scene on the FX thread: a look-up from
 * the test thread can walk a child list while the FX thread changes it.
 */
final class OnFx {

    private OnFx() {
    }

    static Callable<Boolean> present(FxRobot robot, String query) {
        return test(() -> robot.lookup(query).tryQuery().isPresent());
    }

    static Callable<Boolean> absent(FxRobot robot, String query) {
        return test(() -> robot.lookup(query).tryQuery().isEmpty());
    }

    static Callable<Boolean> test(Callable<Boolean> condition) {
        return () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS);
    }
}
