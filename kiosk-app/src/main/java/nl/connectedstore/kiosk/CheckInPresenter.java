package nl.connectedstore.kiosk;

import java.util.function.Consumer;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CheckIn;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;

/**
 * A loyalty card scanned at this kiosk: checks its holder in off the FX thread (the counter is told when they allow
 * it; an unknown or blocked card is said so). What the answer shows is the shell's to decide: this only asks.
 */
final class CheckInPresenter {

    private final ArrivalService arrivals;
    private final StoreInfo store;
    private final String terminalCode;
    private final TaskExecutor executor;

    /** @param terminalCode this kiosk, as the arrival names where the card was scanned */
    CheckInPresenter(ArrivalService arrivals, StoreInfo store, String terminalCode, TaskExecutor executor) {
        this.arrivals = arrivals;
        this.store = store;
        this.terminalCode = terminalCode;
        this.executor = executor;
    }

    /** Checks in the holder of the scanned card (its number or its QR); {@code done} or {@code failed} on the FX thread. */
    void checkIn(String code, Consumer<CheckIn> done, Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.of(progress -> arrivals.checkIn(code, store.id(), terminalCode))
                .onSuccess(done::accept)
                .onFailure(failed::accept));
    }

    /** The card number a scanned card code names (a QR carries it behind a prefix). */
    static String cardNumber(String code) {
        return code.startsWith(CustomerService.QR_PREFIX) ? code.substring(CustomerService.QR_PREFIX.length()) : code;
    }
}
