package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The privacy portal, clicked through headless: one happy path (scan the card, see everything, withdraw, renew,
 * export, erase) and one failure path (cards that open nothing), plus the kiosk's routing of a card to the check-in
 * welcome or the portal. The session's branches (double taps, withdrawn elsewhere, erasure only recorded, the idle
 * reset) are {@link PortalPresenterTest}'s, without a toolkit.
 */
@ExtendWith(FxTests.class)
class PortalFlowTest {

    private static Database database;
    /** What the kiosk's services use: the kiosk's own database user. */
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static CustomerService customers;
    private static ConsentService consents;
    @TempDir
    static Path usbStick;

    private Stage stage;
    private KioskShell shell;
    private final HeldExecutor executor = new HeldExecutor();

    @BeforeAll
    static void openDemoChain() {
        database = DemoDatabase.get();
        kiosk = DemoDatabase.getAs(nl.connectedstore.persistence.AppRole.KIOSK);
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        customers = Services.on(kiosk.transactor(), Clock.systemUTC()).customers();
        consents = new ConsentService(kiosk.transactor(), Clock.systemUTC());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(kiosk(KioskOptions.DEFAULT_IDLE));
        stage.show();
    }

    private Scene kiosk(Duration idle) {
        if (shell != null) {
            shell.showAttract();
        }
        LoyaltyKit loyalty = TestKits.loyalty(kiosk.transactor(), Clock.systemUTC(), usbStick);
        CatalogService catalog = new CatalogService(kiosk.transactor());
        shell = new KioskShell(catalog, new InventoryService(kiosk.transactor()),
                amsterdam, executor, idle, "AMS-KIOSK-1", KioskScreens.shop(new ShopSearch(catalog)).withLoyalty(loyalty));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        return scene;
    }

    private static CardView signUp(String name) {
        return customers.signUp(new CustomerService.SignUp(name, "Portal", name.toLowerCase(Locale.ROOT)
                                + "@example.nl", "+31 6 5555 0101", "en"),
                Map.of(Purpose.RECOGNITION, 6, Purpose.PERSONAL_ADVICE, 12), new byte[] {1, 2, 3}, Channel.KIOSK,
                "AMS-KIOSK-1").card();
    }

    /** A USB hand scanner: the code and Enter as one fast burst of key strokes. */
    private void handScan(FxRobot robot, String code) {
        HandScanner.scan(robot, shell, code);
    }

