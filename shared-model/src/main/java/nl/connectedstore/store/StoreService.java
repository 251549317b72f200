package nl.connectedstore.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.connectedstore.persistence.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores and the staff who sign in at them. */
public final class StoreService {

    private static final Logger log = LoggerFactory.getLogger(StoreService.class);
    public static final int MAX_PIN_LENGTH = 12;

    private final Transactor tx;

    public StoreService(Transactor tx) {
        this.tx = tx;
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

    /**
     * Signs in the staff member of {@code storeId} whose PIN this is. The PIN array is wiped afterwards.
     * Never logs the PIN.
     */
    public Optional<StaffSession> signIn(long storeId, char[] pin) {
        try {
            if (pin == null || pin.length < 4 || pin.length > MAX_PIN_LENGTH) {
                return Optional.empty();
            }
            Optional<StaffSession> session = tx.read(s -> s
                    .createSelectionQuery("from StaffMember m join fetch m.store where m.store.id = :store",
                            StaffMember.class)
                    .setParameter("store", storeId)
                    .getResultList().stream()
                    .filter(m -> m.pinMatches(pin))
                    .findFirst()
                    .map(m -> new StaffSession(m.getId(), m.name(), m.role(), m.store().code())));
            if (session.isEmpty()) {
                log.info("Refused a staff sign-in with a wrong PIN at store id {}", storeId);
            }
            return session;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }
}
