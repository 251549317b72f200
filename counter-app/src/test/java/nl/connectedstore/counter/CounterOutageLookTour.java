package nl.connectedstore.counter;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTaskExecutor;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.LookShots;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.StoreLink;
import nl.connectedstore.ui.StoreLinkBanner;
import nl.connectedstore.ui.Theme;
import nl.connectedstore.ui.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (run it by name with {@code -Dlook.out=<folder>}): the counter's sign-in screen with the banner of a
 * store database out of reach, in English, Dutch and Danish, for a person to look at.
 */
@ExtendWith(FxTests.class)
class CounterOutageLookTour {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void theBannerInEachLanguage(FxRobot robot) throws Exception {
        Database owner = DemoDatabase.freshWithServerProcess("counter-outage-look-", new DemoChain.Size(100, 0, 0));
        StoreInfo amsterdam = Services.on(owner.transactor()).stores().store("AMS").orElseThrow();
        Database counter = CounterStage.asCounter(owner);
        // the store's database server goes away (the process the data folder names)
        ProcessHandle.of(Long.parseLong(Files.readString(owner.home().resolve("db").resolve("server.pid")).strip()))
                .orElseThrow().destroyForcibly();
        for (String lang : new String[] {"en", "nl", "da"}) {
            try (FxTaskExecutor background = new FxTaskExecutor()) {
                StoreLink link = new StoreLink(counter.transactor(), Duration.ofMillis(500), Ticker.onFxThread(),
                        background);
                robot.interact(() -> {
                    CounterShell shell = CounterStage.shell(owner, amsterdam,
                            Messages.of(new Locale(lang, amsterdam.countryCode())), background);
                    Scene scene = new Scene(StoreLinkBanner.over(shell, link, shell::messages,
                StoreLinkBanner.Audience.STAFF), 1280, 800);
                    Theme.applyTo(scene, CounterApp.class.getResource("counter.css").toExternalForm());
                    stage.setScene(scene);
                    stage.show();
                });
                link.start();
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                        robot.lookup("#storeLinkLost").tryQuery().map(Node::isVisible).orElse(false))
                        .get(5, TimeUnit.SECONDS));
                WaitForAsyncUtils.waitForFxEvents();
                LookShots.save("counter-store-outage-" + lang + ".png");
                link.stop();
            }
        }
    }
}
