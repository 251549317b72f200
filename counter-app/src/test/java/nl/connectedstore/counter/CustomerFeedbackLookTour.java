package nl.connectedstore.counter;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.LookShots;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Not a check but a look: the prompt the clerk turns to the customer after a hand-over, asking (with today's staff to
 * name) and answered, on a counter in English, Dutch and Danish, saved as PNGs for a person to judge. Runs only when
 * asked ({@code -Dlook.out=<folder>}, as CounterLookTour).
 */
@EnabledIfSystemProperty(named = "look.out", matches = ".+")
@ExtendWith(FxTests.class)
class CustomerFeedbackLookTour {

    private static Database database;
    private static Database counter;
    private static StoreInfo amsterdam;
    private Stage stage;

    @BeforeAll
    static void open() {
        database = DemoDatabase.fresh("counter-feedback-look-", new DemoChain.Size(150, 0, 0));
        counter = CounterStage.asCounter(database);
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, String lang) {
        StoreService stores = Services.on(counter.transactor()).stores();
        ZoneId zone = ZoneId.systemDefault();
        FeedbackComments comments = Services.on(counter.transactor(), Clock.systemDefaultZone()).feedbackComments(zone, Themes.builtIn());
        CounterFeedback feedback = new CounterFeedback(new FeedbackDashboard(new FeedbackFigures(counter.transactor(),
                Clock.systemDefaultZone(), zone), comments, stores.stores()), comments, Path.of("target", "exports"),
                Services.on(counter.transactor(), Clock.systemUTC()).feedback(), stores);
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        OrderService orders = Services.on(counter.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        CounterShell shell = new CounterShell(stores, new CatalogService(counter.transactor()),
                new InventoryService(counter.transactor()),
                new AssistanceService(counter.transactor(), stores, Clock.systemUTC()), amsterdam,
                Messages.of(new Locale(lang, "NL")), TaskExecutor.direct(), "AMS-COUNTER-1", new CounterTools(
                Optional.of(TestKits.privacy(counter.transactor(), Clock.systemUTC(), "AMS-COUNTER-1")),
                Optional.empty(), Optional.of(new CounterOrders(orders, terminal, terminal, Duration.ofSeconds(2),
                Clock.systemDefaultZone())), Optional.empty(), Optional.of(feedback)));
        robot.interact(() -> CounterStage.show(stage, shell));
    }

    private static void shoot(FxRobot robot, String name, String lang) throws Exception {
        LookShots.save("counter-" + name + "-" + lang + ".png");
    }

    @Test
    void thePromptTheClerkTurnsAround(FxRobot robot) throws Exception {
        DemoStaff.signIn(counter, "AMS", "1234"); // Sanne is in today too: two names to choose from
        for (String lang : List.of("en", "nl", "da")) {
            OrderView order = HandedOverOrders.handedOver(database, new Locale(lang, "NL"),
                    DemoStaff.signIn(counter, "AMS", "1234"));
            show(robot, lang);
            CounterStage.signIn(robot, "2345");
            robot.clickOn("#ordersTab");
            robot.clickOn("#orderScan").write(order.code()).type(javafx.scene.input.KeyCode.ENTER);
            shoot(robot, "order-handed-over", lang);
            robot.clickOn("#askFeedback");
            shoot(robot, "customer-feedback-asking", lang);
            robot.clickOn("#feedback-rate-5");
            robot.clickOn("#feedback-recommend-9");
            robot.clickOn(".customer-prompt-helper");
            shoot(robot, "customer-feedback-rated", lang);
            robot.clickOn("#feedbackSend");
            shoot(robot, "customer-feedback-thanked", lang);
        }
    }
}
