package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import nl.connectedstore.persistence.DemoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: a till set up by one file tells staff which line of it is wrong, on the kiosk's own screen, before it
 * opens any database; a store the database does not know names its line too.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class KioskSettingsFileTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private String startWith(String settings) throws Exception {
        Path file = dir.resolve("terminal.properties");
        Files.writeString(file, settings);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KioskApp.class, "--config=" + file);
        // opening the database before the store is looked up: seconds, but minutes on a 2-core machine kept busy
        // (a second Hibernate start in this test JVM while the other fork and other work run)
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> robot.lookup("#appMessage").tryQuery().isPresent());
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#appMessage").queryAs(Label.class).getText())
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void aBadValueNamesTheFileAndItsLineAndTheKioskOpensNothing() throws Exception {
        String shown = startWith("store=AMS\nmode=checkout\nidle-seconds=2\n");
        assertThat(shown).contains("idle-seconds").contains(dir.resolve("terminal.properties").toString())
                .contains("line 3");
    }

    @Test
    void aStoreTheDatabaseDoesNotKnowNamesItsLine() throws Exception {
        // the test JVM's demo database, filled once per build, reached through its data folder as a till would
        String shown = startWith("# a till in a store that is not set up yet\nhome=" + DemoDatabase.get().home()
                + "\nstore=ZZZ\n");
        assertThat(shown).contains("\u201cZZZ\u201d").contains("line 3");
    }
}
