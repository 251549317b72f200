package nl.connectedstore.sales;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import nl.connectedstore.money.Money;

/** A card terminal for demos and tests: answers whatever it was told to answer next. */
public final class SimulatedPaymentTerminal implements PaymentTerminal {

    private volatile PaymentStatus next = PaymentStatus.APPROVED;
    private final AtomicInteger count = new AtomicInteger();

    public void answerNext(PaymentStatus status) {
        this.next = Objects.requireNonNull(status);
    }

    @Override
    public Outcome pay(Money amount, String reference) {
        return new Outcome(next, "SIM-" + count.incrementAndGet());
    }
}
