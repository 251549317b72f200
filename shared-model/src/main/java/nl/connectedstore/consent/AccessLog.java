package nl.connectedstore.consent;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import org.hibernate.PessimisticLockException;
import org.hibernate.Session;
import org.hibernate.exception.LockAcquisitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff access log: every read of a customer's personal data by staff, appended in the same transaction as
 * the read ({@link #appendIn}).
 *
 * <p><b>Tamper-evident, including at its end.</b> Each entry carries an HMAC-SHA256, under a secret key
 * ({@link AccessLogKey}, table {@code access_log_key}), of its fields and the previous entry's MAC. The head
 * ({@link AccessLogHead}, table {@code access_log_head}) holds the last position and its MAC, sealed with the key,
 * and is rewritten in the same transaction as every append. Only the counter's database user can read the key;
 * so whoever can write {@code profile_access} without it (the kiosk, a hand-edited dump) cannot recompute the
 * chain, and cannot hide removed entries: {@link #verify} walks the chain, compares its end with the head and names
 * what is wrong ({@link Problem}): changed entries (an edit, or a chain recomputed with plain SHA-256 or another
 * key), positions missing in the middle, positions missing at the end ("6..8 missing, the log ended at 8"), entries
 * the head does not cover (a head rolled back), a head not sealed by the key, a missing key. Every append also
 * writes the new position and the start of its MAC to the application log, a witness outside the database.
 * What it cannot show: someone holding the counter's database credentials (and so the key) can rewrite
 * everything; restoring an older head they saved while also deleting every entry after it is only visible
 * against that log file.
 *
 * <p><b>Entries from before the key (V5's plain SHA-256 chain)</b> are kept as they are, not re-MACed (that would
 * need UPDATE rights on the log and would launder a chain that was already broken): the first append after the
 * upgrade makes the key under the head's lock and anchors the log at its end then ({@code legacy_end}, and that
 * entry's hash as the head's MAC); the first new entry links to the last old hash. {@link #verify} checks
 * positions up to {@code legacy_end} with plain SHA-256 and the rest with the key; changing the old prefix
 * changes its last hash, which the first new entry's MAC (or the sealed head) covers, so it shows too.
 *
 * <p><b>Concurrency.</b> Appends lock the head row ({@code select ... for update}), so two terminals appending at
 * once take turns; only a lock conflict (timeout, deadlock) is retried. Anything else fails at once: a staff id
 * that does not exist is refused with an {@link IllegalArgumentException} before anything is written.
 */
public final class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    static final String GENESIS = "0".repeat(64);
    private static final int MAX_ATTEMPTS = 20;
    /** Only a timed-out or deadlocked wait for another append's lock is worth another attempt. */
    private static final Transactor.Retry LOCK_WAIT_RETRY =
            new Transactor.Retry(MAX_ATTEMPTS, AccessLog::isLockConflict, 1, MAX_ATTEMPTS);

    /** One entry as the customer sees it in the portal. */
    public record Entry(long position, Instant at, String staffName, String terminalCode, String reason) {
    }

    /** What a check of the log can find wrong. */
    public enum Problem {
        /** Entries whose MAC or link does not fit: edited, or recomputed without the key. */
        ENTRY_CHANGED,
        /** Positions missing between entries that are there. */
        ENTRIES_MISSING,
        /** The newest entries are gone: the head says the log ended later. */
        ENTRIES_MISSING_AT_END,
        /** Entries after the head's position: the head was rolled back (or rows were added without it). */
        ENTRIES_AFTER_HEAD,
        /** The head is not sealed by the key (changed, rolled back without the key, reset or removed). */
        HEAD_INVALID,
        /** The key is gone: entries from {@code from} on cannot be checked. */
        KEY_MISSING
    }

    /**
     * One thing found wrong, over positions {@code from..to} (both included). For {@link Problem#ENTRIES_MISSING_AT_END}
     * {@code to} is where the log ended; for {@link Problem#HEAD_INVALID} both are the position the head claims.
     */
    public record Finding(Problem problem, long from, long to) {

        /** For logs and staff: e.g. "entries 6..8 missing at the end (the log ended at 8)". */
        public String describe() {
            String range = from == to ? "entry " + from : "entries " + from + ".." + to;
            return switch (problem) {
                case ENTRY_CHANGED -> range + " changed or recomputed";
                case ENTRIES_MISSING -> range + " missing";
                case ENTRIES_MISSING_AT_END -> range + " missing at the end (the log ended at " + to + ")";
                case ENTRIES_AFTER_HEAD -> range + " after the head (the head was rolled back to " + (from - 1) + ")";
                case HEAD_INVALID -> "the head (at " + to + ") is not sealed by the log's key";
                case KEY_MISSING -> "the log's key is missing: " + range + " cannot be checked";
            };
        }
    }

    /**
     * The result of checking the log: how many entries it holds, whether it has been anchored (a key and a sealed
     * head; false only before the first append after the upgrade) and what was found wrong, by position.
     */
    public record Verification(long entries, boolean anchored, List<Finding> findings) {

        public Verification {
            findings = List.copyOf(findings);
        }

        public boolean intact() {
            return findings.isEmpty();
        }

        /** The lowest position named by a finding. */
        public Optional<Long> firstBroken() {
            return findings.stream().map(Finding::from).min(Comparator.naturalOrder());
        }

        /** The findings of one kind. */
        public List<Finding> findings(Problem problem) {
            return findings.stream().filter(f -> f.problem() == problem).toList();
        }

        /** For logs: "intact" or every finding described. */
        public String describe() {
            return intact() ? "intact" : String.join("; ", findings.stream().map(Finding::describe).toList());
        }
    }

    private final Transactor tx;
    private final StoreService stores;
    private final Clock clock;

    /** @param stores the stores of the same database: whose sign-in an entry names */
    public AccessLog(Transactor tx, StoreService stores, Clock clock) {
        this.tx = tx;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * The same log, read as the holder of the card the customer showed ({@link Transactor#asHolderOf}): how the
     * kiosk's portal shows a customer who looked at their data.
     */
    public AccessLog asHolderOf(String cardNumber) {
        return new AccessLog(tx.asHolderOf(cardNumber), stores, clock);
    }

    /**
     * Appends an entry in the caller's transaction (the one that reads the profile), holding the head's lock
     * until that transaction ends. The staff member is the one of the sign-in {@code staff} names, checked here
     * ({@link StoreService#signedIn}, joining that transaction); the id and name written come from that sign-in's
     * staff row.
     *
     * @throws IllegalArgumentException without a reason
     * @throws nl.connectedstore.store.StaffSessionEndedException when {@code staff} is not signed in now
     * @throws IllegalStateException    when the log's head or key is missing or does not fit (tampering)
     */
    private void appendIn(Session session, long customerId, StaffSession staff,
                          String terminalCode, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Opening a profile needs a reason");
        }
        StoreService.OnDuty member = stores.signedIn(staff, null, at);
        long staffId = member.staffId();
        String staffName = member.name();
        AccessLogHead head = session.find(AccessLogHead.class, AccessLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The staff access log's head row is missing: the log was tampered with");
        }
        AccessLogKey key = session.find(AccessLogKey.class, AccessLogKey.ID);
        if (!head.anchored()) {
            key = anchor(session, head, key, at);
        } else if (key == null) {
            throw new IllegalStateException("The staff access log's key is missing: the log was tampered with");
        }
        long position = head.position() + 1;
        // the database keeps microseconds: MAC what will be read back
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        ProfileAccess entry = new ProfileAccess(position, customerId, staffId, staffName, terminalCode,
                reason.strip(), stored, head.entryMac(), key);
        session.persist(entry);
        head.advance(position, entry.entryHash(), key);
        session.flush();
        log.info("Staff access log: entry {} appended, head {}", position, entry.entryHash().substring(0, 16));
    }

    /** First append after the upgrade: make the key and seal the head at the end of the old SHA-256 chain. */
    private static AccessLogKey anchor(Session session, AccessLogHead head, AccessLogKey key, Instant at) {
        if (key != null) {
            // a key exists only once the head was sealed: someone reset the head
            throw new IllegalStateException("The staff access log's head was reset: the log was tampered with");
        }
        List<ProfileAccess> old = all(session);
        String prev = GENESIS;
        long expected = 1;
        for (ProfileAccess a : old) {
            if (a.position() != expected || !a.prevHash().equals(prev) || !a.entryHash().equals(a.legacyHash())) {
                log.error("Staff access log: the chain from before the key is broken at position {}; anchoring it "
                        + "as it is, the check will keep naming it", a.position());
                break;
            }
            prev = a.entryHash();
            expected++;
        }
        AccessLogKey made = AccessLogKey.generate(at);
        session.persist(made);
        ProfileAccess last = old.isEmpty() ? null : old.get(old.size() - 1);
        head.anchor(last == null ? 0 : last.position(), last == null ? GENESIS : last.entryHash(), made);
        log.info("Staff access log anchored: a new key made, {} earlier entries kept as a SHA-256 chain",
                old.size());
        return made;
    }

    /** Appends an entry in its own transaction. */
    public void record(long customerId, StaffSession staff, String terminalCode, String reason) {
        readLogged(session -> Optional.of(customerId), id -> id, staff, terminalCode, reason);
    }

    /**
     * A staff read of personal data and its log entry, in one transaction: the read returns what it opened
     * (empty when it opened nobody, and then nothing is logged), {@code customerOf} says whose profile that
     * is. Retried as a whole (Transactor's one loop) only when waiting for another terminal's append timed out or
     * deadlocked; {@link nl.connectedstore.persistence.StillBusyException} when that kept happening.
     */
    public <T> Optional<T> readLogged(Function<Session, Optional<T>> read, ToLongFunction<T> customerOf,
                                      StaffSession staff, String terminalCode, String reason) {
        return tx.writeRetrying(session -> {
            Optional<T> opened = read.apply(session);
            opened.ifPresent(o -> appendIn(session, customerOf.applyAsLong(o), staff,
                    terminalCode, reason, clock.instant()));
            return opened;
        }, LOCK_WAIT_RETRY);
    }

    /**
     * Everything staff looked at for one customer, newest first; read inside the caller's unit of work when there is
     * one ({@link Transactor#readJoining}): the export reads everything in one.
     */
    public List<Entry> entriesFor(long customerId) {
        return tx.readJoining(session -> entriesIn(session, customerId));
    }

    private static List<Entry> entriesIn(Session session, long customerId) {
        return session.createSelectionQuery(
                        "from ProfileAccess a where a.customerId = :c order by a.position desc", ProfileAccess.class)
                .setParameter("c", customerId)
                .getResultList().stream()
                .map(a -> new Entry(a.position(), a.accessedAt(), a.staffName(), a.terminalCode(), a.reason()))
                .toList();
    }

    /** Walks the whole chain, compares its end with the head and names everything that does not fit. */
    public Verification verify() {
        return tx.read(session -> {
            Verification result = verifyIn(session);
            if (!result.intact()) {
                log.error("Staff access log check: {}", result.describe());
            }
            return result;
        });
    }

    static Verification verifyIn(Session session) {
        List<ProfileAccess> all = all(session);
        AccessLogHead head = session.find(AccessLogHead.class, AccessLogHead.ID);
        AccessLogKey key = session.find(AccessLogKey.class, AccessLogKey.ID);
        boolean anchored = head != null && head.anchored();
        long legacyEnd = anchored ? head.legacyEnd() : Long.MAX_VALUE;
        List<Finding> findings = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        long keyMissingFrom = -1;
        long last = 0;
        String prev = GENESIS;
        String atHead = null;
        for (ProfileAccess a : all) {
            boolean gap = a.position() > last + 1;
            if (gap) {
                findings.add(new Finding(Problem.ENTRIES_MISSING, last + 1, a.position() - 1));
            }
            boolean fits = gap || a.prevHash().equals(prev); // across a gap the missing entries explain the link
            if (!anchored && key != null) {
                // a head reset to "never anchored" (named below): which entries were made under the key is unknown
                fits &= a.entryHash().equals(a.legacyHash()) || a.entryHash().equals(a.macUnder(key));
            } else if (a.position() <= legacyEnd) {
                fits &= a.entryHash().equals(a.legacyHash());
            } else if (key != null) {
                fits &= a.entryHash().equals(a.macUnder(key));
            } else if (keyMissingFrom < 0) {
                keyMissingFrom = a.position();
            }
            if (!fits) {
                changed.add(a.position());
            }
            if (anchored && a.position() == head.position()) {
                atHead = a.entryHash();
            }
            last = a.position();
            prev = a.entryHash();
        }
        if (keyMissingFrom >= 0 || (anchored && key == null)) {
            long from = keyMissingFrom >= 0 ? keyMissingFrom : legacyEnd + 1;
            findings.add(new Finding(Problem.KEY_MISSING, from, Math.max(from, last)));
        } else if (head == null || (!anchored && key != null)) {
            // no head, or a head reset to "never anchored" while a key exists
            findings.add(new Finding(Problem.HEAD_INVALID, last, last));
        } else if (anchored && !head.sealedBy(key)) {
            findings.add(new Finding(Problem.HEAD_INVALID, head.position(), head.position()));
        } else if (anchored) {
            if (last < head.position()) {
                findings.add(new Finding(Problem.ENTRIES_MISSING_AT_END, last + 1, head.position()));
            } else if (last > head.position()) {
                findings.add(new Finding(Problem.ENTRIES_AFTER_HEAD, head.position() + 1, last));
            }
            boolean headEntryThere = atHead != null || head.position() == 0;
            if (headEntryThere && !(atHead == null ? GENESIS : atHead).equals(head.entryMac())
                    && !changed.contains(head.position())) {
                changed.add(head.position());
            }
        }
        findings.addAll(ranges(changed));
        findings.sort(Comparator.comparingLong(Finding::from).thenComparing(Finding::problem));
        return new Verification(all.size(), anchored, findings);
    }

    /** Consecutive changed positions as one finding each: "4..6 changed" rather than three. */
    private static List<Finding> ranges(List<Long> positions) {
        List<Long> sorted = positions.stream().sorted().toList();
        List<Finding> ranges = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            ranges.add(new Finding(Problem.ENTRY_CHANGED, sorted.get(i), sorted.get(j)));
            i = j + 1;
        }
        return ranges;
    }

    private static List<ProfileAccess> all(Session session) {
        return session.createSelectionQuery("from ProfileAccess a order by a.position", ProfileAccess.class)
                .getResultList();
    }

    /** Whether this failure is waiting for another append's lock that timed out or deadlocked: worth a retry. */
    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof PessimisticLockException
                    || t instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }
}
