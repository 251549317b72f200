package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.feedback.FeedbackAnswer;
import nl.connectedstore.feedback.FeedbackChannel;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Feedback given after a self-checkout payment (through the kiosk's own services and login) shows on the manager's
 * store-experience dashboard and in the clerk's "Good morning" panel at sign-in.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class FeedbackDashboardFlowTest {

    private static final String TILL = "AMS-CHECKOUT-1";
    private static Database database;
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static Path exports;

    @BeforeAll
    static void open() throws Exception {
        database = DemoDatabase.fresh("counter-feedback-", new DemoChain.Size(100, 0, 10)); // no demo sales, so no demo feedback
        CounterStage.clerksRead(database, "en");
        kiosk = DemoDatabase.as(database, AppRole.KIOSK);
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        exports = Files.createTempDirectory("feedback-exports-");
        long product = database.transactor().read(s -> s.createSelectionQuery(
                "select min(l.product.id) from StockLevel l where l.store.code = 'AMS' and l.quantity > 20"
                        + " and l.product.soldByWeight = false and l.product.minimumAge = 0", Long.class)
                .getSingleResult());
        // two customers pay at the self-checkout and answer beside their receipts, as the kiosk does
        CheckoutService checkout = Services.on(kiosk.transactor(), Clock.systemUTC()).checkout();
        FeedbackService feedback = Services.on(kiosk.transactor(), Clock.systemUTC()).feedback();
        long first = ((CheckoutResult.Paid) checkout.checkout(TILL, List.of(CartLine.of(product, 2)),
                new SimulatedPaymentTerminal())).receipt().receiptNumber();
        feedback.forSale(TILL, first, FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(5, 10, "The staff were so helpful with advice", "en", null), null);
        long second = ((CheckoutResult.Paid) checkout.checkout(TILL, List.of(CartLine.of(product, 1)),
                new SimulatedPaymentTerminal())).receipt().receiptNumber();
        feedback.forSale(TILL, second, FeedbackChannel.SELF_CHECKOUT,
                new FeedbackAnswer(2, 3, "The queue was long and this stupid machine beeps", "en", null), null);
    }

    @AfterAll
    static void close() {
        kiosk.close();
        database.close();
    }

    @Start
    void start(Stage stage) {
        Database counter = CounterStage.asCounter(database);
        StoreService stores = Services.on(counter.transactor()).stores();
        ZoneId zone = ZoneId.systemDefault();
        FeedbackComments comments = Services.on(counter.transactor(), Clock.systemDefaultZone())
                .feedbackComments(zone, Themes.builtIn());
        CounterFeedback feedback = new CounterFeedback(new FeedbackDashboard(new FeedbackFigures(
                counter.transactor(), Clock.systemDefaultZone(), zone), comments, stores.stores()), comments, exports,
                Services.on(counter.transactor(), Clock.systemUTC()).feedback(), stores);
        CounterShell shell = new CounterShell(stores, new CatalogService(counter.transactor()),
                new InventoryService(counter.transactor()),
                new AssistanceService(counter.transactor(), stores, Clock.systemUTC()), amsterdam,
                CounterStage.ENGLISH, TaskExecutor.direct(),
                "AMS-COUNTER-1", CounterTools.cards(TestKits.privacy(counter.transactor(), Clock.systemUTC(),
                        "AMS-COUNTER-1")).withFeedback(feedback));
        CounterStage.show(stage, shell);
    }

    private static String texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(VBox.class).getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    private static void select(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theClerksMorningPanelShowsTheKindWordsFirstWithAbuseMaskedAndNoDashboard(FxRobot robot) {
        CounterStage.signIn(robot, "2345");

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("morningTab");
        String week = texts(robot, "#morningWeek");
        assertThat(week).contains("The staff were so helpful with advice");
        assertThat(week.indexOf("so helpful")).as("positive first").isLessThan(week.indexOf("queue was long"));
        assertThat(week).contains("s***** machine").doesNotContain("stupid");
        assertThat(robot.lookup("#morningOwnFigures").queryAs(Label.class).getText()).contains("only you see them");
        assertThat(tabs.getTabs()).noneMatch(t -> "experienceTab".equals(t.getId()));
    }

    @Test
    void theManagerSeesTheAnswersOnTheDashboardTooFewToJudgeAndExportsCsv(FxRobot robot) throws Exception {
        CounterStage.signIn(robot, "1234");
        assertThat(texts(robot, "#morningWeek")).contains("The staff were so helpful with advice");

        select(robot, "experienceTab");

        assertThat(robot.lookup("#fig-csat").queryAs(Label.class).getText()).isEqualTo("50 %");
        assertThat(robot.lookup("#fig-csat-n").queryAs(Label.class).getText()).isEqualTo("n = 2");
        assertThat(robot.lookup("#fig-nps").queryAs(Label.class).getText()).isEqualTo("+0");
        Label tooFew = robot.lookup("#tooFew").queryAs(Label.class);
        assertThat(tooFew.isVisible()).isTrue();
        assertThat(tooFew.getText()).startsWith("Too few to judge: 2 responses");
        @SuppressWarnings("unchecked")
        TableView<FeedbackComments.Comment> comments = robot.lookup("#commentsTable").queryAs(TableView.class);
        assertThat(comments.getItems()).extracting(FeedbackComments.Comment::text)
                .contains("The queue was long and this stupid machine beeps"); // the manager reads it as written
        @SuppressWarnings("unchecked")
        TableView<FeedbackDashboard.ChainRow> chain = robot.lookup("#chainTable").queryAs(TableView.class);
        assertThat(chain.getItems()).filteredOn(r -> r.store().code().equals("AMS")).singleElement()
                .satisfies(r -> assertThat(r.rank()).as("too few to judge: not ranked").isZero());

        robot.clickOn("#exportCsv");
        assertThat(robot.lookup("#dashStatus").queryAs(Label.class).getText()).startsWith("5 CSV files saved");
        try (var files = Files.list(exports)) {
            Path commentsCsv = files.filter(f -> f.getFileName().toString().startsWith("comments-AMS"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(commentsCsv)).contains("The staff were so helpful with advice")
                    .startsWith("store,given_at,rating");
        }
        Node chart = robot.lookup("#trendChart").query();
        assertThat(chart).isNotNull();
    }
}
