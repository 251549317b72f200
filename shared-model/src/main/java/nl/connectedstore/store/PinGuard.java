package nl.connectedstore.store;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one rule every PIN passes: sign-in, answering an age check or help call, changing one's own PIN.
 *
 * <p>Wrong PINs are counted per terminal in the database, so a restart does not forget them and every place a PIN
 * is typed adds to the same count. After {@value #PAUSE_AFTER} wrong PINs in a row the terminal takes no PIN for
 * 30 s, after each further wrong one for twice as long (60 s, 120 s, ...); after {@value #LOCK_AFTER} it is locked
 * until a manager signed in at another counter of the store unlocks it ({@link #unlock}), or someone with access to
 * the machine runs the counter with {@code --unlock-pin-entry=<terminal>} ({@link #unlockAtMachine}, for a store
 * with one counter). A paused or locked terminal refuses every PIN without checking it, the right one too; a right
 * PIN starts the count again. Pauses are not waited out here: the caller is refused at once with the seconds left.
 *
 * <p>Two attempts at one terminal at the same moment cannot both slip through: the terminal's row is locked
 * (select for update) from reading the count until the attempt is counted and committed, in one transaction.
 * Every refused attempt is stored ({@link PinFailure}: terminal, time, place, why) and logged, never the PIN.
 */
public final class PinGuard {

    private static final Logger log = LoggerFactory.getLogger(PinGuard.class);

    /** Wrong PINs in a row before the first pause. */
    public static final int PAUSE_AFTER = 5;
    /** Wrong PINs in a row before the terminal is locked. */
    public static final int LOCK_AFTER = 10;
    /** The first pause; each further wrong PIN doubles it. */
    public static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 6;
    /** How often a staff member may choose a new PIN (keeps "that PIN is taken" from being a guessing oracle). */
    public static final Duration PIN_CHANGE_EVERY = Duration.ofHours(1);

    /** A terminal that takes no PIN until a manager unlocks it. */
    public record LockedTerminal(String code, String name, Instant lockedAt) {
    }

    /** What an unlock did. */
    public enum Unlock {
        UNLOCKED,
        /** Nothing to unlock: no lock and no pause. */
        NOT_LOCKED,
        /** Only a manager of the same store, at another of its counters, may unlock. */
        NOT_ALLOWED
    }

    private final Transactor tx;
    private final Clock clock;

    public PinGuard(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Whether {@code pin} has the shape of a PIN: 4 to 6 ASCII digits. */
    public static boolean wellFormed(char[] pin) {
        if (pin == null || pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a PIN typed at {@code terminalCode} (a counter) against the staff of the terminal's store. The caller
     * wipes the array.
     *
     * @throws IllegalArgumentException for an unknown terminal or one that is not a counter
     */
    public PinCheck check(String terminalCode, PinPlace place, char[] pin) {
        Attempt attempt = tx.writeRetrying(session -> {
            Terminal terminal = lockCounter(session, terminalCode);
            PinEntryState state = state(session, terminal);
            Optional<PinCheck.Refused> refused = refuseUnchecked(session, terminal, state, place, pin);
            if (refused.isPresent()) {
                return new Attempt(refused.get(), state.failures());
            }
            Optional<StaffMember> staff = staffOf(session, terminal.store(), pin);
            if (staff.isPresent()) {
                state.succeeded();
                StaffMember m = staff.get();
                return new Attempt(new PinCheck.Accepted(StoreService.startSignIn(session, m, terminal.code(),
                        clock.instant())), 0);
            }
            return new Attempt(wrong(session, terminal, state, place, PinFailure.Outcome.WRONG), state.failures());
        });
        report(terminalCode, place, attempt);
        return attempt.check();
    }

    /** What a staff member's own PIN change came to. */
    public sealed interface PinChange {
        record Changed() implements PinChange {
        }

        /** The current PIN was not theirs, or the terminal takes no PIN now: counted like any wrong PIN. */
        record CurrentRefused(PinCheck.Refused why) implements PinChange {
        }

        /** The new PIN and its repetition differ. */
        record Mismatch() implements PinChange {
        }

        /** Not 4 to 6 digits. */
        record NotAPin() implements PinChange {
        }

        /** Easy to guess: one digit repeated, a run such as 1234 or 9876, a pair repeated (1212). */
        record TooEasy() implements PinChange {
        }

        /** The same as the current PIN. */
        record Unchanged() implements PinChange {
        }

        /** Not allowed for this staff member, for a reason not to be told (it is a colleague's PIN). */
        record ChooseAnother() implements PinChange {
        }

        /** Changed too recently; try again in {@code minutes}. */
        record TooSoon(long minutes) implements PinChange {
        }
    }

    /**
     * {@code staffId}, signed in at {@code terminalCode}, chooses a new PIN: the current one first (checked and
     * counted as at sign-in, and it must be theirs), then the new one twice. Refuses trivial PINs and a PIN that
     * another staff member of the store has, without saying whose (sign-in finds staff by PIN). Such a refusal
     * counts as a wrong PIN at the terminal and a staff member may change their PIN only once per
     * {@link #PIN_CHANGE_EVERY}, so that "choose another PIN" cannot be used to search for a colleague's PIN.
     * The caller wipes the arrays.
     */
    public PinChange changePin(String terminalCode, long staffId, char[] current, char[] fresh, char[] repeated) {
        if (!wellFormed(fresh)) {
            return new PinChange.NotAPin();
        }
        if (!Arrays.equals(fresh, repeated)) {
            return new PinChange.Mismatch();
        }
        if (tooEasy(fresh)) {
            return new PinChange.TooEasy();
        }
        Attempt attempt = tx.writeRetrying(session -> {
            Terminal terminal = lockCounter(session, terminalCode);
            PinEntryState state = state(session, terminal);
            Optional<PinCheck.Refused> refused = refuseUnchecked(session, terminal, state, PinPlace.PIN_CHANGE,
                    current);
            if (refused.isPresent()) {
                return new Attempt(refused.get(), state.failures());
            }
            // one change at a time per store: two staff cannot both take the same new PIN
            session.find(Store.class, terminal.store().getId(), LockModeType.PESSIMISTIC_WRITE);
            StaffMember me = session.find(StaffMember.class, staffId);
            if (me == null || me.store().getId().longValue() != terminal.store().getId().longValue()
                    || !me.pinMatches(current)) {
                return new Attempt(wrong(session, terminal, state, PinPlace.PIN_CHANGE, PinFailure.Outcome.WRONG),
                        state.failures());
            }
            Instant now = clock.instant();
            if (me.pinChangedAt() != null && now.isBefore(me.pinChangedAt().plus(PIN_CHANGE_EVERY))) {
                long minutes = Duration.between(now, me.pinChangedAt().plus(PIN_CHANGE_EVERY)).toMinutes() + 1;
                return new Attempt(new PinChange.TooSoon(minutes), state.failures());
            }
            if (me.pinMatches(fresh)) {
                return new Attempt(new PinChange.Unchanged(), state.failures());
            }
            boolean taken = staffOfStore(session, terminal.store()).stream()
                    .anyMatch(other -> !other.getId().equals(me.getId()) && other.pinMatches(fresh));
            if (taken) {
                // counted, and the right current PIN does not start the count again: no free guesses
                wrong(session, terminal, state, PinPlace.PIN_CHANGE, PinFailure.Outcome.TAKEN);
                return new Attempt(new PinChange.ChooseAnother(), state.failures());
            }
            me.changePin(PinHasher.hash(fresh), now);
            state.succeeded();
            return new Attempt(new PinChange.Changed(), 0);
        });
        if (attempt.result() instanceof PinCheck.Refused why) {
            report(terminalCode, PinPlace.PIN_CHANGE, attempt);
            return new PinChange.CurrentRefused(why);
        }
        PinChange change = (PinChange) attempt.result();
        if (change instanceof PinChange.Changed) {
            log.info("Staff member {} chose a new PIN at terminal {}", staffId, terminalCode);
        } else if (change instanceof PinChange.ChooseAnother) {
            log.warn("PIN change by staff member {} at terminal {} refused: the new PIN is taken"
                    + " ({} wrong PINs in a row here)", staffId, terminalCode, attempt.failures());
        }
        return change;
    }

    /** The store's counters, kiosks and checkouts whose PIN entry is locked: what a manager may unlock. */
    public List<LockedTerminal> locked(String storeCode) {
        return tx.read(session -> session.createSelectionQuery(
                        "select new nl.connectedstore.store.PinGuard$LockedTerminal(s.terminal.code, s.terminal.name,"
                                + " s.lockedAt) from PinEntryState s where s.terminal.store.code = :store"
                                + " and s.lockedAt is not null order by s.terminal.code", LockedTerminal.class)
                .setParameter("store", storeCode)
                .getResultList());
    }

    /**
     * A manager signed in at another counter of the same store lifts the lock (or pause) of {@code lockedTerminal}.
     * Checked against the database, not the caller's word: the sign-in must be current, of a manager of that store,
     * and made at a different counter of it (the terminal is the sign-in's, not one the caller names).
     */
    public Unlock unlock(String lockedTerminal, StaffSession manager) {
        Unlock result = tx.writeRetrying(session -> {
            Terminal locked = lockTerminal(session, lockedTerminal);
            long store = locked.store().getId();
            StaffMember member;
            try {
                member = StoreService.signedIn(session, manager, store, clock.instant());
            } catch (StaffSessionEndedException e) {
                return Unlock.NOT_ALLOWED;
            }
            StaffSignIn signIn = session.find(StaffSignIn.class, manager.sessionId());
            Terminal at = signIn.terminalCode() == null ? null : session.createSelectionQuery("from Terminal t where t.code = :code", Terminal.class)
                    .setParameter("code", signIn.terminalCode()).uniqueResult();
            if (member.role() != StaffRole.MANAGER || at == null || at.store().getId() != store
                    || at.kind() != TerminalKind.COUNTER || at.getId().equals(locked.getId())) {
                return Unlock.NOT_ALLOWED;
            }
            PinEntryState managersOwn = existingState(session, at);
            if (managersOwn != null && (managersOwn.locked() || managersOwn.pauseLeft(clock.instant()) > 0)) {
                return Unlock.NOT_ALLOWED;
            }
            return unlock(session, locked, member.name() + " (staff member " + member.getId() + ") at " + at.code());
        });
        long staffId = manager == null ? -1 : manager.staffId();
        if (result == Unlock.NOT_ALLOWED) {
            log.warn("Refused to unlock PIN entry at {} for sign-in {} of staff member {}", lockedTerminal,
                    manager == null ? -1 : manager.sessionId(), staffId);
        } else if (result == Unlock.UNLOCKED) {
            log.warn("PIN entry at {} unlocked by manager (staff member {})", lockedTerminal, staffId);
        }
        return result;
    }

    /**
     * Unlocks from the machine itself ({@code --unlock-pin-entry=<terminal>}): for a store with a single counter,
     * where no manager can be signed in at another one. Whoever runs it can already open the database.
     */
    public Unlock unlockAtMachine(String terminalCode, String operator) {
        String by = "command line" + (operator == null || operator.isBlank() ? "" : " (" + operator.strip() + ")");
        Unlock result = tx.writeRetrying(session -> unlock(session, lockTerminal(session, terminalCode),
                by.length() > 100 ? by.substring(0, 100) : by));
        log.warn("PIN entry at {} unlocked from the {}: {}", terminalCode, by, result);
        return result;
    }

    private Unlock unlock(Session session, Terminal terminal, String by) {
        PinEntryState state = existingState(session, terminal);
        if (state == null || (!state.locked() && state.pauseLeft(clock.instant()) == 0 && state.failures() == 0)) {
            return Unlock.NOT_LOCKED;
        }
        state.unlock(clock.instant(), by);
        return Unlock.UNLOCKED;
    }

    /** Paused, locked or not a PIN: refused (and logged) without looking at any staff member's PIN. */
    private Optional<PinCheck.Refused> refuseUnchecked(Session session, Terminal terminal, PinEntryState state,
                                                      PinPlace place, char[] pin) {
        Instant now = clock.instant();
        if (state.locked()) {
            session.persist(new PinFailure(terminal.code(), now, place, PinFailure.Outcome.LOCKED));
            return Optional.of(new PinCheck.Locked());
        }
        long pause = state.pauseLeft(now);
        if (pause > 0) {
            session.persist(new PinFailure(terminal.code(), now, place, PinFailure.Outcome.PAUSED));
            return Optional.of(new PinCheck.Paused(pause));
        }
        if (!wellFormed(pin)) {
            session.persist(new PinFailure(terminal.code(), now, place, PinFailure.Outcome.NOT_A_PIN));
            return Optional.of(new PinCheck.NotAPin());
        }
        return Optional.empty();
    }

    private PinCheck.Refused wrong(Session session, Terminal terminal, PinEntryState state, PinPlace place,
                                   PinFailure.Outcome outcome) {
        Instant now = clock.instant();
        state.failed(now, PAUSE_AFTER, LOCK_AFTER, FIRST_PAUSE);
        session.persist(new PinFailure(terminal.code(), now, place, outcome));
        if (state.locked()) {
            return new PinCheck.Locked();
        }
        long pause = state.pauseLeft(now);
        return pause > 0 ? new PinCheck.Paused(pause) : new PinCheck.WrongPin(PAUSE_AFTER - state.failures());
    }

    private static void report(String terminalCode, PinPlace place, Attempt attempt) {
        Object result = attempt.result();
        if (result instanceof PinCheck.WrongPin) {
            log.warn("Wrong PIN at terminal {} ({}): {} in a row", terminalCode, place, attempt.failures());
        } else if (result instanceof PinCheck.Paused paused) {
            log.warn("PIN refused at terminal {} ({}): {} wrong PINs in a row, PIN entry paused for {} s",
                    terminalCode, place, attempt.failures(), paused.seconds());
        } else if (result instanceof PinCheck.Locked) {
            log.warn("PIN refused at terminal {} ({}): PIN entry is locked after {} wrong PINs in a row;"
                    + " a manager must unlock it", terminalCode, place, LOCK_AFTER);
        } else if (result instanceof PinCheck.NotAPin) {
            log.info("Refused an entry at terminal {} ({}) that is not 4 to 6 digits", terminalCode, place);
        }
    }

    /** @param result a {@link PinCheck} or a {@link PinChange}; {@code failures} wrong PINs in a row after it */
    private record Attempt(Object result, int failures) {
        PinCheck check() {
            return (PinCheck) result;
        }
    }

    private static Terminal lockCounter(Session session, String code) {
        Terminal terminal = lockTerminal(session, code);
        if (terminal.kind() != TerminalKind.COUNTER) {
            throw new IllegalArgumentException("Staff PINs are typed at a counter, not at " + code);
        }
        return terminal;
    }

    /** The terminal's row, locked until the transaction ends: attempts at one terminal take turns. */
    private static Terminal lockTerminal(Session session, String code) {
        return session.find(Terminal.class, terminal(session, code).getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private static Terminal terminal(Session session, String code) {
        return session.createSelectionQuery("from Terminal t where t.code = :code", Terminal.class)
                .setParameter("code", code)
                .uniqueResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("Unknown terminal " + code));
    }

    private static PinEntryState existingState(Session session, Terminal terminal) {
        return session.createSelectionQuery("from PinEntryState s where s.terminal = :terminal", PinEntryState.class)
                .setParameter("terminal", terminal)
                .uniqueResultOptional()
                .orElse(null);
    }

    private static PinEntryState state(Session session, Terminal terminal) {
        PinEntryState state = existingState(session, terminal);
        if (state == null) {
            state = new PinEntryState(terminal);
            session.persist(state);
        }
        return state;
    }

    private static List<StaffMember> staffOfStore(Session session, Store store) {
        return session.createSelectionQuery("from StaffMember m where m.store = :store order by m.id",
                        StaffMember.class)
                .setParameter("store", store)
                .getResultList();
    }

    private static Optional<StaffMember> staffOf(Session session, Store store, char[] pin) {
        return staffOfStore(session, store).stream().filter(m -> m.pinMatches(pin)).findFirst();
    }

    /** One digit repeated, a run up or down (1234, 9876, 012345), or a repeated pair (1212, 454545). */
    static boolean tooEasy(char[] pin) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        boolean pair = pin.length % 2 == 0;
        for (int i = 1; i < pin.length; i++) {
            same &= pin[i] == pin[0];
            up &= pin[i] == pin[i - 1] + 1;
            down &= pin[i] == pin[i - 1] - 1;
            pair &= pin[i] == pin[i % 2];
        }
        return same || up || down || pair;
    }
}
