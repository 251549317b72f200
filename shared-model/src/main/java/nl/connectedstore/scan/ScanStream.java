package nl.connectedstore.scan;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one stream of scans a checkout listens to, whatever read them: hand scanner, camera, keypad. Sources
 * publish from any thread; subscribers are called on the publishing thread (a screen hands over to its UI
 * thread itself). A subscriber that fails is logged and does not stop the others.
 */
public final class ScanStream {

    private static final Logger log = LoggerFactory.getLogger(ScanStream.class);
    private final List<Consumer<Scan>> subscribers = new CopyOnWriteArrayList<>();

    public void publish(Scan scan) {
        for (Consumer<Scan> subscriber : subscribers) {
            try {
                subscriber.accept(scan);
            } catch (RuntimeException e) {
                log.error("A scan subscriber failed on a {} scan", scan.source(), e);
            }
        }
    }

    /** Listens until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<Scan> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
