package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.connectedstore.persistence.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The banner over a terminal while the store's database is away speaks the language of the screen under it, also
 * when that screen changes during the outage: a Danish customer's session ends and the welcome screen after it
 * speaks the store's Dutch, and so does the banner.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class StoreLinkBannerTest {

    private static final Messages DANISH = Messages.of(new Locale("da", "NL"));
    private static final Messages DUTCH = Messages.of(new Locale("nl", "NL"));

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicReference<Messages> onScreen = new AtomicReference<>(DANISH);
    private final HandTicker ticker = new HandTicker();
    private StackPane screens;
    private StoreLink link;

    @Start
    void start(Stage stage) {
        screens = new StackPane(new Label("Velkommen"));
        link = new StoreLink(() -> {
            if (down.get()) {
                throw new DatabaseUnavailableException("jdbc:h2:tcp://store-server/connectedstore",
                        "Connection refused", new ConnectException("Connection refused"));
            }
            return true;
        }, StoreLink.EVERY, ticker, TaskExecutor.direct());
        stage.setScene(new Scene(StoreLinkBanner.over(screens, link, onScreen::get,
                StoreLinkBanner.Audience.CUSTOMER), 800, 600));
        stage.show();
        link.start();
    }

    private static Label banner(FxRobot robot) {
        return robot.lookup("#storeLinkLost").queryAs(Label.class);
    }

    @Test
    void theBannerSpeaksTheLanguageOfTheScreenUnderItAlsoWhenThatChangesDuringTheOutage(FxRobot robot) {
        assertThat(banner(robot).isVisible()).as("the database answers: no banner").isFalse();

        down.set(true);
        robot.interact(ticker::tick);
        assertThat(banner(robot).isVisible()).isTrue();
        assertThat(banner(robot).getText()).isEqualTo(DANISH.get("storeLink.lost"));

        // the customer's session ends: the welcome screen speaks the store's language
        robot.interact(() -> {
            onScreen.set(DUTCH);
            screens.getChildren().setAll(new Label("Welkom"));
        });
        assertThat(banner(robot).getText()).as("the banner follows the screen under it")
                .isEqualTo(DUTCH.get("storeLink.lost"))
                .isNotEqualTo(DANISH.get("storeLink.lost"));

        down.set(false);
        robot.interact(ticker::tick);
        assertThat(banner(robot).isVisible()).as("the database answers again").isFalse();
    }
}
