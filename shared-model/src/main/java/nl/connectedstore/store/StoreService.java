package nl.connectedstore.store;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.connectedstore.persistence.Transactor;

/** Stores and the staff who sign in at them. */
public final class StoreService {


    private final Transactor tx;
    private final PinGuard pins;

    /** With the system clock: for callers that only read stores (PIN pauses need {@link #StoreService(Transactor, Clock)} in tests). */
    public StoreService(Transactor tx) {
        this(tx, Clock.systemUTC());
    }

    public StoreService(Transactor tx, Clock clock) {
        this.tx = tx;
        this.pins = new PinGuard(tx, clock);
    }

    public Optional<StoreInfo> store(String code) {
        return tx.read(session -> session
                .createSelectionQuery("from Store s where s.code = :code", Store.class)
                .setParameter("code", code)
                .uniqueResultOptional()
                .map(StoreInfo::of));
    }

    /** The code of the store a terminal stands in, if the terminal exists. */
    public Optional<String> storeOfTerminal(String terminalCode) {
        return tx.read(session -> session
                .createSelectionQuery("select t.store.code from Terminal t where t.code = :code", String.class)
                .setParameter("code", terminalCode)
                .uniqueResultOptional());
    }

    /** A chain-wide setting kept in the database (the same for every terminal), if it is set. */
    public Optional<String> chainSetting(String name) {
        return tx.read(session -> session
                .createNativeQuery("select setting_value from app_setting where setting_name = :name", String.class)
                .setParameter("name", name)
                .uniqueResultOptional());
    }

    /** Shops first, then warehouses; by name. */
    public List<StoreInfo> stores() {
        return tx.read(session -> session
                .createSelectionQuery("from Store s order by s.kind, s.name", Store.class)
                .getResultList().stream().map(StoreInfo::of).toList());
    }

    /** The rule every PIN passes ({@link PinGuard}): counts, pauses, locks and unlocks PIN entry per terminal. */
    public PinGuard pins() {
        return pins;
    }

    /**
     * Signs in the staff member of the counter's store whose PIN this is, if the counter takes a PIN now (see
     * {@link PinGuard}). The PIN array is wiped afterwards. Never logs the PIN.
     *
     * @param terminalCode the counter the PIN was typed at
     */
    public PinCheck signIn(String terminalCode, char[] pin) {
        return checkPin(terminalCode, PinPlace.SIGN_IN, pin);
    }

    /** Checks a PIN typed at a counter for {@code place} through the {@link PinGuard}; wipes the array. */
    public PinCheck checkPin(String terminalCode, PinPlace place, char[] pin) {
        try {
            return pins.check(terminalCode, place, pin);
        } finally {
            wipe(pin);
        }
    }

    /**
     * The signed-in staff member chooses a new PIN of 4 to 6 digits: the current one, then the new one twice.
     * All three arrays are wiped afterwards. See {@link PinGuard#changePin}.
     */
    public PinGuard.PinChange changePin(String terminalCode, StaffSession staff, char[] current, char[] fresh,
                                        char[] repeated) {
        try {
            return pins.changePin(terminalCode, staff.staffId(), current, fresh, repeated);
        } finally {
            wipe(current);
            wipe(fresh);
            wipe(repeated);
        }
    }

    private static void wipe(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }
}
