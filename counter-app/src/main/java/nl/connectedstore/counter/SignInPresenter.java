package nl.connectedstore.counter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.connectedstore.store.PinCheck;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff and their PIN at this counter: signing in (a refused PIN says what happened and what to do: tries left
 * before a pause, seconds to wait, or ask a manager) and "Change my PIN". The rules are {@link PinGuard}'s, which
 * counts every PIN typed here; this holds the answer for the screen. Plain Java: no nodes.
 */
final class SignInPresenter {

    private static final Logger log = LoggerFactory.getLogger(SignInPresenter.class);

    private final StoreService stores;
    private final String terminalCode;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<StaffSession> signedIn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Said> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Said> pinChange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper pinChanged = new ReadOnlyBooleanWrapper();

    /** @param terminalCode this counter: wrong PINs are counted per counter (see PinGuard) */
    SignInPresenter(StoreService stores, String terminalCode, TaskExecutor executor) {
        this.stores = stores;
        this.terminalCode = terminalCode;
        this.executor = executor;
    }

    /** Signs in with {@code pin}; a tap while the first is checked does nothing. */
    void signIn(char[] pin) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> stores.signIn(terminalCode, pin))
                .onSuccess(check -> {
                    error.set(null); // the same refusal again is said again
                    if (check instanceof PinCheck.Accepted accepted) {
                        // still busy while the desk is built for them (that holds the FX thread): the spinner stays
                        signedIn.set(accepted.staff());
                        busy.set(false);
                    } else {
                        busy.set(false);
                        error.set(PinText.refused((PinCheck.Refused) check));
                    }
                })
                .onFailure(failure -> {
                    log.error("Signing in at {} failed", terminalCode, failure);
                    busy.set(false);
                    error.set(null);
                    error.set(Said.of("counter.login.failed"));
                }));
    }

    /**
     * {@code staff} changes their PIN: the current one, the new one twice. Once changed, saving again does nothing
     * (the dialog's save button greys).
     */
    void changePin(StaffSession staff, char[] current, char[] fresh, char[] repeated) {
        if (busy.get() || pinChanged.get()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> stores.changePin(terminalCode, staff, current, fresh, repeated))
                .onSuccess(change -> {
                    busy.set(false);
                    pinChanged.set(change instanceof PinGuard.PinChange.Changed);
                    pinChange.set(null); // the same refusal again is said again
                    pinChange.set(PinText.change(change));
                })
                .onFailure(ex -> {
                    log.error("Changing the PIN of staff member {} at {} failed", staff.staffId(), terminalCode, ex);
                    busy.set(false);
                    pinChange.set(null);
                    pinChange.set(Said.of("counter.pin.change.failed"));
                }));
    }

    /** Who signed in, once a PIN was accepted. */
    ReadOnlyObjectProperty<StaffSession> signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** Why the last PIN did not sign anyone in, or null. */
    ReadOnlyObjectProperty<Said> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while a PIN is being checked or a new one stored. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The answer to the last "Change my PIN", or null. */
    ReadOnlyObjectProperty<Said> pinChangeProperty() {
        return pinChange.getReadOnlyProperty();
    }

    /** True once the PIN was changed. */
    ReadOnlyBooleanProperty pinChangedProperty() {
        return pinChanged.getReadOnlyProperty();
    }
}
