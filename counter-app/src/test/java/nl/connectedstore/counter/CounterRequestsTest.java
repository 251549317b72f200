package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter's queue of kiosk requests: a clerk sees an age check and approves it with their PIN (after a wrong
 * one); a request the customer withdrew meanwhile says so. Help calls, refusals, a second tap and a paused PIN
 * entry are {@link RequestQueuePresenterTest}'s.
 */
@ExtendWith(FxTests.class)
class CounterRequestsTest {

    private static Database database;
    private static StoreInfo amsterdam;
    private static AssistanceService assistance;
    /** The kiosks that ask, with the kiosk's own database user (the counter's cannot make requests). */
    private static AssistanceService kiosks;
    private static ProductCard wine;

    @BeforeAll
    static void openDemoChain() {
        database = CounterStage.asCounter(DemoDatabase.get());
        CounterStage.clerksRead(database, "en");
        StoreService stores = Services.on(database.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        assistance = new AssistanceService(database.transactor(), stores, Clock.systemUTC());
        Database kiosk = DemoDatabase.getAs(nl.connectedstore.persistence.AppRole.KIOSK);
        kiosks = new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(), Clock.systemUTC());
        wine = new CatalogService(database.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> p.minimumAge() >= 18).findFirst().orElseThrow();
    }

    @Start
    void start(Stage stage) {
        CounterShell shell = new CounterShell(Services.on(database.transactor()).stores(),
                new CatalogService(database.transactor()), new InventoryService(database.transactor()), assistance,
                amsterdam, CounterStage.ENGLISH, TaskExecutor.direct(), amsterdam.code() + "-COUNTER-1",
                CounterTools.lookupOnly());
        CounterStage.show(stage, shell);
    }

    private static void signIn(FxRobot robot, String pin) {
        CounterStage.signIn(robot, pin);
    }

    private static void waitForCard(FxRobot robot, long id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, OnFx.present(robot, "#request-" + id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String texts(Node node) {
        StringBuilder sb = new StringBuilder();
        robotTexts(node, sb);
        return sb.toString();
    }

    private static void robotTexts(Node node, StringBuilder sb) {
        if (node instanceof Label label) {
            sb.append(label.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> robotTexts(child, sb));
        }
    }

    @Test
    void aClerkSeesTheCheckoutsAgeCheckAndApprovesItWithTheirPin(FxRobot robot) throws Exception {
        AssistanceView asked = kiosks.requestAgeCheck("AMS-CHECKOUT-1", wine.id());
        signIn(robot, "2345");
        waitForCard(robot, asked.id());
        String card = texts(robot.lookup("#request-" + asked.id()).query());
        assertThat(card).contains("Age check 18+").contains("Amsterdam checkout 1").contains(wine.name());
        assertThat(robot.lookup("#requestsTitle").queryAs(Label.class).getText()).matches("Requests \\(\\d+\\)");

        robot.clickOn("#approved-" + asked.id());
        robot.clickOn("#confirmPin").write("9999");
        robot.clickOn("#confirmAnswer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#requestFeedback").queryAs(Label.class).getText()).contains("PIN is not right");
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.OPEN);

        robot.clickOn("#confirmPin").write("2345");
        robot.clickOn("#confirmAnswer");
        WaitForAsyncUtils.waitForFxEvents();
        AssistanceView answered = assistance.get(asked.id());
        assertThat(answered.status()).isEqualTo(AssistanceStatus.APPROVED);
        assertThat(answered.answeredBy()).isEqualTo("Daan Bakker");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, OnFx.absent(robot, "#request-" + asked.id()));
    }

    @Test
    void aRequestTheCustomerWithdrewSaysSoInsteadOfApproving(FxRobot robot) throws Exception {
        AssistanceView asked = kiosks.requestAgeCheck("AMS-CHECKOUT-1", wine.id());
        signIn(robot, "2345");
        waitForCard(robot, asked.id());
        robot.clickOn("#refused-" + asked.id());
        assistance.cancel(asked.id());
        robot.clickOn("#confirmPin").write("2345");
        robot.clickOn("#confirmAnswer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#requestFeedback").queryAs(Label.class).getText()).contains("Already answered");
        assertThat(assistance.get(asked.id()).status()).isEqualTo(AssistanceStatus.CANCELLED);
    }

}
