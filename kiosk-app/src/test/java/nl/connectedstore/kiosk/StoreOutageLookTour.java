package nl.connectedstore.kiosk;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.ui.FxTaskExecutor;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.LookShots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (run it by name with {@code -Dlook.out=<folder>}): a self-checkout whose store server has stopped, with
 * a basket, the banner and the message after "Pay", in English, Dutch and Danish, for a person to look at.
 */
@ExtendWith(FxTests.class)
class StoreOutageLookTour {

    private Stage stage;

    @BeforeAll
    static void startTheStoreServer() throws Exception {
        StoreOutageTest.startTheStoreServer();
    }

    @AfterAll
    static void stopAll() {
        StoreOutageTest.stopAll();
    }

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void theBannerInEachLanguage(FxRobot robot) throws Exception {
        for (String lang : new String[] {"en", "nl", "da"}) {
            try (FxTaskExecutor background = new FxTaskExecutor()) {
                ScanStream scans = new ScanStream();
                StoreOutageTest.Till till = StoreOutageTest.till(background, scans, new AtomicInteger());
                robot.interact(() -> {
                    stage.setScene(till.scene());
                    stage.show();
                });
                till.link().start();
                robot.clickOn("#language-" + lang);
                for (String code : new String[] {StoreOutageTest.items.get(0).gtin(),
                        StoreOutageTest.items.get(1).gtin()}) {
                    robot.interact(() -> scans.publish(Scan.now(code, Scan.Source.HAND_SCANNER)));
                }
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, OnFx.test(() -> robot.lookup("#basketLines")
                        .queryAs(javafx.scene.layout.Pane.class).getChildren().size() == 2));
                StoreOutageTest.server.stop();
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, OnFx.test(() -> StoreOutageTest.bannerShown(robot)));
                WaitForAsyncUtils.waitForFxEvents();
                robot.clickOn("#pay");
                robot.clickOn("#sim-approved");
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                        OnFx.test(() -> !StoreOutageTest.note(robot).isEmpty()));
                LookShots.save("kiosk-store-outage-" + lang + ".png");
                till.link().stop();
                StoreOutageTest.server.start();
                // the next round scans at once: wait until the till's pool reaches the server again
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                    try {
                        return StoreOutageTest.kiosk.transactor().ping();
                    } catch (RuntimeException stillDown) {
                        return false;
                    }
                });
            }
        }
    }
}
