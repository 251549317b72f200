package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.LookShots;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.StartupPane;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check but a look: puts the kiosk's reversed payment, the note for staff (at checkout and after a web
 * order), the sign-up's and the delivery address's refusals, "order.busy" and the start-up's "waiting for the
 * database" on the headless screen in English, Dutch and Danish and saves each as a PNG for a person to judge.
 * Runs only when asked: {@code mvn -o -pl kiosk-app -am test -Dtest=KioskLookTour -Dlook.out=/tmp/look
 * -Dsurefire.failIfNoSpecifiedTests=false} (see scripts/look.sh).
 */
@EnabledIfSystemProperty(named = "look.out", matches = ".+")
@ExtendWith(FxTests.class)
class KioskLookTour {

    private static Database database;
    private static StoreInfo amsterdam;
    private static PaymentsToResolve toResolve;
    private static AssistanceService assistance;
    private static InventoryService inventory;
    private static OrderService orders;
    private static ShopSearch search;
    private static SuggestionService suggestions;
    private static ProductCard item;
    private Stage stage;

    @BeforeAll
    static void open() {
        database = DemoDatabase.fresh("kiosk-look-", new DemoChain.Size(200, 300, 10));
        StoreService stores = Services.on(database.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        toResolve = PaymentsToResolve.of(database, Clock.systemUTC());
        assistance = new AssistanceService(database.transactor(), stores, Clock.systemUTC());
        inventory = new InventoryService(database.transactor());
        CatalogService catalog = new CatalogService(database.transactor());
        orders = Services.on(database.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD, toResolve);
        search = Services.on(database.transactor()).search();
        search.rebuild(ProgressListener.NONE);
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(database.transactor(), Clock.systemUTC()));
        model.retrain(ProgressListener.NONE);
        suggestions = new SuggestionService(database.transactor(), catalog, inventory,
                Services.on(database.transactor(), Clock.systemUTC()).consents(), model, Clock.systemUTC());
        item = TestKits.everydayItem(catalog, amsterdam, 10);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private KioskShell show(FxRobot robot, KioskMode mode, SimulatedPaymentTerminal terminal) {
        CheckoutKit kit = new CheckoutKit(mode == KioskMode.CHECKOUT ? "AMS-CHECKOUT-1" : "AMS-KIOSK-1",
                Services.on(database.transactor(), Clock.systemUTC()).checkout(toResolve), assistance, new ScanStream(),
                new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal, CameraHolder.none(), Beeper.SILENT,
                ReceiptPrinter.none(), Duration.ofMillis(100));
        OrderKit orderKit = mode == KioskMode.CHECKOUT ? null : new OrderKit(search, orders, suggestions,
                orders.pickupStores(amsterdam, Services.on(database.transactor()).stores().stores()),
                Optional.of(terminal), Optional.of(terminal),
                new SimpleDoubleProperty(1));
        LoyaltyKit loyalty = mode == KioskMode.CHECKOUT ? null : TestKits.loyalty(database.transactor(),
                Clock.systemUTC(), Path.of("target", "exports"));
        CatalogService catalog = new CatalogService(database.transactor());
        KioskScreens screens = new KioskScreens(mode, orderKit == null ? new ShopSearch(catalog) : orderKit.search(),
                Optional.of(kit), Optional.ofNullable(loyalty), Optional.ofNullable(orderKit), Optional.empty());
        KioskShell shell = new KioskShell(catalog, inventory, amsterdam,
                TaskExecutor.direct(), KioskOptions.DEFAULT_IDLE, kit.terminalCode(), screens);
        robot.interact(() -> setRoot(shell));
        return shell;
    }

    private void setRoot(Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** What the headless screen shows, overlays and pop-ups included: each showing window drawn where it stands. */
    private static void shoot(String lang, String name) {
        LookShots.save("kiosk-" + name + "-" + lang + ".png");
    }

    private static void rename(String from, String to) {
        database.transactor().write(s -> s.createNativeMutationQuery("alter table " + from + " rename to " + to)
                .executeUpdate());
    }

    private static void refusePaidEvents(boolean refuse) {
        database.transactor().write(s -> s.createNativeMutationQuery(refuse
                ? "alter table order_event add constraint look_refuse_paid check (kind <> 'PAID')"
                : "alter table order_event drop constraint look_refuse_paid").executeUpdate());
    }

    private static Messages messages(String lang) {
        return Messages.of(new Locale(lang, "da".equals(lang) ? "DK" : "NL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "da"})
    void checkout(String lang, FxRobot robot) {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        KioskShell shell = show(robot, KioskMode.CHECKOUT, terminal);
        robot.clickOn("#language-" + lang);
        HandScanner.scan(robot, shell, item.gtin());
        robot.clickOn("#pay");
        rename("payment", "payment_gone");
        try {
            robot.clickOn("#sim-approved");
        } finally {
            rename("payment_gone", "payment");
        }
        shoot(lang, "checkout-reversed");

        terminal.failReversals(true);
        robot.clickOn("#pay");
        rename("payment", "payment_gone");
        try {
            robot.clickOn("#sim-approved");
        } finally {
            rename("payment_gone", "payment");
        }
        shoot(lang, "checkout-note");
        robot.clickOn("#unrecordedCallStaff");
        shoot(lang, "checkout-note-staff-coming");
        robot.clickOn("#unrecordedClose");
        shoot(lang, "checkout-note-closed");
    }

    /** "Erase my account" with no counter running: recorded; the same card again: its erasure is under way. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "da"})
    void portalErasureRecorded(String lang, FxRobot robot) throws Exception {
        Database kiosk = DemoDatabase.as(database, nl.connectedstore.persistence.AppRole.KIOSK);
        try {
            nl.connectedstore.customers.CardView card = nl.connectedstore.testing.Services.on(
                    kiosk.transactor(), Clock.systemUTC()).customers().signUp(new nl.connectedstore.customers.CustomerService.SignUp(
                    "Ingeborg", "Vestergaard-Rasmussen", "ingeborg@example.dk", "", lang), java.util.Map.of(
                    nl.connectedstore.consent.Purpose.RECOGNITION, 6), new byte[] {1},
                    nl.connectedstore.consent.Channel.KIOSK, "AMS-KIOSK-1").card();
            LoyaltyKit loyalty = TestKits.loyalty(kiosk.transactor(), Clock.systemUTC(), Path.of("target", "exports"));
            CatalogService catalog = new CatalogService(kiosk.transactor());
            KioskShell shell = new KioskShell(catalog, inventory, amsterdam, TaskExecutor.direct(),
                    KioskOptions.DEFAULT_IDLE, "AMS-KIOSK-1", KioskScreens.shop(new ShopSearch(catalog)).withLoyalty(loyalty));
            robot.interact(() -> setRoot(shell));
            robot.clickOn("#language-" + lang);
            HandScanner.scan(robot, shell, card.qrPayload());
            robot.clickOn("#checkInMyData");
            shoot(lang, "portal-open");
            robot.clickOn("#eraseAccount");
            shoot(lang, "portal-erase-confirm");
            robot.clickOn("#eraseYes");
            WaitForAsyncUtils.waitForFxEvents();
            shoot(lang, "portal-erasing");
            WaitForAsyncUtils.waitFor(PortalPresenter.ERASURE_WAIT.toSeconds() + 10, java.util.concurrent.TimeUnit.SECONDS,
                    OnFx.present(robot, "#erasureRecorded"));
            shoot(lang, "portal-erase-recorded");
            robot.clickOn("#erasedDone");
            robot.clickOn("#language-" + lang);
            robot.clickOn("#toPortal");
            HandScanner.scan(robot, shell, card.qrPayload());
            shoot(lang, "portal-erasure-under-way");
        } finally {
            kiosk.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "da"})
    void signUpRefusals(String lang, FxRobot robot) {
        show(robot, KioskMode.SHOP, new SimulatedPaymentTerminal());
        robot.clickOn("#language-" + lang);
        robot.clickOn("#toSignUp");
        robot.interact(() -> robot.lookup("#firstName").queryAs(TextField.class).setText("Emma\uD800"));
        robot.clickOn("#submitSignUp");
        shoot(lang, "signup-name-unreadable");
        robot.interact(() -> {
            robot.lookup("#firstName").queryAs(TextField.class).setText("Emma");
            robot.lookup("#email").queryAs(TextField.class).setText("e".repeat(200) + "@example.nl");
        });
        robot.clickOn("#submitSignUp");
        shoot(lang, "signup-email-too-long");
        // a kiosk always signs up in its own languages: the screen is only ever told this by a changed client
        robot.interact(() -> robot.lookup("#signUpProblem").queryAs(Label.class)
                .setText(messages(lang).get("signup.problem.UNSUPPORTED_LANGUAGE")));
        shoot(lang, "signup-unsupported-language");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "da"})
    void webOrder(String lang, FxRobot robot) {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        KioskShell shell = show(robot, KioskMode.SHOP, terminal);
        robot.clickOn("#language-" + lang);
        robot.interact(() -> shell.catalogueForTest(item));
        robot.clickOn("#addToBasket");
        robot.clickOn("#toBasket");
        robot.clickOn("#deliverHome");
        robot.interact(() -> {
            robot.lookup("#addrName").queryAs(TextField.class).setText("Emma\uD800 de Vries");
            robot.lookup("#addrStreet").queryAs(TextField.class).setText("Prinsengracht " + "x".repeat(200));
            robot.lookup("#addrPostcode").queryAs(TextField.class).setText("10");
            robot.lookup("#addrCity").queryAs(TextField.class).setText("Amster\uDC00dam");
        });
        robot.clickOn("#payAtCounter");
        shoot(lang, "order-address-problems");
        robot.interact(() -> robot.lookup("#orderProblem").queryAs(Label.class)
                .setText(messages(lang).get("order.busy")));
        shoot(lang, "order-busy");

        // pick it up here, pay; the payment cannot be stored with the order, the terminal reverses it
        robot.clickOn("#pickUpHere");
        robot.interact(() -> robot.lookup("#orderProblem").queryAs(Label.class).setText(""));
        robot.clickOn("#payHere");
        refusePaidEvents(true);
        try {
            robot.clickOn("#sim-approved");
        } finally {
            refusePaidEvents(false);
        }
        shoot(lang, "order-done-reversed");

        // again, and the terminal cannot reverse it either
        terminal.failReversals(true);
        if (robot.lookup("#retryPayment").tryQuery().isPresent()) {
            robot.clickOn("#retryPayment");
            refusePaidEvents(true);
            try {
                robot.clickOn("#sim-approved");
            } finally {
                refusePaidEvents(false);
            }
            shoot(lang, "order-done-note");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "da"})
    void startupWaitingForTheDatabase(String lang, FxRobot robot) {
        DatabaseConfig config = DatabaseConfig.resolve(java.util.Map.of("home", "target/look-home"),
                java.util.Map.of());
        TaskExecutor never = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
            }
        };
        StartupPane pane = new StartupPane("Connected Store", messages(lang), never, config, null, db -> { },
                () -> { });
        robot.interact(() -> {
            setRoot(pane);
            pane.start();
            robot.lookup("#startupStatus").queryAs(Label.class)
                    .setText(messages(lang).get("startup.waitingForDatabase"));
            robot.lookup("#startupProgress").queryAs(ProgressBar.class).setProgress(0.35);
        });
        shoot(lang, "startup-waiting");
    }
}
