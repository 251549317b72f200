package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.sales.UnresolvedPayment;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card payment approved at a self-checkout whose sale could not be stored nor the charge reversed: the counter
 * lists it with amount, time, terminal and reference; a clerk marks it refunded, and the list records who and when.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class PaymentsToResolveTest {

    private static Database database;
    private static StoreInfo amsterdam;
    private static PaymentsToResolve toResolve;

    @BeforeAll
    static void open() {
        database = DemoDatabase.fresh("counter-to-resolve-", new DemoChain.Size(100, 0, 0));
        CounterStage.clerksRead(database, "en");
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        toResolve = PaymentsToResolve.of(database, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        CounterStage.show(stage, CounterStage.shell(database, amsterdam, null, null, toResolve));
    }

    /** What the checkout does when the sale cannot be stored and the terminal cannot reverse the charge. */
    private static UnresolvedPayment chargedWithoutASale() {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        terminal.failReversals(true);
        Money amount = Money.of("23.45", "EUR");
        PaymentTerminal.Outcome approved = terminal.pay(amount, "AMS-CHECKOUT-2-x");
        PaymentsToResolve.Unrecorded kept = toResolve.settle(terminal, "AMS-CHECKOUT-2", amsterdam.id(), amount,
                approved.terminalReference(), Instant.now(), null, new IllegalStateException("database down"));
        return ((PaymentsToResolve.Unrecorded.ToResolve) kept).payment();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aClerkSeesThePaymentToResolveAndMarksItRefundedWithTheirName(FxRobot robot) {
        UnresolvedPayment payment = chargedWithoutASale();
        CounterStage.signIn(robot, "2345");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).anySatisfy(t -> assertThat(t.getText()).isEqualTo("Payments to resolve (1)"));
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "toResolveTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        String card = "#toResolve-" + payment.id();
        String shown = robot.lookup(card).queryAs(Pane.class).getChildrenUnmodifiable().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(shown).contains(CounterStage.ENGLISH.money(payment.amount())).contains("AMS-CHECKOUT-2").contains(payment.terminalReference())
                .contains(payment.caseCodeShown());

        robot.clickOn("#refunded-" + payment.id());

        assertThat(text(robot, "#toResolveFeedback")).contains(payment.caseCodeShown()).contains("Daan Bakker");
        assertThat(robot.lookup(card).tryQuery()).isEmpty();
        assertThat(robot.lookup("#toResolveNone").tryQuery()).isPresent();
        assertThat(tabs.getTabs()).anySatisfy(t -> assertThat(t.getText()).isEqualTo("Payments to resolve (0)"));
        UnresolvedPayment resolved = toResolve.find(payment.caseCode()).orElseThrow();
        assertThat(resolved.resolution()).isEqualTo(UnresolvedPayment.Resolution.REFUNDED_BY_HAND);
        assertThat(resolved.resolvedBy()).isEqualTo("Daan Bakker");
        assertThat(resolved.resolvedAt()).isNotNull();
    }
}
