package nl.connectedstore.counter;

import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;

/**
 * One small demo chain for the presenter tests of this JVM, which write to it (orders at Amsterdam, requests and
 * PINs at København): filled once, not per test class. Closed when the JVM ends.
 */
final class PresenterDatabase {

    private static Database owner;

    private PresenterDatabase() {
    }

    /** The database with every right, as the demo and the kiosk's side of a test use it. */
    static synchronized Database owner() {
        if (owner == null) {
            owner = DemoDatabase.fresh("counter-presenters-", new DemoChain.Size(200, 0, 0));
            Runtime.getRuntime().addShutdownHook(new Thread(owner::close));
        }
        return owner;
    }

    /** The same database with the counter's own database user, as the counter's presenters use it. */
    static Database counter() {
        return CounterStage.asCounter(owner());
    }

    /** The same database with the kiosk's own database user (the counter's cannot make requests). */
    static synchronized Database kiosk() {
        return KIOSK.computeIfAbsent(owner(), o -> {
            Database kiosk = DemoDatabase.as(o, nl.connectedstore.persistence.AppRole.KIOSK);
            Runtime.getRuntime().addShutdownHook(new Thread(kiosk::close));
            return kiosk;
        });
    }

    private static final java.util.Map<Database, Database> KIOSK = new java.util.IdentityHashMap<>();
}
