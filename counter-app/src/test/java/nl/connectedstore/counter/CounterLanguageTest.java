package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter follows the signed-in clerk's language (issue 16, point 5): København's counter starts in Danish, the
 * store's language; Frederik (PIN 2345) reads Danish, switches to English in the top bar, and the counter speaks
 * English to him at his next sign-in too. The switch on the sign-in screen is for the moment only.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class CounterLanguageTest {

    private static final String COUNTER = "CPH-COUNTER-1";
    private static final Messages DANISH = Messages.of(Messages.defaultLocaleFor("DK"));
    private static final Messages ENGLISH = Messages.of(new java.util.Locale("en", "DK"));
    private static final Messages DUTCH = Messages.of(new java.util.Locale("nl", "DK"));

    @BeforeEach
    void theDemoChainsDanishStaffReadDanish() {
        Database owner = DemoDatabase.get();
        owner.transactor().write(s -> s.createNativeMutationQuery("update staff_member set language = 'da'"
                + " where store_id = (select id from store where code = 'CPH')").executeUpdate());
        Services.on(owner.transactor()).stores().pins().unlockAtMachine(COUNTER, "CounterLanguageTest");
    }

    @Start
    void start(Stage stage) {
        Database counter = CounterStage.asCounter(DemoDatabase.get());
        StoreService stores = Services.on(counter.transactor()).stores();
        StoreInfo copenhagen = stores.store("CPH").orElseThrow();
        CounterShell shell = new CounterShell(stores, new CatalogService(counter.transactor()),
                new InventoryService(counter.transactor()),
                new AssistanceService(counter.transactor(), stores, Clock.systemUTC()), copenhagen, DANISH,
                TaskExecutor.direct(), COUNTER,
                CounterTools.cards(TestKits.privacy(counter.transactor(), Clock.systemUTC(), COUNTER)));
        CounterStage.show(stage, shell);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static String tab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow().getText();
    }

    private static void choose(FxRobot robot, String language) {
        robot.clickOn("#languageSwitch");
        robot.clickOn("#language-" + language);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text checked is the one of {@code messages}: the top bar, the tabs, the request queue. */
    private static void speaks(FxRobot robot, Messages messages) {
        assertThat(text(robot, "#signOut")).isEqualTo(messages.get("counter.signOut"));
        assertThat(text(robot, "#changePin")).isEqualTo(messages.get("counter.pin.change"));
        assertThat(text(robot, "#signedInAs")).startsWith(messages.get("counter.signedIn", "Frederik Jensen"));
        assertThat(tab(robot, "stockTab")).isEqualTo(messages.get("counter.lookup.title"));
        assertThat(tab(robot, "cardsTab")).isEqualTo(messages.get("counter.cards.title"));
        assertThat(robot.lookup("#lookupSearch").queryTextInputControl().getPromptText())
                .isEqualTo(messages.get("counter.lookup.prompt"));
        assertThat(text(robot, "#requestsTitle")).startsWith(messages.get("counter.requests.title", 0)
                .replaceAll("\\(.*", ""));
        assertThat(text(robot, "#languageSwitch")).isEqualTo(messages.get("language." + messages.locale()
                .getLanguage()));
    }

    @Test
    void aDanishClerkSwitchesToEnglishAndTheCounterRemembersItAtTheNextSignIn(FxRobot robot) {
        assertThat(text(robot, ".login-card .title-2")).as("the sign-in screen in the store's language")
                .isEqualTo(DANISH.get("counter.login.title")).isEqualTo("Log ind som medarbejder");

        CounterStage.signIn(robot, "2345");
        speaks(robot, DANISH);
        assertThat(text(robot, "#signOut")).isEqualTo("Log ud");

        choose(robot, "en");
        speaks(robot, ENGLISH);
        assertThat(text(robot, "#signOut")).isEqualTo("Sign out");
        assertThat(robot.lookup("#languageNotice").queryAs(Label.class).isVisible()).as("stored, nothing to say")
                .isFalse();

        robot.clickOn("#signOut");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, ".login-card .title-2")).as("signed out: the counter's own language again")
                .isEqualTo(DANISH.get("counter.login.title"));

        CounterStage.signIn(robot, "2345");
        speaks(robot, ENGLISH);
    }

    @Test
    void theSwitchOnTheSignInScreenIsForTheMomentAndTheClerksOwnLanguageWins(FxRobot robot) {
        choose(robot, "nl");
        assertThat(text(robot, ".login-card .title-2")).isEqualTo(DUTCH.get("counter.login.title"))
                .isEqualTo("Aanmelden medewerker");
        assertThat(robot.lookup("#pin").queryTextInputControl().getPromptText())
                .isEqualTo(DUTCH.get("counter.login.prompt"));

        CounterStage.signIn(robot, "2345");

        speaks(robot, DANISH);
    }
}
