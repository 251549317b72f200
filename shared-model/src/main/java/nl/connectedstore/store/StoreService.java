package nl.connectedstore.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;

/** Stores and the staff who sign in at them. */
public final class StoreService {


    /** How long a sign-in lasts without a sign-out: one long shift. */
    public static final Duration SIGN_IN_VALID = Duration.ofHours(12);

    /** The languages the counter speaks; a member of staff chooses one of these. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "da");

    private final Transactor tx;
    private final Clock clock;
    private final PinGuard pins;

    /** @param pins the PIN guard of the same database, built once by the composition root */
    public StoreService(Transactor tx, Clock clock, PinGuard pins) {
        this.tx = tx;
        this.clock = clock;
        this.pins = Objects.requireNonNull(pins);
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

    /**
     * The staff signed in at this store today, by first name: the choices for "who helped you today?". A sign-in
     * counts when any part of it falls on today (in {@code zone}): begun today, or begun last night and still open
     * this morning. Alphabetical; each member of staff once.
     */
    public List<StaffName> signedInToday(long storeId, ZoneId zone) {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        return tx.read(session -> session.createSelectionQuery("select distinct s.staff.id, s.staff.name"
                                + " from StaffSignIn s where s.store.id = :store and s.startedAt >= :earliest"
                                + " and s.startedAt <= :now and s.expiresAt > :midnight"
                                + " and (s.endedAt is null or s.endedAt > :midnight)", Object[].class)
                        .setParameter("store", storeId)
                        // a sign-in lasts at most SIGN_IN_VALID: one begun earlier cannot reach today (the index's range)
                        .setParameter("earliest", midnight.minus(SIGN_IN_VALID))
                        .setParameter("now", now)
                        .setParameter("midnight", midnight)
                        .getResultList().stream()
                        .map(r -> StaffName.of(((Number) r[0]).longValue(), (String) r[1]))
                        .sorted(Comparator.comparing(StaffName::firstName).thenComparing(StaffName::staffId))
                        .toList());
    }

    /** Everyone on this store's staff, by first name (the dashboard's clerk filter). */
    public List<StaffName> staffOf(long storeId) {
        return tx.read(session -> session.createSelectionQuery("select m.id, m.name from StaffMember m"
                        + " where m.store.id = :store order by m.name", Object[].class)
                .setParameter("store", storeId)
                .getResultList().stream()
                .map(r -> StaffName.of(((Number) r[0]).longValue(), (String) r[1]))
                .toList());
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

    /**
     * Starts a stored sign-in for a PIN that matched ({@link PinGuard#check}), in its transaction: what staff
     * actions then name.
     */
    static StaffSession startSignIn(Session session, StaffMember member, String terminalCode, Instant now) {
        StaffSignIn signIn = new StaffSignIn(member, terminalCode, now, now.plus(SIGN_IN_VALID));
        session.persist(signIn);
        return new StaffSession(signIn.getId(), member.getId(), member.name(), member.role(), member.store().code(),
                member.language());
    }

    /**
     * The signed-in member of staff reads the counter in {@code language} (en, nl, da) from now on, at every
     * counter, also after their next sign-in. Safe to call twice.
     *
     * @return the sign-in with the language it now speaks
     * @throws IllegalArgumentException    for a language the counter does not speak
     * @throws StaffSessionEndedException when the sign-in has ended
     */
    public StaffSession chooseLanguage(StaffSession staff, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("The counter does not speak '" + language + "'");
        }
        return tx.write(session -> {
            signedIn(session, staff, null, clock.instant()).chooseLanguage(language);
            return staff.speaking(language);
        });
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

    /** Who is behind a staff action, as the action records it: the staff member's id and name, and their store. */
    public record OnDuty(long staffId, String name, long storeId) {
    }

    /**
     * The staff member behind a staff action, checked inside the caller's unit of work (the one that stores the
     * action; {@link Transactor#readJoining}): the sign-in exists, has not ended or expired at {@code at}, and is of
     * store {@code storeId} (any store when null). What the action records about who did it comes from the answer.
     *
     * @throws StaffSessionEndedException otherwise
     */
    public OnDuty signedIn(StaffSession staff, Long storeId, Instant at) {
        return tx.readJoining(session -> {
            StaffMember member = signedIn(session, staff, storeId, at);
            return new OnDuty(member.getId(), member.name(), member.store().getId());
        });
    }

    /** The same, in this package's own transaction ({@link PinGuard}). */
    static StaffMember signedIn(Session session, StaffSession staff, Long storeId, Instant at) {
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
