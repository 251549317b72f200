package nl.connectedstore.ui;

import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
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
 * <p>Use it as {@code @ExtendWith(FxTests.class)} where a test would use {@code ApplicationExtension}; test
 * methods still take an {@link FxRobot}.
 */
public class FxTests extends ApplicationExtension {

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
