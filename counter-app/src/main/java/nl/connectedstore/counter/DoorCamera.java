package nl.connectedstore.counter;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CheckIn;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.scan.CameraScanner;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.scan.ScanStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An optional camera at the door, attached to the counter machine: it reads loyalty-card QR codes held up
 * on the way in and checks the customer in, exactly like a scan at a kiosk (same scanning stream, same
 * consent rule). Anything else it reads is ignored. The camera stays on while the counter runs.
 */
final class DoorCamera implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DoorCamera.class);

    private final CameraScanner scanner;
    private final AutoCloseable subscription;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "door-camera-check-in");
        t.setDaemon(true);
        return t;
    });

    private DoorCamera(CameraScanner scanner, ScanStream scans, ArrivalService arrivals, long storeId,
                       String terminalCode) {
        this.scanner = scanner;
        this.subscription = scans.subscribe(scan -> {
            if (CustomerService.isCardCode(scan.text())) {
                writer.execute(() -> checkIn(arrivals, scan, storeId, terminalCode));
            }
        });
    }

    /**
     * Opens the camera a setting names ({@code none}, {@code auto}, {@code replay:<folder>}) and starts
     * reading; with no camera it logs once and does nothing.
     */
    static DoorCamera open(String setting, ArrivalService arrivals, long storeId, String terminalCode, Clock clock) {
        ScanStream scans = new ScanStream();
        return start(CameraScanner.open(setting, scans, clock), scans, arrivals, storeId, terminalCode);
    }

    /** Reads from a camera already opened on {@code scans} (tests hand in a replay camera). */
    static DoorCamera start(CameraScanner scanner, ScanStream scans, ArrivalService arrivals, long storeId,
                            String terminalCode) {
        DoorCamera door = new DoorCamera(scanner, scans, arrivals, storeId, terminalCode);
        if (scanner.start()) {
            scanner.setActive(true);
            log.info("Door camera {} reads loyalty cards for {}", scanner.description(), terminalCode);
        }
        return door;
    }

    private static void checkIn(ArrivalService arrivals, Scan scan, long storeId, String terminalCode) {
        try {
            CheckIn result = arrivals.checkIn(scan.text(), storeId, terminalCode);
            log.debug("Door camera check-in: {}", result.outcome());
        } catch (RuntimeException e) {
            log.warn("Door camera could not check a card in: {}", e.toString());
        }
    }

    /**
     * Waits until every card handed to the door so far has been dealt with (checked in or refused); for tests,
     * instead of sleeping for "long enough". False on time-out.
     */
    boolean awaitCheckIns(Duration timeout) throws InterruptedException {
        try {
            writer.submit(() -> { }).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            log.debug("Closing the door camera subscription: {}", e.toString());
        }
        scanner.close();
        writer.shutdownNow();
    }
}
