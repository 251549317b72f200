package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.H2Only;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, the cold start: a kiosk that has run before shows its welcome screen before its database is open, from
 * the store it remembered; a customer's tap meanwhile is answered as soon as the database is. The database here is
 * held back by a gate in front of the store's server, so "before" is certain, not a race.
 */
@H2Only("holds back an H2 server of its own; the PostgreSQL test server is shared by the whole run")
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class EarlyWelcomeTest {

    private static StoreServer server;
    private static StoreInfo amsterdam;

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;
    private StoreServer.Gate gate;

    @BeforeAll
    static void startTheStoreServer() throws Exception {
        server = StoreServer.filled(new DemoChain.Size(100, 0, 0));
        try (Database owner = Database.open(server.config("owner"), ProgressListener.NONE)) {
            amsterdam = Services.on(owner.transactor()).stores().store("AMS").orElseThrow();
        }
    }

    @AfterAll
    static void stopTheServer() {
        server.close();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (gate != null) {
            gate.close();
        }
    }

    /** Starts the kiosk app on a settings file whose database is behind the gate, with {@code home} as data folder. */
    private void startKiosk(Path home) throws Exception {
        gate = server.gate();
        Path file = dir.resolve("terminal.properties");
        Files.writeString(file, "home=" + home + "\nstore=AMS\ndb-url=" + gate.url() + "\ndb-user=" + StoreServer.USER
                + "\ndb-password=" + StoreServer.PASSWORD + "\n");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KioskApp.class, "--config=" + file);
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theRememberedWelcomeScreenShowsBeforeTheDatabaseAndATapMeanwhileOpensTheShopInThatLanguage()
            throws Exception {
        Path home = dir.resolve("data");
        WelcomeCache.write(home, amsterdam);
        startKiosk(home);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, OnFx.test(() -> shown("#language-da")));
        assertThat(shown("#startup")).as("no start-up progress: the welcome screen instead").isFalse();
        assertThat(robot.lookup(".attract-store").queryLabeled().getText()).isEqualTo(amsterdam.name());

        robot.clickOn("#language-da");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OnFx.test(() -> shown(".busy-cover")));
        assertThat(shown("#catalogue")).as("nothing can open before the database").isFalse();

        gate.open();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, OnFx.test(() -> shown("#catalogue")));
        Messages danish = Messages.of(new Locale("da", amsterdam.countryCode()));
        assertThat(robot.lookup("#search").queryAs(TextField.class).getPromptText())
                .isEqualTo(danish.get("kiosk.search.prompt"));
    }

    @Test
    void withoutARememberedStoreTheStartUpProgressShowsAsBefore() throws Exception {
        startKiosk(dir.resolve("fresh"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, OnFx.test(() -> shown("#startup")));
        assertThat(shown("#attract")).isFalse();
        gate.open();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, OnFx.test(() -> shown("#attract")));
        assertThat(WelcomeCache.read(dir.resolve("fresh"), "AMS")).as("remembered for the next start")
                .contains(amsterdam);
    }

    @Test
    void aDatabaseThatCannotBeOpenedReplacesTheWelcomeScreenWithWhatWentWrong() throws Exception {
        Path home = dir.resolve("data");
        WelcomeCache.write(home, amsterdam);
        startKiosk(home);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, OnFx.test(() -> shown("#attract")));

        gate.close(); // every connection dropped, none passed on
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, OnFx.test(() -> shown("#startupRetry")));
        assertThat(shown("#attract")).isFalse();
    }
}
