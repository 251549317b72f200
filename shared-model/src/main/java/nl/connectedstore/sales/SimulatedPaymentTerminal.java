package nl.connectedstore.sales;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.connectedstore.money.Money;

/**
 * A card terminal for demos and tests: answers whatever it was told to answer next, after the delay a real
 * terminal takes (none in tests). It remembers what it approved, so it can reverse exactly those charges once.
 */
public final class SimulatedPaymentTerminal implements PaymentTerminal {

    private volatile PaymentStatus next = PaymentStatus.APPROVED;
    private volatile boolean reversalsFail;
    private final AtomicInteger count = new AtomicInteger();
    private final Duration delay;
    /** Approved charges that still stand, by terminal reference. */
    private final Map<String, Money> charged = new ConcurrentHashMap<>();
    private final Set<String> reversed = ConcurrentHashMap.newKeySet();

    public SimulatedPaymentTerminal() {
        this(Duration.ZERO);
    }

    public SimulatedPaymentTerminal(Duration delay) {
        this.delay = Objects.requireNonNull(delay);
    }

    public void answerNext(PaymentStatus status) {
        this.next = Objects.requireNonNull(status);
    }

    /** From now on reversals fail (the terminal is offline), or work again. */
    public void failReversals(boolean fail) {
        this.reversalsFail = fail;
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
        PaymentStatus status = next;
        String terminalReference = "SIM-" + count.incrementAndGet();
        if (status == PaymentStatus.APPROVED) {
            charged.put(terminalReference, amount);
        }
        return new Outcome(status, terminalReference);
    }

    @Override
    public Reversal reverse(String terminalReference) {
        if (reversalsFail) {
            return new Reversal.Failed(terminalReference, "the terminal is offline");
        }
        if (terminalReference == null || charged.remove(terminalReference) == null) {
            return new Reversal.Failed(terminalReference, reversed.contains(terminalReference)
                    ? "reversed already" : "no approved payment with this reference");
        }
        reversed.add(terminalReference);
        return new Reversal.Reversed(terminalReference);
    }

    /** The amount an approved charge took that was not reversed, if it stands. */
    public Optional<Money> standing(String terminalReference) {
        return Optional.ofNullable(charged.get(terminalReference));
    }

    public boolean wasReversed(String terminalReference) {
        return reversed.contains(terminalReference);
    }
}
