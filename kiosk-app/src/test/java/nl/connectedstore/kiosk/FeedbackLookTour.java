package nl.connectedstore.kiosk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.LookShots;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Not a check but a look: "how was it today?" beside a placed web order, asking and answered, in English, Dutch and
 * Danish, saved as PNGs for a person to judge. Runs only when asked ({@code -Dlook.out=<folder>}, as KioskLookTour).
 */
@EnabledIfSystemProperty(named = "look.out", matches = ".+")
@ExtendWith(FxTests.class)
class FeedbackLookTour {

    private static Database database;
    private static StoreInfo amsterdam;
    private static ProductCard item;
    private Stage stage;

    @BeforeAll
    static void open() {
        database = DemoDatabase.fresh("kiosk-feedback-look-", new DemoChain.Size(150, 50, 10));
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        item = new CatalogService(database.transactor()).search(amsterdam, new SearchQuery("", null, 150)).stream()
                .filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.price() != null
                        && p.stock() == StockStatus.IN_STOCK && p.quantityHere() > 10)
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private KioskShell show(FxRobot robot) {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CatalogService catalog = new CatalogService(database.transactor());
        InventoryService inventory = new InventoryService(database.transactor());
        OrderService orders = Services.on(database.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        ShopSearch search = new ShopSearch(catalog);
        OrderKit kit = new OrderKit(search, orders, new SuggestionService(database.transactor(), catalog, inventory,
                Services.on(database.transactor()).consents(), new CurrentModel(new CoPurchaseTraining(database.transactor(), Clock.systemUTC())), Clock.systemUTC()),
                orders.pickupStores(amsterdam, Services.on(database.transactor()).stores().stores()), Optional.of(terminal),
                Optional.of(terminal), new SimpleDoubleProperty(1));
        KioskShell shell = new KioskShell(catalog, inventory, amsterdam, TaskExecutor.direct(),
                KioskOptions.DEFAULT_IDLE, "AMS-KIOSK-1", KioskScreens.shop(search).withWebshop(kit)
                .withFeedback(Services.on(database.transactor(), Clock.systemUTC()).feedback()));
        robot.interact(() -> {
            Scene scene = new Scene(shell, 1280, 800);
            Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        return shell;
    }

    private static void shoot(FxRobot robot, String name, String lang) throws Exception {
        LookShots.save("kiosk-" + name + "-" + lang + ".png");
    }

    @Test
    void theFeedbackBesideAPlacedWebOrder(FxRobot robot) throws Exception {
        for (String lang : List.of("en", "nl", "da")) {
            KioskShell shell = show(robot);
            robot.clickOn("#language-" + lang);
            robot.interact(() -> shell.catalogueForTest(item));
            robot.clickOn("#addToBasket");
            robot.clickOn("#toBasket");
            robot.clickOn("#payHere");
            robot.clickOn("#sim-approved");
            shoot(robot, "order-feedback-asking", lang);
            robot.clickOn("#feedback-rate-4");
            robot.clickOn("#feedback-recommend-8");
            shoot(robot, "order-feedback-rated", lang);
            robot.clickOn("#feedbackSend");
            shoot(robot, "order-feedback-thanked", lang);
        }
    }
}
