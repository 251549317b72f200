package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
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
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.CutOffText;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.KeyboardLayout;
import nl.connectedstore.ui.Shown;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import nl.connectedstore.ui.TouchKeyboard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, point 1: a touch kiosk without a keyboard. Every text field tapped opens the on-screen keyboard with the
 * keys it needs; tapping keys searches the catalogue and fills in the sign-up (an accented name in Dutch and in
 * Danish, an e-mail, a phone number); the keyboard never covers the field it types into, at 1280x800 and 1920x1080,
 * and none of its keys' words is cut off in any language. Taps are never taken for a hand scanner's burst, while a
 * scanner still scans.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class TouchKeyboardTest {

    private static Database database;
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static PaymentsToResolve toResolve;
    private static AssistanceService assistance;
    private static InventoryService inventory;
    private static OrderService orders;
    private static nl.connectedstore.catalog.ShopSearch search;
    private static SuggestionService suggestions;
    private static ProductCard item;
    private Stage stage;
    private KioskShell shell;
    /** The language of the screens being looked at. */
    private String lang = "";

    @BeforeAll
    static void open() {
        database = DemoDatabase.get();
        kiosk = DemoDatabase.getAs(nl.connectedstore.persistence.AppRole.KIOSK);
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        toResolve = PaymentsToResolve.of(database, Clock.systemUTC());
        assistance = new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(),
                Clock.systemUTC());
        inventory = new InventoryService(kiosk.transactor());
        CatalogService catalog = new CatalogService(kiosk.transactor());
        orders = Services.on(database.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD, toResolve);
        search = Services.on(database.transactor()).search();
        search.rebuild(ProgressListener.NONE);
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(database.transactor(), Clock.systemUTC()));
        model.retrain(ProgressListener.NONE);
        suggestions = new SuggestionService(database.transactor(), catalog, inventory,
                Services.on(database.transactor()).consents(), model, Clock.systemUTC());
        item = TestKits.everydayItem(catalog, amsterdam, 10);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A kiosk that shops, checks out, signs up and asks for feedback: every text field the kiosk has. */
    private void show(FxRobot robot, int width, int height) {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CheckoutKit kit = new CheckoutKit("AMS-CHECKOUT-1",
                Services.on(database.transactor(), Clock.systemUTC()).checkout(toResolve), assistance, new ScanStream(),
                new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal, CameraHolder.none(), Beeper.SILENT,
                ReceiptPrinter.none(), Duration.ofMillis(100));
        OrderKit orderKit = new OrderKit(search, orders, suggestions,
                orders.pickupStores(amsterdam, Services.on(database.transactor()).stores().stores()), Optional.of(terminal),
                Optional.of(terminal),
                new SimpleDoubleProperty(1));
        LoyaltyKit loyalty = TestKits.loyalty(kiosk.transactor(), Clock.systemUTC(), Path.of("target", "exports"));
        KioskScreens screens = new KioskScreens(KioskMode.BOTH, orderKit.search(), Optional.of(kit),
                Optional.of(loyalty), Optional.of(orderKit),
                Optional.of(Services.on(kiosk.transactor(), Clock.systemUTC()).feedback()));
        shell = new KioskShell(new CatalogService(kiosk.transactor()), inventory, amsterdam, TaskExecutor.direct(),
                KioskOptions.DEFAULT_IDLE, kit.terminalCode(), screens);
        robot.interact(() -> {
            Scene scene = new Scene(shell, width, height);
            Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
    }

    /** Taps the keys for a text one character at a time, with Shift where a capital is wanted and not shown. */
    private static void tap(FxRobot robot, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                robot.clickOn("#osk-space");
                continue;
            }
            String id = new KeyboardLayout.Key(KeyboardLayout.Key.Kind.CHARACTER,
                    String.valueOf(Character.toLowerCase(c))).id();
            Button key = robot.lookup("#" + id).queryButton();
            if (!key.getText().equals(String.valueOf(c))) {
                robot.clickOn("#osk-shift");
            }
            assertThat(key.getText()).as("the key shows what it types").isEqualTo(String.valueOf(c));
            robot.clickOn(key);
        }
    }

    private static TextInputControl field(FxRobot robot, String id) {
        return robot.lookup(id).queryTextInputControl();
    }

    private TouchKeyboard keyboard() {
        return shell.keyboard().showing();
    }

    @Test
    void tappedKeysSearchTheCatalogue(FxRobot robot) {
        show(robot, 1280, 800);
        robot.clickOn("#language-nl");
        assertThat(keyboard()).as("not before a field is tapped").isNull();
        robot.clickOn("#search");
        assertThat(keyboard()).isNotNull();
        assertThat(keyboard().kind()).isEqualTo(KeyboardLayout.TEXT);
        tap(robot, "spaghetti");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(field(robot, "#search").getText()).isEqualTo("spaghetti");
        assertThat(field(robot, "#search").isFocused()).as("the keys never take the focus").isTrue();
        assertThat(robot.lookup("#resultCount").queryAs(Label.class).getText()).endsWith("producten");
        assertThat(robot.lookup(".product-tile").<Node>queryAll()).isNotEmpty();
        robot.clickOn("#osk-backspace");
        assertThat(field(robot, "#search").getText()).isEqualTo("spaghett");

        robot.clickOn("#osk-done");
        assertThat(keyboard()).as("Done puts it away").isNull();
        assertThat(field(robot, "#search").getText()).isEqualTo("spaghett");

        robot.clickOn("#search");
        assertThat(keyboard()).isNotNull();
        robot.type(javafx.scene.input.KeyCode.END); // the tap put the caret where the finger was
        robot.write("i"); // a hardware keyboard still types, and the on-screen one steps aside for it
        assertThat(field(robot, "#search").getText()).isEqualTo("spaghetti");
        assertThat(keyboard()).isNull();
    }

    @Test
    void theCardPromptKeepsItsOwnKeypad(FxRobot robot) {
        show(robot, 1280, 800);
        robot.clickOn("#language-en");
        robot.clickOn("#toPortal");
        robot.clickOn("#key-1");
        robot.clickOn("#key-2");
        assertThat(robot.lookup("#keypadDisplay").queryAs(Label.class).getText()).isEqualTo("12");
        assertThat(keyboard()).as("no second keyboard over the keypad").isNull();
    }

    @Test
    void aDutchCustomerSignsUpByTouchWithAnAccentedNameAndAnEmail(FxRobot robot) {
        show(robot, 1280, 800);
        robot.clickOn("#language-nl");
        robot.clickOn("#toSignUp");
        robot.clickOn("#firstName");
        assertThat(keyboard().kind()).isEqualTo(KeyboardLayout.NAME);
        assertThat(robot.lookup("#osk-c").queryButton().getText()).as("a name starts with a capital").isEqualTo("C");
        tap(robot, "Céline");
        assertThat(robot.lookup("#osk-done").queryButton().getText()).isEqualTo("Volgende");
        robot.clickOn("#osk-done");
        assertThat(field(robot, "#lastName").isFocused()).as("Next goes to the next field").isTrue();
        assertThat(keyboard()).as("still open for the next field").isNotNull();
        tap(robot, "Noël");
        robot.clickOn("#email");
        assertThat(keyboard().kind()).isEqualTo(KeyboardLayout.EMAIL);
        tap(robot, "celine_noel@example");
        robot.clickOn("#osk-dotcom");
        robot.clickOn("#osk-done");
        assertThat(keyboard().kind()).as("Next: the phone, on a keypad").isEqualTo(KeyboardLayout.PHONE);
        assertThat(robot.lookup("#osk-done").queryButton().getText()).as("the last field").isEqualTo("Klaar");
        robot.clickOn("#osk-done");
        assertThat(keyboard()).isNull();

        assertThat(field(robot, "#firstName").getText()).isEqualTo("Céline");
        assertThat(field(robot, "#lastName").getText()).isEqualTo("Noël");
        assertThat(field(robot, "#email").getText()).isEqualTo("celine_noel@example.com");
        String card = signAndSubmit(robot);
        assertThat(stored(card, "first_name")).isEqualTo("Céline");
        assertThat(stored(card, "last_name")).isEqualTo("Noël");
        assertThat(stored(card, "email")).isEqualTo("celine_noel@example.com");
    }

    @Test
    void aDanishCustomerSignsUpByTouchWithØAndAPhoneNumber(FxRobot robot) {
        show(robot, 1280, 800);
        robot.clickOn("#language-da");
        robot.clickOn("#toSignUp");
        robot.clickOn("#firstName");
        assertThat(robot.lookup("#osk-u00f8").queryButton().isVisible()).as("ø has its own key").isTrue();
        tap(robot, "Søren");
        robot.clickOn("#lastName");
        tap(robot, "Mørk");
        robot.clickOn("#phone");
        assertThat(keyboard().kind()).isEqualTo(KeyboardLayout.PHONE);
        assertThat(robot.lookup("#osk-q").tryQuery()).as("a keypad, not letters").isEmpty();
        tap(robot, "+4512345678");
        robot.clickOn("#osk-close");
        assertThat(keyboard()).isNull();

        assertThat(field(robot, "#firstName").getText()).isEqualTo("Søren");
        assertThat(field(robot, "#phone").getText()).isEqualTo("+4512345678");
        String card = signAndSubmit(robot);
        assertThat(stored(card, "first_name")).isEqualTo("Søren");
        assertThat(stored(card, "last_name")).isEqualTo("Mørk");
        assertThat(stored(card, "phone")).isEqualTo("+4512345678");
    }

    /** Ticks one purpose, signs, sends; returns the card number shown. */
    private static String signAndSubmit(FxRobot robot) {
        robot.clickOn("#purpose-RECOGNITION");
        Node pad = robot.lookup("#signaturePad").query();
        robot.moveTo(pad).moveBy(-150, 0).press(MouseButton.PRIMARY).moveBy(100, 20).moveBy(100, -30)
                .release(MouseButton.PRIMARY);
        robot.clickOn("#submitSignUp");
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#cardNumber").queryAs(Label.class).getText();
        return shown.replaceAll("\\D", "");
    }

    private static String stored(String cardNumber, String column) {
        return database.transactor().read(s -> (String) s.createNativeQuery("select c." + column
                        + " from customer c join loyalty_card k on k.customer_id = c.id where k.card_number = ?1")
                .setParameter(1, cardNumber).getSingleResult());
    }

    @Test
    void tappedDigitsAreNeverAScanWhileAHandScannerStillScans(FxRobot robot) {
        show(robot, 1280, 800);
        robot.clickOn("#language-en");
        Node catalogue = shell.current();
        robot.clickOn("#search");
        tap(robot, item.gtin()); // as fast as the robot taps, then Done
        robot.clickOn("#osk-done");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.current()).as("still the catalogue: no checkout was started").isSameAs(catalogue);
        assertThat(shell.checkout()).isNull();
        assertThat(field(robot, "#search").getText()).isEqualTo(item.gtin());

        robot.clickOn("#search");
        assertThat(keyboard()).isNotNull();
        HandScanner.scan(robot, shell, item.gtin());
        assertThat(shell.checkout()).as("a scanner's burst is a scan").isNotNull();
        assertThat(shell.current()).isSameAs(shell.checkout());
        assertThat(shell.checkout().presenter().lines()).hasSize(1);
        assertThat(keyboard()).as("the screen changed: the keyboard went with it").isNull();
    }

    static Stream<Arguments> languagesAndSizes() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : List.of("en", "nl", "da")) {
            all.add(Arguments.of(lang, 1280, 800));
            all.add(Arguments.of(lang, 1920, 1080));
        }
        return all.stream();
    }

    /**
     * Every text field of the kiosk, tapped: the keyboard opens with the keys it needs, the field stays in view above
     * the keys (the screen slides up where it must), and none of the keys' words is cut off.
     */
    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("languagesAndSizes")
    void theKeyboardOpensForEveryFieldAndNeverCoversIt(String lang, int width, int height, FxRobot robot) {
        this.lang = lang;
        show(robot, width, height);
        List<String> problems = new ArrayList<>();
        robot.clickOn("#language-" + lang);
        check(robot, "#search", KeyboardLayout.TEXT, problems);
        robot.clickOn("#osk-close");
        check(robot, "#minPrice", KeyboardLayout.PRICE, problems);
        robot.clickOn("#osk-close");

        robot.clickOn("#toSignUp");
        Shown.await(robot, "#firstName");
        check(robot, "#firstName", KeyboardLayout.NAME, problems);
        check(robot, "#lastName", KeyboardLayout.NAME, problems);
        check(robot, "#email", KeyboardLayout.EMAIL, problems);
        check(robot, "#phone", KeyboardLayout.PHONE, problems);
        robot.clickOn("#osk-close");
        robot.clickOn("#back");

        robot.interact(() -> shell.catalogueForTest(item));
        robot.clickOn("#addToBasket");
        robot.clickOn("#toBasket");
        robot.clickOn("#deliverHome");
        Shown.await(robot, "#addrName");
        check(robot, "#addrName", KeyboardLayout.NAME, problems);
        check(robot, "#addrStreet", KeyboardLayout.NAME, problems);
        check(robot, "#addrPostcode", KeyboardLayout.TEXT, problems);
        check(robot, "#addrCity", KeyboardLayout.NAME, problems);
        robot.clickOn("#osk-close");
        assertThat(shell.current().getTranslateY()).as("the screen comes back down").isZero();

        robot.interact(shell::showAttract);
        robot.clickOn("#language-" + lang);
        robot.clickOn("#toCheckout");
        HandScanner.scan(robot, shell, item.gtin());
        Shown.await(robot, "#pay");
        robot.clickOn("#pay");
        Shown.await(robot, "#sim-approved");
        robot.clickOn("#sim-approved");
        Shown.await(robot, "#feedback-rate-4");
        robot.clickOn("#feedback-rate-4");
        Shown.await(robot, "#feedbackComment");
        check(robot, "#feedbackComment", KeyboardLayout.TEXT, problems);
        tap(robot, "ok");
        assertThat(field(robot, "#feedbackComment").getText()).isEqualTo("ok");

        assertThat(problems).as("%s at %dx%d", lang, width, height).isEmpty();
    }

    /** With -Dlook.out=folder, each field with its keyboard open is saved as a PNG too, for a person to look at. */
    private void save(String field) {
        Scene scene = stage.getScene();
        String name = "keyboard-" + lang + "-" + field + "-" + Math.round(scene.getWidth())
                + "x" + Math.round(scene.getHeight()) + ".png";
        try {
            javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null))
                    .get(10, TimeUnit.SECONDS);
            Path file = Path.of(System.getProperty("look.out"), name);
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(FxRobot robot, String id, KeyboardLayout wanted, List<String> problems) {
        TouchKeyboard open = keyboard();
        if (open != null && robot.lookup(id).query().localToScreen(robot.lookup(id).query().getBoundsInLocal())
                .intersects(open.localToScreen(open.getLayoutBounds()))) {
            robot.clickOn("#osk-close"); // a field under the keys: put them away first, as a customer would
        }
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
        TouchKeyboard keys = keyboard();
        if (keys == null) {
            problems.add(id + ": no keyboard");
            return;
        }
        TextInputControl field = field(robot, id);
        if (keys.field() != field || keys.kind() != wanted) {
            problems.add(id + ": typing into " + keys.field() + " with " + keys.kind() + ", wanted " + wanted);
        }
        Bounds onScreen = field.localToScreen(field.getBoundsInLocal());
        Bounds keysOnScreen = keys.localToScreen(keys.getLayoutBounds()); // the keys, not their shadow
        Bounds window = stage.getScene().getRoot().localToScreen(stage.getScene().getRoot().getLayoutBounds());
        if (onScreen.intersects(keysOnScreen)) {
            problems.add(id + ": covered, field " + onScreen + ", keys " + keysOnScreen);
        }
        if (onScreen.getMinY() < window.getMinY() || onScreen.getMaxY() > keysOnScreen.getMinY()) {
            problems.add(id + ": not in view above the keys, field " + onScreen + ", keys " + keysOnScreen);
        }
        if (keysOnScreen.getMaxY() > window.getMaxY() + 1 || keysOnScreen.getHeight() < 56) {
            problems.add(id + ": keys not on screen: " + keysOnScreen + " in " + window);
        }
        try {
            WaitForAsyncUtils.asyncFx(() -> CutOffText.in(stage.getScene())).get(10, TimeUnit.SECONDS).stream()
                    .filter(c -> c.where().startsWith("#osk-") || c.where().contains("#touchKeyboard"))
                    .forEach(c -> problems.add(id + ": key cut off: " + c));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (System.getProperty("look.out") != null) {
            save(id.substring(1));
        }
        for (Node key : keys.lookupAll(".osk-key")) {
            if (key.getLayoutBounds().getHeight() < 56) {
                problems.add(id + ": key " + key.getId() + " is " + key.getLayoutBounds().getHeight() + " px high");
            }
        }
    }
}