    /** The customer scans their card (checked in) and taps "My data". */
    private void openMyData(FxRobot robot, CardView card) {
        handScan(robot, card.qrPayload());
        assertThat(robot.lookup("#checkIn").tryQuery()).as("the scan checks the customer in first").isPresent();
        robot.clickOn("#checkInMyData");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /**
     * The happy path through the whole session, each step as the customer sees it: checked in, "My data", everything
     * held and who looked, a withdrawal, a renewal (refused unsigned, then signed), "Save my data", and the erasure
     * asked twice and carried out by the store's counter. The branches are {@link PortalPresenterTest}'s.
     */
    @Test
    void aRegularSeesEverythingChangesAConsentSavesTheirDataAndErasesTheirAccount(FxRobot robot) throws Exception {
        CardView card = signUp("Freja");
        Services.on(database.transactor(), Clock.systemUTC()).accessLog().record(card.customerId(),
                nl.connectedstore.persistence.DemoStaff.signIn(database, "AMS", "1234"), "AMS-COUNTER-1",
                "Arrival greeting");

        handScan(robot, card.qrPayload());
        assertThat(text(robot, "#checkInWelcome")).isEqualTo("Welcome, Freja!");
        assertThat(text(robot, "#checkInTold")).contains("knows you are here");
        assertThat(robot.lookup("#portalPersonal").tryQuery()).as("nothing personal on the welcome").isEmpty();
        robot.clickOn("#checkInMyData");

        assertThat(robot.lookup("#portal").tryQuery()).isPresent();
        assertThat(text(robot, "#portalTitle")).contains("Freja");
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(new Locale("en", "NL"))
                .format(LocalDate.now(ZoneId.systemDefault()).plusMonths(6));
        assertThat(text(robot, "#consentStatus-RECOGNITION")).isEqualTo("Allowed until " + until);
        assertThat(text(robot, "#consentStatus-PERSONAL_ADVICE")).startsWith("Allowed until");
        assertThat(text(robot, "#consentStatus-MESSAGES")).contains("never gave");
        assertThat(texts(robot, "#portalAccessLog")).anyMatch(t -> t.contains("Sanne de Vries")
                && t.contains("AMS-COUNTER-1") && t.contains("Arrival greeting"));
        assertThat(texts(robot, "#portalPersonal")).contains("freja@example.nl", "+31 6 5555 0101");
        assertThat(robot.lookup("#withdraw-MESSAGES").tryQuery()).isEmpty();

        robot.clickOn("#withdraw-RECOGNITION");

        assertThat(consents.asHolderOf(card.cardNumber()).mayWe(card.customerId(), Purpose.RECOGNITION)).isFalse();
        assertThat(consents.asHolderOf(card.cardNumber()).mayWe(card.customerId(), Purpose.PERSONAL_ADVICE)).isTrue();
        assertThat(text(robot, "#consentStatus-RECOGNITION")).contains("withdrew");
        assertThat(text(robot, "#portalNotice")).contains("Withdrawn");
        assertThat(robot.lookup("#withdraw-RECOGNITION").tryQuery()).isEmpty();

        robot.clickOn("#renew-MESSAGES");
        robot.clickOn("#renewMonths-12");
        robot.clickOn("#renewConfirm");
        assertThat(robot.lookup("#renewProblem").queryAs(Label.class).isVisible()).as("unsigned").isTrue();
        assertThat(consents.asHolderOf(card.cardNumber()).mayWe(card.customerId(), Purpose.MESSAGES)).isFalse();
        robot.drag("#renewSignature", MouseButton.PRIMARY).moveBy(120, 20).moveBy(80, -30).drop();
        robot.clickOn("#renewConfirm");
        assertThat(consents.asHolderOf(card.cardNumber()).mayWe(card.customerId(), Purpose.MESSAGES)).isTrue();
        String year = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(new Locale("en", "NL"))
                .format(LocalDate.now(ZoneId.systemDefault()).plusMonths(12));
        assertThat(text(robot, "#consentStatus-MESSAGES")).isEqualTo("Allowed until " + year);
        assertThat(robot.lookup("#renewPanel").tryQuery()).isEmpty();

        robot.clickOn("#exportData");
        Path mine;
        try (Stream<Path> listed = Files.list(usbStick)) {
            mine = listed.filter(f -> f.toString().endsWith(".json")).filter(f -> {
                try {
                    return Files.readString(f).contains("freja@example.nl");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow();
        }
        assertThat(new ObjectMapper().readTree(mine.toFile()).at("/customer/firstName").asText()).isEqualTo("Freja");
        assertThat(text(robot, "#portalNotice")).contains(mine.getFileName().toString());

        robot.clickOn("#eraseAccount");
        robot.clickOn("#eraseNo");
        assertThat(robot.lookup("#confirmErase").tryQuery()).isEmpty();
        assertThat(customers.card(card.cardNumber())).isPresent();
        robot.clickOn("#eraseAccount");
        // the store's counter is running: it carries out what the kiosk may only ask for
        try (Counter counter = Counter.running()) {
            robot.clickOn("#eraseYes");
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, OnFx.present(robot, "#erased"));
            // the kiosk may see the request gone a moment before the counter's run returns its count
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> counter.erased() >= 1);
            assertThat(counter.erased()).isEqualTo(1);
        }
        assertThat(Files.exists(mine)).as("the export left in the kiosk's folder goes with the account").isFalse();
        assertThat(Services.on(database.transactor(), Clock.systemUTC()).customers().card(card.cardNumber()))
                .as("gone from the database, not only hidden from the kiosk").isEmpty();

        robot.clickOn("#erasedDone");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
        assertThat(robot.lookup("#portal").tryQuery()).isEmpty();
        assertThat(shell.portal()).isNull();
    }

    @Test
    void aRegularReadsTheFeedbackTheyGaveWithTheirCardAndNobodyElses(FxRobot robot) {
        CardView card = signUp("Gerda");
        long product = database.transactor().read(s -> s.createSelectionQuery(
                "select min(l.product.id) from StockLevel l where l.store.code = 'AMS' and l.quantity > 20"
                        + " and l.product.soldByWeight = false and l.product.minimumAge = 0", Long.class)
                .getSingleResult());
        FeedbackService feedback = Services.on(kiosk.transactor(), Clock.systemUTC()).feedback();
        for (String[] given : new String[][] {{"Gerda's own words", card.cardNumber()}, {"Words of nobody", null}}) {
            long receipt = ((nl.connectedstore.sales.CheckoutResult.Paid) Services.on(kiosk.transactor(),
                    Clock.systemUTC()).checkout().checkout("AMS-CHECKOUT-1", List.of(
                    nl.connectedstore.sales.CartLine.of(product, 1)), new nl.connectedstore.sales.SimulatedPaymentTerminal()))
                    .receipt().receiptNumber();
            feedback.forSale("AMS-CHECKOUT-1", receipt, nl.connectedstore.feedback.FeedbackChannel.SELF_CHECKOUT,
                    new nl.connectedstore.feedback.FeedbackAnswer(4, 9, given[0], "en", null), given[1]);
        }

        openMyData(robot, card);

        assertThat(texts(robot, "#portalFeedback")).singleElement().asString()
                .contains("Connected Store Amsterdam", "self-checkout", "4 of 5", "recommend: 9",
                        "\u201cGerda's own words\u201d");
        robot.clickOn("#portalDone");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }

    @Test
    void aRegularWithoutRecognitionIsWelcomedButNobodyIsTold(FxRobot robot) {
        CardView card = customers.signUp(new CustomerService.SignUp("Karla", "Quiet", "", "", "en"),
                Map.of(Purpose.PERSONAL_ADVICE, 3), new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();

        handScan(robot, card.qrPayload());

        assertThat(text(robot, "#checkInWelcome")).isEqualTo("Welcome, Karla!");
        assertThat(text(robot, "#checkInTold")).contains("Nobody has been told");
        long arrivals = database.transactor().read(s -> s.createSelectionQuery(
                "select count(a) from Arrival a where a.customer.id = :c", Long.class)
                .setParameter("c", card.customerId()).getSingleResult());
        assertThat(arrivals).isZero();
        robot.clickOn("#checkInShop");
        assertThat(robot.lookup("#catalogue").tryQuery()).isPresent();
    }

    @Test
    void aCardNumberTypedOnAKeyboardAtAHumanPaceOpensThePortal(FxRobot robot) {
        CardView card = signUp("Ingrid");
        robot.clickOn("#language-en");
        robot.clickOn("#toPortal");
        for (char digit : card.cardNumber().toCharArray()) {
            robot.interact(() -> keyTyped(String.valueOf(digit)));
            // a person types a key every 150 ms or so; a scanner's burst is a few ms apart
            WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat(text(robot, "#keypadDisplay")).isEqualTo(card.cardNumber());
        robot.interact(() -> keyTyped("\r"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#portalTitle")).contains("Ingrid");
    }

    @Test
    void aCardScannedAtMyDataOpensThePortalNotTheWelcome(FxRobot robot) {
        CardView card = signUp("Henrik");
        robot.clickOn("#language-en");
        robot.clickOn("#toPortal");

        handScan(robot, card.cardNumber());

        assertThat(robot.lookup("#checkIn").tryQuery()).as("no check-in welcome").isEmpty();
        assertThat(text(robot, "#portalTitle")).contains("Henrik");
    }

    /** A key typed on the kiosk's keyboard, delivered where the focus is, as the platform delivers it. */
    private void keyTyped(String character) {
        javafx.scene.Node target = stage.getScene().getFocusOwner() != null ? stage.getScene().getFocusOwner()
                : stage.getScene().getRoot();
        javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                character, "", javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
    }

    /** The failure path: a number typed on the keypad that is no card, then a blocked card; Done ends it. */
    @Test
    void unknownAndBlockedCardsOpenNothingAndSayWhy(FxRobot robot) {
        CardView card = signUp("Hanne");
        Services.on(database.transactor(), Clock.systemUTC()).customers().blockAndReplace(card.cardNumber(),
                nl.connectedstore.persistence.DemoStaff.signIn(database, "AMS", "2345"));
        robot.clickOn("#language-en");
        robot.clickOn("#toPortal");

        for (char digit : "0000000000000001".toCharArray()) {
            robot.clickOn("#key-" + digit);
        }
        robot.clickOn("#keypadOk");
        assertThat(text(robot, "#portalNotice")).contains("We do not know that card");
        assertThat(robot.lookup("#portalTitle").queryAs(Label.class).getText()).doesNotContain("Hanne");

        handScan(robot, card.qrPayload());
        assertThat(text(robot, "#portalNotice")).contains("blocked");
        assertThat(robot.lookup("#withdraw-RECOGNITION").tryQuery()).isEmpty();

        robot.clickOn("#portalDone");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }

    /** The store's counter, as far as erasures go: it carries them out every 200 ms with the counter's rights. */
    private static final class Counter implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        private final java.util.concurrent.atomic.AtomicInteger erased = new java.util.concurrent.atomic.AtomicInteger();

        static Counter running() {
            Counter counter = new Counter();
            ErasureRequests requests = Services.on(
                    DemoDatabase.getAs(nl.connectedstore.persistence.AppRole.COUNTER).transactor(), Clock.systemUTC())
                    .erasureRequests();
            counter.timer.scheduleWithFixedDelay(() -> counter.erased.addAndGet(requests.carryOut()), 0, 200,
                    TimeUnit.MILLISECONDS);
            return counter;
        }

        int erased() {
            return erased.get();
        }

        @Override
        public void close() throws InterruptedException {
            timer.shutdown();
            timer.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList();
    }
}
