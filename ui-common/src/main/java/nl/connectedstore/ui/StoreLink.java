package nl.connectedstore.ui;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import nl.connectedstore.persistence.Transactor;

/**
 * Whether this terminal reaches the store's database: asked every few seconds with the cheapest question there is,
 * off the FX thread ({@link DatabasePoll}). Screens show a banner while it is lost; nothing the customer did is
 * dropped meanwhile (a basket lives in the terminal, and a sale is written in one transaction when it is paid, or
 * not at all). When the database answers again the banner goes and the customer carries on where they were.
 *
 * <p>Only a lost connection counts: a question that fails for another reason (a bug, a lock) is not an outage.
 */
public final class StoreLink {

    /** How often a terminal asks. A lost server is noticed within this plus the connection time-out. */
    public static final Duration EVERY = Duration.ofSeconds(3);

    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(true);
    private final DatabasePoll<Boolean> poll;

    public StoreLink(Transactor tx, Duration every, Ticker ticker, TaskExecutor executor) {
        this(tx::ping, every, ticker, executor);
    }

    /** Asks {@code ping} (a database's cheapest question; tests hand in one that fails as an outage does). */
    StoreLink(DatabasePoll.Read<Boolean> ping, Duration every, Ticker ticker, TaskExecutor executor) {
        this.poll = new DatabasePoll<>("whether the store database answers", every, ticker, executor,
                ping,
                answered -> reachable.set(true),
                failure -> {
                    if (Transactor.isConnectionLoss(failure)) {
                        reachable.set(false);
                    }
                });
    }

    public void start() {
        poll.start();
    }

    public void stop() {
        poll.stop();
    }

    /** Asks at once (e.g. right after a unit of work found the database gone), unless a question is under way. */
    public void askNow() {
        poll.now();
    }

    /** True while the database answers (and before the first answer). */
    public ReadOnlyBooleanProperty reachableProperty() {
        return reachable.getReadOnlyProperty();
    }
}
