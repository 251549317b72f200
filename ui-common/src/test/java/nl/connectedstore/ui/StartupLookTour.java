package nl.connectedstore.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.connectedstore.persistence.DatabaseConfig;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Not a check but a look (issue 16, item 6): the start-up bar at "Demo chain ready" and while Hibernate starts, in
 * Dutch and Danish, saved as PNGs. Runs only when asked: {@code mvn -o -pl ui-common -am test -Dtest=StartupLookTour
 * -Dlook.out=/tmp/look -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "look.out", matches = ".+")
@ExtendWith(FxTests.class)
class StartupLookTour {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "da"})
    void theBarThroughAFirstStart(String lang, FxRobot robot) {
        DatabaseConfig config = DatabaseConfig.resolve(Map.of("home", Path.of("target").toString()), Map.of());
        StartupPane pane = new StartupPane("Connected Store", Messages.of(new Locale(lang, "NL")),
                TaskExecutor.direct(), config, null, db -> { }, () -> { });
        robot.interact(() -> {
            Scene scene = new Scene(pane, 1280, 800);
            Theme.applyTo(scene, null);
            stage.setScene(scene);
            stage.show();
            pane.report(-1, "startup.connecting");
            pane.report(-1, "startup.migrating");
            pane.report(0.4, "startup.demo.customers");
        });
        shoot(lang, "startup-demo");
        robot.interact(() -> pane.report(1.0, "startup.demo.done"));
        shoot(lang, "startup-demo-done");
        robot.interact(() -> pane.report(-1, "startup.preparing"));
        shoot(lang, "startup-preparing");
        robot.interact(() -> pane.report(-1, "startup.screens"));
        shoot(lang, "startup-screens");
    }

    private static void shoot(String lang, String name) {
        LookShots.save("ui-" + name + "-" + lang + ".png");
    }
}
