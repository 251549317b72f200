package nl.connectedstore.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import nl.connectedstore.ui.LookShots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (run it by name with {@code -Dlook.out=<folder>}): the message a kiosk shows when its settings file has
 * a bad value, naming the file and line, in English, Dutch and Danish, for a person to look at.
 */
class SettingsMessageLookTour {

    @TempDir
    Path dir;

    @Test
    void theBadSettingMessageInEachLanguage() throws Exception {
        Path file = Files.writeString(dir.resolve("terminal.properties"), "store=AMS\nmode=checkout\nidle-seconds=2\n");
        Locale before = Locale.getDefault();
        FxRobot robot = new FxRobot();
        try {
            for (String lang : new String[] {"en", "nl", "da"}) {
                Locale.setDefault(Locale.forLanguageTag(lang));
                FxToolkit.registerPrimaryStage();
                Application app = FxToolkit.setupApplication(KioskApp.class, "--config=" + file);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> robot.lookup("#appMessage").tryQuery().isPresent());
                LookShots.save("kiosk-bad-setting-" + lang + ".png");
                FxToolkit.cleanupApplication(app);
                FxToolkit.cleanupStages();
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
