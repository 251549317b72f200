package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.persistence.Database;
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
import nl.connectedstore.ui.CutOffText;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.Shown;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, point 2: no word cut off with "…" (or dropped beside its icon, or pushed out of the window) on any of
 * the kiosk's screens, in English, Dutch and Danish, at the kiosk's two screen sizes (each screen is reached once per
 * language and looked at in both sizes, the window resized in between). Visits each screen as a
 * customer reaches it on the demo chain and collects every cut-off text ({@link CutOffText}) before failing, so one
 * run lists them all.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class KioskCutOffTextTest {

    private static Database database;
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static PaymentsToResolve toResolve;
    private static AssistanceService assistance;
    private static InventoryService inventory;
    private static OrderService orders;
    private static ShopSearch search;
    private static SuggestionService suggestions;
    private static ProductCard item;
    private static ProductCard wine;
    private static CustomerService customers;
    private Stage stage;
    private final List<String> cutOffs = new ArrayList<>();
    private String size;
    private String lang;

    @BeforeAll
    static void open() {
        database = DemoDatabase.get();
        kiosk = DemoDatabase.getAs(nl.connectedstore.persistence.AppRole.KIOSK);
        StoreService stores = Services.on(database.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        toResolve = PaymentsToResolve.of(database, Clock.systemUTC());
        assistance = new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(), Clock.systemUTC());
        inventory = new InventoryService(kiosk.transactor());
        CatalogService catalog = new CatalogService(kiosk.transactor());
        orders = Services.on(database.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD, toResolve);
        search = Services.on(database.transactor()).search();
        search.rebuild(ProgressListener.NONE);
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(database.transactor(), Clock.systemUTC()));
        model.retrain(ProgressListener.NONE);
        suggestions = new SuggestionService(database.transactor(), catalog, inventory,
                Services.on(database.transactor(), Clock.systemUTC()).consents(), model, Clock.systemUTC());
        item = TestKits.everydayItem(catalog, amsterdam, 10);
        wine = catalog.search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> p.minimumAge() >= 18 && p.price() != null && p.stock() == StockStatus.IN_STOCK)
                .findFirst().orElseThrow();
        customers = Services.on(kiosk.transactor(), Clock.systemUTC()).customers();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The kiosk's two screen sizes: each screen is looked at in both, the window resized in between. */
    private static final List<int[]> SIZES = List.of(new int[] {1280, 800}, new int[] {1920, 1080});

    private KioskShell show(FxRobot robot, KioskMode mode) {
        int width = SIZES.get(0)[0];
        int height = SIZES.get(0)[1];
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CheckoutKit kit = new CheckoutKit(mode.checksOut() ? "AMS-CHECKOUT-1" : "AMS-KIOSK-1",
                Services.on(database.transactor(), Clock.systemUTC()).checkout(toResolve), assistance, new ScanStream(),
                new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal, CameraHolder.none(), Beeper.SILENT,
                ReceiptPrinter.none(), Duration.ofMillis(100));
        OrderKit orderKit = mode == KioskMode.CHECKOUT ? null : new OrderKit(search, orders, suggestions,
                orders.pickupStores(amsterdam, Services.on(database.transactor()).stores().stores()),
                Optional.of(terminal), Optional.of(terminal),
                new SimpleDoubleProperty(1));
        LoyaltyKit loyalty = mode == KioskMode.CHECKOUT ? null : TestKits.loyalty(kiosk.transactor(),
                Clock.systemUTC(), Path.of("target", "exports"));
        CatalogService catalog = new CatalogService(kiosk.transactor());
        KioskScreens screens = new KioskScreens(mode, orderKit == null ? new ShopSearch(catalog) : orderKit.search(),
                Optional.of(kit), Optional.ofNullable(loyalty), Optional.ofNullable(orderKit),
                Optional.of(Services.on(kiosk.transactor(), Clock.systemUTC()).feedback()));
        KioskShell shell = new KioskShell(catalog, inventory, amsterdam,
                TaskExecutor.direct(), KioskOptions.DEFAULT_IDLE, kit.terminalCode(), screens);
        robot.interact(() -> {
            Scene scene = new Scene(shell, width, height);
            Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        return shell;
    }

    /** Collects what is cut off on the screen showing, at each of the kiosk's sizes, and goes back to the first. */
    private void look(FxRobot robot, String screen) {
        for (int[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            lookAt(screen, size[0], size[1]);
        }
        robot.interact(() -> {
            stage.setWidth(SIZES.get(0)[0]);
            stage.setHeight(SIZES.get(0)[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void lookAt(String screen, int width, int height) {
        WaitForAsyncUtils.waitForFxEvents();
        List<CutOffText.CutOff> found;
        try {
            found = WaitForAsyncUtils.asyncFx(() -> {
                        Scene scene = stage.getScene();
                        if (scene.getWidth() != width || scene.getHeight() != height) {
                            throw new IllegalStateException("the window is " + scene.getWidth() + "x"
                                    + scene.getHeight() + ", not " + width + "x" + height);
                        }
                        return CutOffText.in(scene);
                    })
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        size = lang + "-" + width + "x" + height;
        found.forEach(c -> cutOffs.add(screen + " at " + width + "x" + height + ": " + c));
        if (System.getProperty("look.out") != null) {
            save(screen);
        }
    }

    /** With -Dlook.out=folder, each screen visited is saved as a PNG too, for a person to look at. */
    private void save(String screen) {
        Scene scene = stage.getScene();
        String name = "kiosk-" + screen.replaceAll("[^a-z]+", "-") + "-" + size + ".png";
        try {
            javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null))
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            Path file = Path.of(System.getProperty("look.out"), name);
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} at 1280x800 and 1920x1080")
    @ValueSource(strings = {"en", "nl", "da"})
    void noTextIsCutOffOnAnyScreen(String lang, FxRobot robot) {
        this.lang = lang;
        // the kiosk as it starts by default: shop and self-checkout, so its top bar carries every button
        KioskShell shell = show(robot, KioskMode.BOTH);
        look(robot, "welcome");
        robot.clickOn("#language-" + lang);
        look(robot, "catalogue");
        robot.interact(() -> shell.catalogueForTest(item));
        look(robot, "product");
        robot.clickOn("#addToBasket");
        robot.clickOn("#toBasket");
        look(robot, "order");
        robot.clickOn("#deliverHome");
        look(robot, "order, delivered home");
        robot.clickOn("#pickUpHere");
        robot.clickOn("#payHere");
        Shown.await(robot, "#sim-declined");
        look(robot, "order, paying by card");
        robot.clickOn("#sim-declined");
        // a declined card keeps the order: placed, to pay at the counter or to try again
        Shown.await(robot, "#orderCode");
        look(robot, "order placed, card declined");

        robot.interact(shell::showAttract);
        robot.clickOn("#language-" + lang);
        robot.clickOn("#toSignUp");
        Shown.await(robot, "#submitSignUp");
        look(robot, "sign-up");
        robot.clickOn("#submitSignUp");
        look(robot, "sign-up refused");
        robot.clickOn("#firstName").write("Anne-Marijke");
        robot.clickOn("#purpose-RECOGNITION");
        Node pad = robot.lookup("#signaturePad").query();
        robot.moveTo(pad).moveBy(-150, 0).press(MouseButton.PRIMARY).moveBy(100, 20).moveBy(100, -30)
                .release(MouseButton.PRIMARY);
        robot.clickOn("#submitSignUp");
        Shown.await(robot, "#cardNumber");
        look(robot, "signed up");

        CardView card = customers.signUp(new CustomerService.SignUp("Emma", "de Vries", "emma@example.nl",
                        "+31 6 5555 0101", lang), Map.of(Purpose.RECOGNITION, 6, Purpose.PERSONAL_ADVICE, 12),
                new byte[] {1, 2, 3}, Channel.KIOSK, "AMS-KIOSK-1").card();
        robot.interact(shell::showAttract);
        robot.clickOn("#language-" + lang);
        HandScanner.scan(robot, shell, card.qrPayload());
        Shown.await(robot, "#checkInMyData");
        look(robot, "check-in");
        robot.clickOn("#checkInMyData");
        Shown.await(robot, "#withdraw-RECOGNITION");
        look(robot, "privacy portal");
        robot.clickOn("#withdraw-RECOGNITION");
        look(robot, "privacy portal, after a withdrawal");

        KioskShell checkout = show(robot, KioskMode.CHECKOUT);
        robot.clickOn("#language-" + lang);
        look(robot, "checkout");
        HandScanner.scan(robot, checkout, item.gtin());
        Shown.await(robot, "#pay");
        look(robot, "checkout, one item");
        robot.clickOn("#pay");
        Shown.await(robot, "#sim-approved");
        look(robot, "checkout, paying");
        robot.clickOn("#sim-approved");
        Shown.await(robot, "#feedback-rate-4");
        look(robot, "receipt, asking how it was");
        robot.clickOn("#feedback-rate-4");
        Shown.await(robot, "#feedbackComment");
        look(robot, "receipt, a comment");

        KioskShell ageCheck = show(robot, KioskMode.CHECKOUT);
        robot.clickOn("#language-" + lang);
        HandScanner.scan(robot, ageCheck, wine.gtin());
        Shown.await(robot, "#ageWait");
        look(robot, "checkout, waiting for an age check");
        robot.interact(ageCheck::showAttract); // the customer walks away: the kiosk withdraws its request

        assertThat(cutOffs).as("text cut off in %s", lang).isEmpty();
    }
}
