package nl.connectedstore.counter;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.store.StaffRole;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's admin menu, a manager's: the retention clean-up now, and unlocking PIN entry at another counter of
 * the store whose PIN entry is paused or locked after too many wrong PINs (read each time the menu opens). A store
 * with one counter unlocks it from the machine instead: {@code --unlock-pin-entry=<terminal>} (see README). What a
 * run did is said as a status. Plain Java: no nodes.
 */
final class AdminPresenter {

    private static final Logger log = LoggerFactory.getLogger(AdminPresenter.class);

    private final CounterPrivacy privacy;
    private final StoreService stores;
    private final StoreInfo store;
    private final String terminalCode;
    private final TaskExecutor executor;
    private final StaffSession staff;
    private final ObjectProperty<Said> status = new SimpleObjectProperty<>();
    private final ObservableList<PinGuard.LockedTerminal> lockedElsewhere = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper lockedRead = new ReadOnlyBooleanWrapper();

    AdminPresenter(CounterPrivacy privacy, StoreService stores, StoreInfo store, String terminalCode,
                   TaskExecutor executor, StaffSession staff) {
        this.privacy = privacy;
        this.stores = stores;
        this.store = store;
        this.terminalCode = terminalCode;
        this.executor = executor;
        this.staff = staff;
    }

    /** Only a manager runs the clean-up and unlocks PIN entry. */
    boolean forManagers() {
        return staff.role() == StaffRole.MANAGER;
    }

    void runRetention() {
        if (!forManagers()) {
            return;
        }
        status.set(Said.of("counter.admin.retention.running"));
        executor.execute(BackgroundTask.of(progress -> privacy.retention().run())
                .onSuccess(report -> status.set(Said.of("counter.admin.retention.done",
                        report.consentFactsRemoved(), report.customersErased())))
                .onFailure(ex -> {
                    log.error("Retention clean-up failed", ex);
                    status.set(Said.of("counter.admin.retention.failed"));
                }));
    }

    /** Reads which other counters of the store have PIN entry paused or locked (the menu opens). */
    void readLocked() {
        if (!forManagers()) {
            return;
        }
        executor.execute(BackgroundTask.of(progress -> stores.pins().locked(store.code()))
                .onSuccess(locked -> {
                    lockedElsewhere.setAll(locked.stream().filter(t -> !t.code().equals(terminalCode)).toList());
                    lockedRead.set(true);
                })
                .onFailure(ex -> log.warn("Reading locked PIN entry failed: {}", ex.toString())));
    }

    void unlock(PinGuard.LockedTerminal terminal) {
        executor.execute(BackgroundTask.of(progress -> stores.pins().unlock(terminal.code(), staff))
                .onSuccess(result -> status.set(Said.of("counter.admin.unlock." + result.name(), terminal.name())))
                .onFailure(ex -> {
                    log.error("Unlocking PIN entry at {} failed", terminal.code(), ex);
                    status.set(Said.of("counter.admin.unlock.failed"));
                }));
    }

    /** Other counters of this store whose PIN entry a manager may unlock, as last read. */
    ObservableList<PinGuard.LockedTerminal> lockedElsewhere() {
        return lockedElsewhere;
    }

    /** True once the locked counters were read (none locked then says so). */
    ReadOnlyBooleanProperty lockedReadProperty() {
        return lockedRead.getReadOnlyProperty();
    }

    /** What the last run did, or null. */
    ReadOnlyObjectProperty<Said> statusProperty() {
        return status;
    }
}
