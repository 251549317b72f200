package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.connectedstore.persistence.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A database that cannot be reached: the person sees which URL was tried and what to check, and can retry. */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class StartupPaneTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:1/connectedstore";
    private final AtomicBoolean opened = new AtomicBoolean();
    private final AtomicBoolean quit = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        DatabaseConfig unreachable = DatabaseConfig.resolve(
                Map.of("db-url", URL, "db-user", "cs", "db-password", "x", "home", Path.of("target").toString()),
                Map.of());
        StartupPane pane = new StartupPane("Connected Store", Messages.of(new Locale("nl", "NL")),
                TaskExecutor.direct(), unreachable, null, db -> opened.set(true), () -> quit.set(true));
        stage.setScene(new Scene(pane, 900, 600));
        stage.show();
        pane.start();
    }

    @Test
    void anUnreachableDatabaseShowsTheUrlAndWhatToCheckInTheChosenLanguage(FxRobot robot) {
        assertThat(opened).isFalse();
        String shown = robot.lookup("#startupFailureUrl").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo("Geprobeerd: " + URL);
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("De database is niet bereikbaar")
                .anySatisfy(text -> assertThat(text).startsWith("Controleer of de databaseserver draait"))
                .noneSatisfy(text -> assertThat(text).contains("Exception"));

        robot.clickOn("#startupRetry");
        assertThat(robot.lookup("#startupFailureUrl").queryAs(Label.class).getText()).contains(URL);
        robot.clickOn("Afsluiten");
        assertThat(quit).isTrue();
    }
}
