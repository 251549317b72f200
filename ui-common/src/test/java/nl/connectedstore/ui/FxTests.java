package nl.connectedstore.ui;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.robot.Motion;
import org.testfx.service.query.PointQuery;

/**
 * TestFX's {@link ApplicationExtension} whose robot moves the pointer straight onto what it clicks, instead of
 * gliding there over up to 200 points with a sleep after each (TestFX's default: about a fifth of a second per
 * click, idle, and most of a UI test's time). Press, release and the wait for the FX thread after each are
 * TestFX's own, so a click is still a real mouse press and release on the node under the pointer. Drags
 * ({@code moveBy} with a button held, as on the signature pad) keep TestFX's stepwise moves, so a drawn line
 * still has its points.
 *
 * <p>After each test the screens it showed are taken off: every other window it opened (a sign-up window, a menu)
 * closes and the shared primary stage shows an empty scene. A screen left showing would keep its polls running and
 * be laid out at every pulse for the rest of the module's tests, on a database its test may have closed; what it
 * threw then failed whichever test came next.
 *
 * <p>Use it as {@code @ExtendWith(FxTests.class)} where a test would use {@code ApplicationExtension}; test
 * methods still take an {@link FxRobot}.
 */
public class FxTests extends ApplicationExtension {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(2, TimeUnit.MINUTES, WaitForAsyncUtils.asyncFx(() -> {
                Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
                for (Window window : new ArrayList<>(Window.getWindows())) {
                    if (window != primary) {
                        window.hide();
                    }
                }
                if (primary != null) {
                    primary.setScene(new Scene(new Region()));
                }
            }));
        } finally {
            super.afterEach(context);
        }
    }

    @Override
    public FxRobot moveTo(PointQuery pointQuery, Motion motion) {
        robotContext().getMouseRobot().move(pointQuery.query());
        return this;
    }

    @Override
    public FxRobot clickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
        moveTo(pointQuery, motion);
        robotContext().getClickRobot().clickOn(buttons);
        return this;
    }

    @Override
    public FxRobot doubleClickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
        moveTo(pointQuery, motion);
        robotContext().getClickRobot().doubleClickOn(buttons);
        return this;
    }
}
