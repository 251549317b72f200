package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A list that polls the database does so only while it is on screen: a screen replaced without being stopped (a
 * counter's desk when the window gets another scene) no longer asks the database for the rest of the app's life.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class WhileOnScreenTest {

    private final List<String> calls = new ArrayList<>();
    private Stage stage;
    private Label list;
    private WhileOnScreen polling;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        list = new Label("orders");
        polling = new WhileOnScreen(list, () -> calls.add("start"), () -> calls.add("stop"));
    }

    @Test
    void runsWhileTheViewIsInAShowingWindowAndStopsWhenItLeaves(FxRobot robot) {
        robot.interact(polling::start);
        assertThat(calls).as("not on screen yet: nothing runs").isEmpty();

        StackPane root = new StackPane(list);
        robot.interact(() -> {
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
        });
        assertThat(calls).as("on screen: it runs").containsExactly("start");
        assertThat(polling.running()).isTrue();

        robot.interact(() -> stage.setScene(new Scene(new StackPane(new Label("another screen")), 300, 200)));
        assertThat(calls).as("its scene replaced: it stops").containsExactly("start", "stop");

        robot.interact(() -> stage.setScene(root.getScene()));
        assertThat(calls).as("back on screen: it runs again").containsExactly("start", "stop", "start");

        robot.interact(() -> root.getChildren().clear());
        assertThat(calls).as("taken out of its parent: it stops").containsExactly("start", "stop", "start", "stop");

        robot.interact(() -> root.getChildren().add(list));
        robot.interact(polling::stop);
        assertThat(calls).as("stopped by its owner").endsWith("start", "stop");
        robot.interact(() -> {
            root.getChildren().clear();
            root.getChildren().add(list);
        });
        assertThat(polling.running()).as("stopped by its owner: coming back on screen does not start it").isFalse();
        assertThat(calls).hasSize(6);
    }
}
