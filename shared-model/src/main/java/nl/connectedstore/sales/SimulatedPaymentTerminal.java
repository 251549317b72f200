package nl.connectedstore.sales;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import nl.connectedstore.money.Money;

/**
 * A card terminal for demos and tests: answers whatever it was told to answer next, after the delay a real
 * terminal takes (none in tests).
 */
public final class SimulatedPaymentTerminal implements PaymentTerminal {

    private volatile PaymentStatus next = PaymentStatus.APPROVED;
    private final AtomicInteger count = new AtomicInteger();
    private final Duration delay;

    public SimulatedPaymentTerminal() {
        this(Duration.ZERO);
    }

    public SimulatedPaymentTerminal(Duration delay) {
        this.delay = Objects.requireNonNull(delay);
    }

    public void answerNext(PaymentStatus status) {
        this.next = Objects.requireNonNull(status);
    }

    @Override
    public Outcome pay(Money amount, String reference) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(PaymentStatus.CANCELLED, null);
            }
        }
        return new Outcome(next, "SIM-" + count.incrementAndGet());
    }
}
