package nl.connectedstore.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores and the staff who sign in at them. */
public final class StoreService {

    private static final Logger log = LoggerFactory.getLogger(StoreService.class);
    public static final int MAX_PIN_LENGTH = 12;

    /** How long a sign-in lasts without a sign-out: one long shift. */
    public static final java.time.Duration SIGN_IN_VALID = java.time.Duration.ofHours(12);

    private final Transactor tx;
    private final java.time.Clock clock;

    public StoreService(Transactor tx) {
        this(tx, java.time.Clock.systemUTC());
    }

    public StoreService(Transactor tx, java.time.Clock clock) {
        this.tx = tx;
        this.clock = clock;
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
        return signIn(storeId, null, pin);
    }

    /**
     * The same at a terminal: a match starts a stored sign-in ({@code staff_session}), which staff actions
     * name and which {@link #signOut} ends.
     */
    public Optional<StaffSession> signIn(long storeId, String terminalCode, char[] pin) {
        try {
            if (pin == null || pin.length < 4 || pin.length > MAX_PIN_LENGTH) {
                return Optional.empty();
            }
            Optional<StaffSession> session = tx.write(s -> s
                    .createSelectionQuery("from StaffMember m join fetch m.store where m.store.id = :store",
                            StaffMember.class)
                    .setParameter("store", storeId)
                    .getResultList().stream()
                    .filter(m -> m.pinMatches(pin))
                    .findFirst()
                    .map(m -> start(s, m, terminalCode)));
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

    private StaffSession start(Session session, StaffMember member, String terminalCode) {
        Instant now = clock.instant();
        StaffSignIn signIn = new StaffSignIn(member, terminalCode, now, now.plus(SIGN_IN_VALID));
        session.persist(signIn);
        return new StaffSession(signIn.getId(), member.getId(), member.name(), member.role(), member.store().code());
    }

    /** Ends a sign-in: staff actions naming it are refused from now on. Safe to call twice. */
    public void signOut(StaffSession staff) {
        tx.write(session -> {
            StaffSignIn signIn = session.find(StaffSignIn.class, staff.sessionId());
            if (signIn != null) {
                signIn.end(clock.instant());
            }
            return null;
        });
    }

    /**
     * The staff member behind a staff action, checked in the caller's transaction (the one that stores the
     * action): the sign-in exists, has not ended or expired at {@code at}, and is of store {@code storeId}
     * (any store when null). What the action records about who did it comes from the returned member.
     *
     * @throws StaffSessionEndedException otherwise
     */
    public static StaffMember signedIn(Session session, StaffSession staff, Long storeId, Instant at) {
        if (staff == null) {
            throw new StaffSessionEndedException(-1);
        }
        StaffSignIn signIn = session.find(StaffSignIn.class, staff.sessionId());
        if (signIn == null || !signIn.activeAt(at) || storeId != null && signIn.store().getId() != storeId.longValue()) {
            throw new StaffSessionEndedException(staff.sessionId());
        }
        return signIn.staff();
    }
}
