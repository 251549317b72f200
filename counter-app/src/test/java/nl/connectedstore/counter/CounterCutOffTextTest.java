package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.CutOffText;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.Messages;
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
 * Issue 16, point 2, at the counter: no text cut off with "…" (a label, a button, a table cell) on its screens, in
 * English, Dutch and Danish, at the counter's 1366x768: sign-in, the language switch open (its menu too), stock look-up
 * with a product's locations, a request being answered with a PIN, an order open, the card desk and the payments to
 * resolve, the clerk's good-morning panel and a customer card opened from the arrival feed (purchases and what to
 * offer, in the counter's language) and the manager's experience dashboard. The counter starts in the language visited; the clerk reads another one and switches in the top bar.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class CounterCutOffTextTest {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static Database database;
    private static StoreInfo amsterdam;
    private static OrderService orders;
    private static AssistanceService kiosks;
    private static ProductCard wine;
    private static ProductCard item;
    private static ArrivalService arrivals;
    /** The counter's own database user, and its kits built once for the three languages (the model learnt once). */
    private static Database counter;
    private static Clienteling clienteling;
    private static CounterFeedback feedback;
    private Stage stage;
    private final List<String> cutOffs = new ArrayList<>();
    private String lang;

    @BeforeAll
    static void open() {
        database = DemoDatabase.get();
        StoreService stores = Services.on(database.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        orders = Services.on(database.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        Database kiosk = DemoDatabase.getAs(nl.connectedstore.persistence.AppRole.KIOSK);
        arrivals = Services.on(kiosk.transactor(), Clock.systemUTC()).arrivals();
        kiosks = new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(), Clock.systemUTC());
        List<ProductCard> all = new CatalogService(database.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT));
        wine = all.stream().filter(p -> p.minimumAge() >= 18).findFirst().orElseThrow();
        item = all.stream().filter(p -> p.stock() == StockStatus.IN_STOCK && p.price() != null && !p.soldByWeight()
                && p.minimumAge() == 0).findFirst().orElseThrow();
        counter = CounterStage.asCounter(database);
        clienteling = clienteling(counter);
        feedback = feedback(counter, Services.on(counter.transactor()).stores());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, Messages messages) {
        StoreService stores = Services.on(counter.transactor()).stores();
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CounterShell shell = new CounterShell(stores, new CatalogService(counter.transactor()),
                new InventoryService(counter.transactor()),
                new AssistanceService(counter.transactor(), stores, Clock.systemUTC()), amsterdam, messages,
                TaskExecutor.direct(), "AMS-COUNTER-1",
                CounterTools.cards(TestKits.privacy(counter.transactor(), Clock.systemUTC(), "AMS-COUNTER-1"))
                        .withOrders(new CounterOrders(Services.on(counter.transactor(), Clock.systemUTC())
                                .orders(OrderService.DEFAULT_HOLD), terminal, terminal, Duration.ofMillis(100),
                                Clock.systemDefaultZone()))
                        .withToResolve(nl.connectedstore.sales.PaymentsToResolve.of(counter, Clock.systemUTC()))
                        .withClienteling(clienteling)
                        .withFeedback(feedback));
        robot.interact(() -> {
            Scene scene = new Scene(shell, WIDTH, HEIGHT);
            Theme.applyTo(scene, CounterApp.class.getResource("counter.css").toExternalForm());
            stage.setScene(scene);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
        });
    }

    /** Arrivals, cards and suggestions, with a trained model: the customer card shows what to offer too. */
    private static Clienteling clienteling(Database counter) {
        Clienteling kit = TestKits.clienteling(counter.transactor(), Clock.systemUTC(), Duration.ofMinutes(30),
                Duration.ofMillis(200));
        kit.model().retrain(nl.connectedstore.persistence.ProgressListener.NONE);
        return kit;
    }

    private static CounterFeedback feedback(Database counter, StoreService stores) {
        ZoneId zone = ZoneId.systemDefault();
        FeedbackComments comments = Services.on(counter.transactor(), Clock.systemDefaultZone())
                .feedbackComments(zone, Themes.builtIn());
        return new CounterFeedback(new FeedbackDashboard(new FeedbackFigures(counter.transactor(),
                Clock.systemDefaultZone(), zone), comments, stores.stores()), comments, Path.of("target", "exports"),
                Services.on(counter.transactor(), Clock.systemUTC()).feedback(), stores);
    }

    /** A demo customer who bought at Amsterdam and allows recognition and advice: their card has purchases. */
    private static CardView regular() {
        long id = database.transactor().read(s -> s.createSelectionQuery("select c.id from Customer c where"
                        + " (select count(x) from Sale x where x.customer = c and x.store.code = 'AMS') > 1"
                        + " order by c.id desc", Long.class).setMaxResults(1).getSingleResult());
        ConsentService consents = Services.on(database.transactor(), Clock.systemUTC()).consents();
        for (Purpose p : List.of(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE)) {
            consents.grant(id, ConsentText.current(p, "en"), 3, Channel.KIOSK, "AMS-KIOSK-1", new byte[] {1});
        }
        String number = database.transactor().read(s -> s.createSelectionQuery(
                "select k.cardNumber from LoyaltyCard k where k.customer.id = :c", String.class)
                .setParameter("c", id).setMaxResults(1).getSingleResult());
        return Services.on(database.transactor(), Clock.systemUTC()).customers().card(number).orElseThrow();
    }

    /** Waits for what a tap or the arrival feed brings up, looking in this test's window only. */
    private void waitFor(FxRobot robot, String query) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, OnFx.test(
                () -> robot.from(stage.getScene().getRoot()).lookup(query).tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void look(String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        List<CutOffText.CutOff> found;
        try {
            // the window and whatever pops up over it (the language menu)
            found = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                            .filter(w -> w.isShowing() && w.getScene() != null)
                            .flatMap(w -> CutOffText.in(w.getScene()).stream()).toList())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        found.forEach(c -> cutOffs.add(screen + ": " + c));
        if (System.getProperty("look.out") != null) {
            save(screen);
        }
    }

    /** With -Dlook.out=folder, each screen visited is saved as a PNG too, for a person to look at. */
    private void save(String screen) {
        Scene scene = stage.getScene();
        String name = "counter-" + screen.replaceAll("[^a-z]+", "-") + "-" + lang + "-" + WIDTH + "x" + HEIGHT + ".png";
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

    /**
     * The counter on screen in {@code lang}; its staff read another language than the one it starts in, so the switch
     * in the top bar is tried too.
     */
    private void startsIn(FxRobot robot, String lang) {
        this.lang = lang;
        CounterStage.clerksRead(database, "da".equals(lang) ? "nl" : "da");
        show(robot, Messages.of(new Locale(lang, "da".equals(lang) ? "DK" : "NL")));
    }

    @ParameterizedTest(name = "{0} at 1366x768")
    @ValueSource(strings = {"en", "nl", "da"})
    void noTextIsCutOffOnAnyScreen(String lang, FxRobot robot) throws Exception {
        startsIn(robot, lang);
        look("sign-in");
        AssistanceView asked = kiosks.requestAgeCheck("AMS-CHECKOUT-1", wine.id());
        try {
            visit(robot, asked);
        } finally {
            // the demo chain is shared with the other counter tests: no request left open in their queue
            kiosks.cancel(asked.id());
        }
        assertThat(cutOffs).as("text cut off in %s at %dx%d", lang, WIDTH, HEIGHT).isEmpty();
    }

    private void visit(FxRobot robot, AssistanceView asked) throws Exception {
        CounterStage.signIn(robot, "2345");
        robot.clickOn("#languageSwitch");
        look("language switch open");
        robot.clickOn("#language-" + lang);
        assertThat(robot.lookup("#signOut").queryButton().getText()).as("the counter switched to %s", lang)
                .isEqualTo(Messages.of(new Locale(lang)).get("counter.signOut"));
        look("signed in");

        look("good morning");

        // a regular checks in at the kiosk: the clerk opens their card (purchases and suggestions in their language)
        CardView regular = regular();
        arrivals.checkIn(regular.qrPayload(), amsterdam.id(), "AMS-KIOSK-1");
        waitFor(robot, "#open-" + regular.customerId());
        // the feed redraws as it polls: the button is found and pressed in one step on the FX thread
        robot.interact(() -> robot.from(stage.getScene().getRoot()).lookup("#open-" + regular.customerId())
                .queryButton().fire());
        waitFor(robot, "#purchases .purchase-line");
        waitFor(robot, "#suggestions .suggestion-reason");
        look("customer card");

        robot.clickOn("#stockTab");
        // the look-up searches and names products in the counter's language, as a clerk would type them
        String name = new CatalogService(database.transactor()).byId(amsterdam, item.id(), new Locale(lang))
                .orElseThrow().name();
        robot.clickOn("#lookupSearch").write(name);
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#products .table-cell")
                .match((javafx.scene.control.Labeled cell) -> name.equals(cell.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#products .table-cell").match(
                (javafx.scene.control.Labeled cell) -> name.equals(cell.getText()))
                .queryAs(javafx.scene.Node.class));
        look("stock look-up");

        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                OnFx.present(robot, "#request-" + asked.id()));
        robot.clickOn("#approved-" + asked.id());
        look("request, PIN to confirm");
        robot.clickOn("#cancelAnswer");

        OrderPlan plan = orders.plan(amsterdam, List.of(new OrderService.Wanted(item.id(), 1)),
                Destination.pickUpAt(amsterdam.id()));
        OrderView placed = orders.place(amsterdam, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH);
        robot.clickOn("#ordersTab");
        robot.clickOn("#orderScan").write(placed.qrText()).type(javafx.scene.input.KeyCode.ENTER);
        look("order open");

        robot.clickOn("#cardsTab");
        look("card desk");
        robot.clickOn("#toResolveTab");
        look("payments to resolve");
    }

    /** The store manager's experience dashboard, the store's week and the chain's. */
    @ParameterizedTest(name = "{0} at 1366x768, the manager's dashboard")
    @ValueSource(strings = {"en", "nl", "da"})
    void noTextIsCutOffOnTheManagersDashboard(String lang, FxRobot robot) throws Exception {
        startsIn(robot, lang);
        CounterStage.signIn(robot, "1234");
        robot.clickOn("#languageSwitch");
        robot.clickOn("#language-" + lang);
        waitFor(robot, "#morningWeek");
        robot.interact(() -> {
            TabPane tabs = robot.from(stage.getScene().getRoot()).lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> "experienceTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        waitFor(robot, "#fig-csat");
        look("experience dashboard");
        robot.interact(() -> {
            Tab chain = robot.from(stage.getScene().getRoot()).lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                    .flatMap(p -> p.getTabs().stream()).filter(t -> "dashChainTab".equals(t.getId())).findFirst()
                    .orElseThrow();
            chain.getTabPane().getSelectionModel().select(chain);
        });
        waitFor(robot, "#chainTable");
        look("experience dashboard, the chain");
        assertThat(cutOffs).as("text cut off in %s at %dx%d", lang, WIDTH, HEIGHT).isEmpty();
    }
}
