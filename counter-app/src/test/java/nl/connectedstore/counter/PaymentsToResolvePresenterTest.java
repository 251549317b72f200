package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.sales.UnresolvedPayment;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.HandTicker;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import org.junit.jupiter.api.Test;

/**
 * The payments-to-resolve flow without a toolkit, on a real H2 database: a payment approved without a sale is
 * listed with a reason staff can read in their language, and marked refunded once, with the clerk's name.
 */
class PaymentsToResolvePresenterTest {

    private final PaymentsToResolve toResolve = PaymentsToResolve.of(PresenterDatabase.owner(), Clock.systemUTC());
    private final StoreInfo amsterdam = Services.on(PresenterDatabase.owner().transactor()).stores().store("AMS")
            .orElseThrow();
    private final HeldExecutor executor = new HeldExecutor();

    /** What the checkout does when the sale cannot be stored and the terminal cannot reverse the charge. */
    private UnresolvedPayment chargedWithoutASale() {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        terminal.failReversals(true);
        Money amount = Money.of("23.45", "EUR");
        PaymentTerminal.Outcome approved = terminal.pay(amount, "AMS-CHECKOUT-1-x");
        PaymentsToResolve.Unrecorded kept = toResolve.settle(terminal, "AMS-CHECKOUT-1", amsterdam.id(), amount,
                approved.terminalReference(), Instant.now(), null, new IllegalStateException("database down"));
        return ((PaymentsToResolve.Unrecorded.ToResolve) kept).payment();
    }

    @Test
    void aPaymentToResolveIsMarkedRefundedOnceWithTheClerksName() {
        UnresolvedPayment payment = chargedWithoutASale();
        PaymentsToResolvePresenter desk = new PaymentsToResolvePresenter(
                PaymentsToResolve.of(PresenterDatabase.counter(), Clock.systemUTC()), amsterdam,
                DemoStaff.signIn(PresenterDatabase.counter(), "AMS", "2345"), executor, Duration.ofSeconds(5),
                new HandTicker());
        desk.start();
        UnresolvedPayment shown = desk.open().stream().filter(p -> p.id() == payment.id()).findFirst().orElseThrow();
        assertThat(PaymentsToResolvePresenter.why(shown).in(CounterStage.ENGLISH))
                .as("in the clerk's words, not the stored English diagnosis").startsWith("The card terminal approved")
                .doesNotContain("database down");

        executor.hold();
        desk.resolve(shown, UnresolvedPayment.Resolution.REFUNDED_BY_HAND);
        assertThat(desk.resolving(shown).readyProperty().get()).as("greyed while it is stored").isFalse();
        desk.resolve(shown, UnresolvedPayment.Resolution.SALE_ENTERED); // the other button, tapped meanwhile
        executor.release();

        UnresolvedPayment resolved = toResolve.find(payment.caseCode()).orElseThrow();
        assertThat(resolved.resolution()).isEqualTo(UnresolvedPayment.Resolution.REFUNDED_BY_HAND);
        assertThat(resolved.resolvedBy()).isEqualTo("Daan Bakker");
        assertThat(desk.feedbackProperty().get()).isEqualTo(Said.of("counter.toResolve.resolved",
                payment.caseCodeShown(), "Daan Bakker"));
        assertThat(desk.open()).extracting(UnresolvedPayment::id).doesNotContain(payment.id());
    }
}
