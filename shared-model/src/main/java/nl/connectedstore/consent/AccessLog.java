package nl.connectedstore.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StaffMember;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff access log: every read of a customer's personal data by staff, appended in the same
 * transaction as the read ({@link #appendIn}). Tamper-evident: each entry carries the hash of the one before
 * it, so changing or removing an entry breaks the chain from there on; {@link #verify} names the first
 * broken link. Two appends at once cannot take the same place in the chain (unique position): the loser's
 * transaction fails and is retried by {@link #record}, or by the caller for {@link #appendIn}.
 */
public final class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    static final String GENESIS = "0".repeat(64);
    private static final int MAX_ATTEMPTS = 50;

    /** One entry as the customer sees it in the portal. */
    public record Entry(long position, Instant at, String staffName, String terminalCode, String reason) {
    }

    /** The result of checking the chain: intact, or the position of the first entry that does not fit. */
    public record Verification(long entries, Optional<Long> firstBroken) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    private final Transactor tx;
    private final Clock clock;

    public AccessLog(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Appends an entry in the caller's transaction (the one that reads the profile). The staff member is the
     * one of the sign-in {@code staff} names, checked here ({@link StoreService#signedIn}).
     */
    public static void appendIn(Session session, long customerId, StaffSession staff,
                                String terminalCode, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Opening a profile needs a reason");
        }
        StaffMember member = StoreService.signedIn(session, staff, null, at);
        long staffId = member.getId();
        String staffName = member.name();
        ProfileAccess last = session.createSelectionQuery("from ProfileAccess a order by a.position desc",
                ProfileAccess.class).setMaxResults(1).uniqueResult();
        long position = last == null ? 1 : last.position() + 1;
        String prev = last == null ? GENESIS : last.entryHash();
        // the database keeps microseconds: hash what will be read back
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        session.persist(new ProfileAccess(position, customerId, staffId, staffName, terminalCode,
                reason.strip(), stored, prev));
        session.flush();
    }

    /** Appends an entry in its own transaction, retrying when another terminal appended at the same moment. */
    public void record(long customerId, StaffSession staff, String terminalCode, String reason) {
        readLogged(session -> Optional.of(customerId), id -> id, staff, terminalCode, reason);
    }

    /**
     * A staff read of personal data and its log entry, in one transaction: the read returns what it opened
     * (empty when it opened nobody, and then nothing is logged), {@code customerOf} says whose profile that
     * is. Retried as a whole when another terminal appended at the same moment.
     */
    public <T> Optional<T> readLogged(Function<Session, Optional<T>> read, ToLongFunction<T> customerOf,
                                      StaffSession staff, String terminalCode, String reason) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.write(session -> {
                    Optional<T> opened = read.apply(session);
                    opened.ifPresent(o -> appendIn(session, customerOf.applyAsLong(o), staff,
                            terminalCode, reason, clock.instant()));
                    return opened;
                });
            } catch (RuntimeException e) {
                if (!isPositionTaken(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 + attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Everything staff looked at for one customer, newest first. */
    public List<Entry> entriesFor(long customerId) {
        return tx.read(session -> entriesIn(session, customerId));
    }

    /** The same, inside the caller's transaction (the export reads everything in one). */
    public static List<Entry> entriesIn(Session session, long customerId) {
        return session.createSelectionQuery(
                        "from ProfileAccess a where a.customerId = :c order by a.position desc", ProfileAccess.class)
                .setParameter("c", customerId)
                .getResultList().stream()
                .map(a -> new Entry(a.position(), a.accessedAt(), a.staffName(), a.terminalCode(), a.reason()))
                .toList();
    }

    /** Walks the whole chain and reports the first entry whose hash or link does not fit. */
    public Verification verify() {
        return tx.read(session -> {
            List<ProfileAccess> all = session.createSelectionQuery("from ProfileAccess a order by a.position",
                    ProfileAccess.class).getResultList();
            String prev = GENESIS;
            long expected = 1;
            for (ProfileAccess a : all) {
                boolean fits = a.position() == expected && a.prevHash().equals(prev)
                        && a.entryHash().equals(a.computeHash());
                if (!fits) {
                    log.error("Staff access log broken at position {}", a.position());
                    return new Verification(all.size(), Optional.of(a.position()));
                }
                prev = a.entryHash();
                expected++;
            }
            return new Verification(all.size(), Optional.empty());
        });
    }

    private static boolean isPositionTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof jakarta.persistence.EntityExistsException) {
                return true;
            }
        }
        return false;
    }
}
