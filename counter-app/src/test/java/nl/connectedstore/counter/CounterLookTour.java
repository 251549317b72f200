package nl.connectedstore.counter;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.PaymentsToResolve;
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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check but a look: puts the counter's PIN refusals, "Change my PIN", the Admin menu's unlock entries, the
 * request queue's PIN prompt and "Payments to resolve" on the headless screen in English, Dutch and Danish and
 * saves each as a PNG for a person to judge. Runs only when asked:
 * {@code mvn -o -pl counter-app -am test -Dtest=CounterLookTour -Dlook.out=/tmp/look
 * -Dsurefire.failIfNoSpecifiedTests=false} (see scripts/look.sh).
 */
@EnabledIfSystemProperty(named = "look.out", matches = ".+")
@ExtendWith(FxTests.class)
class CounterLookTour {

    private static final String FIRST = "AMS-COUNTER-1";
    private static final String SECOND = "AMS-COUNTER-2";
    private static Database owner;
    private static Database counter;
    private static StoreInfo amsterdam;
    private static AssistanceService kiosks;
    private static PaymentsToResolve toResolve;
    private static long wine;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private Stage stage;

    @BeforeAll
    static void open() {
        owner = DemoDatabase.fresh("counter-look-", new DemoChain.Size(200, 0, 0));
        owner.transactor().write(s -> s.createNativeMutationQuery("insert into terminal (id, store_id, code, name,"
                + " kind) select 900001, store_id, '" + SECOND + "', 'Amsterdam counter 2', kind from terminal"
                + " where code = '" + FIRST + "'").executeUpdate());
        counter = CounterStage.asCounter(owner);
        amsterdam = Services.on(counter.transactor()).stores().store("AMS").orElseThrow();
        Database kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
        kiosks = new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(),
                java.time.Clock.systemUTC());
        toResolve = PaymentsToResolve.of(owner, java.time.Clock.systemUTC());
        wine = new CatalogService(counter.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> p.minimumAge() >= 18).findFirst().orElseThrow().id();
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        terminal.failReversals(true);
        Money amount = Money.of("23.45", "EUR");
        PaymentTerminal.Outcome approved = terminal.pay(amount, "AMS-CHECKOUT-1-x");
        toResolve.settle(terminal, "AMS-CHECKOUT-1", amsterdam.id(), amount, approved.terminalReference(),
                Instant.now(), null, new IllegalStateException("database down"));
    }

    @AfterAll
    static void close() {
        owner.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private CounterShell show(FxRobot robot, StoreService stores, Messages messages, String terminal) {
        CounterShell shell = new CounterShell(stores, new CatalogService(counter.transactor()),
                new InventoryService(counter.transactor()),
                new AssistanceService(counter.transactor(), stores, clock), amsterdam, messages,
                TaskExecutor.direct(), terminal,
                CounterTools.cards(TestKits.privacy(counter.transactor(), clock, terminal)).withToResolve(toResolve));
        robot.interact(() -> CounterStage.show(stage, shell));
        return shell;
    }

    /** What the headless screen shows, dialogs and menus included: each showing window drawn where it stands. */
    static void shoot(FxRobot robot, String lang, String name) {
        LookShots.save("counter-" + name + "-" + lang + ".png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "da"})
    void counterScreens(String lang, FxRobot robot) throws Exception {
        Messages messages = Messages.of(new Locale(lang, "da".equals(lang) ? "DK" : "NL"));
        CounterStage.clerksRead(owner, lang); // the clerks of this tour read the language it looks at
        StoreService stores = Services.on(counter.transactor(), clock).stores();
        StoreService machine = Services.on(owner.transactor(), clock).stores();
        machine.pins().unlockAtMachine(FIRST, "look");
        machine.pins().unlockAtMachine(SECOND, "look");

        // 1. sign-in refusals at the first counter
        show(robot, stores, messages, FIRST);
        CounterStage.signIn(robot, "9090");
        shoot(robot, lang, "login-wrong");
        for (int i = 1; i < 5; i++) {
            CounterStage.signIn(robot, "909" + i);
        }
        shoot(robot, lang, "login-paused");
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(10));
            CounterStage.signIn(robot, "80" + (10 + i));
        }
        shoot(robot, lang, "login-locked");

        // 2. the second counter: a manager sees "Unlock PIN entry at ..." in the Admin menu
        show(robot, stores, messages, SECOND);
        CounterStage.signIn(robot, "1234");
        robot.clickOn("#cardsTab");
        robot.clickOn("#adminMenu");
        shoot(robot, lang, "admin-unlock");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        // 3. Change my PIN with a refusal
        robot.clickOn("#changePin");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#currentPin").write("1234");
        robot.clickOn("#newPin").write("1111");
        robot.clickOn("#repeatPin").write("1111");
        robot.clickOn("#savePin");
        shoot(robot, lang, "change-pin");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                        && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane).toList()
                .forEach(Window::hide));

        // 4. payments to resolve
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "toResolveTab".equals(t.getId())).findFirst().orElseThrow()));
        shoot(robot, lang, "to-resolve");
        robot.interact(() -> tabs.getSelectionModel().select(0));

        // 5. the request queue's PIN prompt, refused
        AssistanceView asked = kiosks.requestAgeCheck("AMS-CHECKOUT-1", wine);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OnFx.present(robot, "#request-" + asked.id()));
        robot.clickOn("#approved-" + asked.id());
        shoot(robot, lang, "request-pin");
        robot.clickOn("#confirmPin").write("9999");
        robot.clickOn("#confirmAnswer");
        shoot(robot, lang, "request-wrong");
        for (int i = 1; i < 5; i++) {
            robot.lookup("#confirmPin").queryAs(PasswordField.class);
            robot.clickOn("#confirmPin").write("999" + i);
            robot.clickOn("#confirmAnswer");
        }
        shoot(robot, lang, "request-paused");
        kiosks.cancel(asked.id());
        machine.pins().unlockAtMachine(FIRST, "look");
        machine.pins().unlockAtMachine(SECOND, "look");
    }
}
