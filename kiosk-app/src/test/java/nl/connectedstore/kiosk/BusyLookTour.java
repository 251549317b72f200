package nl.connectedstore.kiosk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.LookShots;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.SignUpPresenter;
import nl.connectedstore.ui.SignUpScreen;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check but a look (issue 16, item 6 and the smaller items): the busy states (a language tap, the catalogue's
 * first answer, a search, a sign-up being stored), the touch-size tick boxes, the consent receipt's font and a receipt
 * with one item scanned three times, in Dutch and Danish, saved as PNGs for a person to judge. Runs only when asked:
 * {@code mvn -o -pl kiosk-app -am test -Dtest=BusyLookTour -Dlook.out=/tmp/look -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "look.out", matches = ".+")
@ExtendWith(FxTests.class)
class BusyLookTour {

    private static Database kiosk;
    private static StoreInfo amsterdam;
    private final HeldExecutor executor = new HeldExecutor();
    private Stage stage;

    @BeforeAll
    static void open() {
        kiosk = DemoDatabase.getAs(AppRole.KIOSK);
        amsterdam = Services.on(DemoDatabase.get().transactor()).stores().store("AMS").orElseThrow();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, Parent root) {
        robot.interact(() -> {
            Scene scene = new Scene(root, 1280, 800);
            Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "da"})
    void busyStatesReceiptAndSignUp(String lang, FxRobot robot) {
        CatalogService catalog = new CatalogService(kiosk.transactor());
        KioskShell shell = new KioskShell(catalog, new InventoryService(kiosk.transactor()), amsterdam, executor,
                KioskOptions.DEFAULT_IDLE, null, KioskScreens.shop(new ShopSearch(catalog)));
        show(robot, shell);
        executor.hold();
        robot.moveTo("#language-" + lang).press(MouseButton.PRIMARY);
        shoot(lang, "busy-language");
        robot.release(MouseButton.PRIMARY);
        shoot(lang, "busy-catalogue");
        robot.interact(executor::release);
        executor.hold();
        robot.clickOn("#search").write("juice");
        shoot(lang, "busy-search");
        robot.interact(executor::release);
        shoot(lang, "catalogue");

        Messages messages = Messages.of(new Locale(lang, "NL"));
        SignUpPresenter signUp = new SignUpPresenter(Services.on(DemoDatabase.get().transactor(),
                Clock.systemUTC()).customers(), executor, Channel.KIOSK, "AMS-KIOSK-1", lang);
        show(robot, new SignUpScreen(signUp, messages, () -> { }));
        robot.clickOn("#firstName").write("Sanne");
        robot.clickOn("#lastName").write("Look");
        robot.clickOn("#purpose-RECOGNITION");
        robot.moveTo("#signaturePad").moveBy(-150, 0).press(MouseButton.PRIMARY).moveBy(100, 20).moveBy(100, -30)
                .moveBy(80, 15).release(MouseButton.PRIMARY);
        executor.hold();
        robot.clickOn("#submitSignUp");
        shoot(lang, "busy-signup");
        robot.interact(executor::release);
        shoot(lang, "signup-done");

        Money juice = Money.of("1.29", "EUR");
        BigDecimal vat = new BigDecimal("9");
        Receipt.Line apple = new Receipt.Line("Apple juice 1 L", "Fresco", BigDecimal.ONE, juice, juice, vat);
        Receipt receipt = new Receipt("AMS-CHECKOUT-1", 4711, Instant.now(), List.of(apple,
                new Receipt.Line("Tomatoes", null, new BigDecimal("0.512"), Money.of("3.00", "EUR"), Money.of("1.54", "EUR"),
                        vat), apple, new Receipt.Line("Apple juice 1 L", "Sunny Grove", BigDecimal.ONE, juice, juice, vat),
                apple), Money.of("6.70", "EUR"), Receipt.vatLines(java.util.Map.of(vat, Money.of("6.70", "EUR"))),
                "SIM-0001");
        show(robot, new ReceiptScreen(receipt, amsterdam, messages, ReceiptPrinter.none(), () -> { }));
        shoot(lang, "receipt");
    }

    /** The web order's card terminal over the dimmed basket, and the pay button's spinner while the order is placed. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "da"})
    void webOrderPayment(String lang, FxRobot robot) {
        Database owner = DemoDatabase.get();
        Clock clock = Clock.systemUTC();
        Services services = Services.on(owner.transactor(), clock);
        CatalogService catalog = services.catalog();
        InventoryService inventory = new InventoryService(owner.transactor());
        nl.connectedstore.sales.SimulatedPaymentTerminal terminal = new nl.connectedstore.sales.SimulatedPaymentTerminal();
        nl.connectedstore.orders.OrderService orders = services.orders(nl.connectedstore.orders.OrderService.DEFAULT_HOLD,
                services.toResolve());
        nl.connectedstore.suggest.SuggestionService suggestions = new nl.connectedstore.suggest.SuggestionService(
                owner.transactor(), catalog, inventory, services.consents(), new nl.connectedstore.suggest.CurrentModel(
                new nl.connectedstore.suggest.CoPurchaseTraining(owner.transactor(), clock)), clock);
        OrderKit kit = new OrderKit(services.search(), orders, suggestions,
                orders.pickupStores(amsterdam, services.stores().stores()), java.util.Optional.of(terminal),
                java.util.Optional.of(terminal),
                new javafx.beans.property.SimpleDoubleProperty(1));
        KioskShell shell = new KioskShell(catalog, inventory, amsterdam, executor, KioskOptions.DEFAULT_IDLE,
                "AMS-KIOSK-1", new KioskScreens(KioskMode.SHOP, kit.search(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(kit), java.util.Optional.empty()));
        show(robot, shell);
        nl.connectedstore.catalog.ProductCard item = catalog.search(amsterdam,
                        new nl.connectedstore.catalog.SearchQuery("juice", null, 50)).stream()
                .filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.price() != null
                        && p.stock() == nl.connectedstore.catalog.StockStatus.IN_STOCK && p.quantityHere() > 5)
                .findFirst().orElseThrow();
        robot.clickOn("#language-" + lang);
        robot.interact(() -> shell.catalogueForTest(item));
        robot.clickOn("#addToBasket");
        robot.clickOn("#toBasket");
        executor.hold();
        robot.clickOn("#payHere");
        shoot(lang, "busy-order");
        robot.interact(executor::release);
        shoot(lang, "order-payment");
    }

    private static void shoot(String lang, String name) {
        LookShots.save("kiosk-" + name + "-" + lang + ".png");
    }
}
