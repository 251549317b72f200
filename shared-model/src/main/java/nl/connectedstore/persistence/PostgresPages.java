package nl.connectedstore.persistence;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.postgresql.util.PSQLWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's side of {@link Transactor#rewriteFreedPages}: {@code VACUUM FULL} of each table the erased rows lived
 * in, {@code ANALYZE} of each (its statistics from the live rows only: ANALYZE, autovacuum's too, keeps sample values
 * of every column, names and e-mails included, in {@code pg_statistic}), then {@code VACUUM FULL} of
 * {@code pg_statistic} without the replaced samples.
 *
 * <p>A rewrite copies the rows a transaction still running could see ("recently dead"): one that began before the
 * erasure keeps the erased rows in the new file, and one that began before the ANALYZE keeps the old samples. On a
 * busy store that is autovacuum's own ANALYZE of another table, a report, another terminal's unit of work (seen in
 * CI: the erased e-mail kept in {@code pg_statistic} by a transaction that ended a moment later). PostgreSQL says so
 * ("N dead row versions cannot be removed yet", asked for with {@code VERBOSE}); then the rewrite of just those
 * relations is tried again on a thread of its own, a moment later and then further apart, for about ten minutes.
 * The same when another transaction holds a table longer than two seconds: the rewrite does not wait for it, so
 * the store's other terminals do not queue behind the erasure.
 */
final class PostgresPages {

    private static final Logger log = LoggerFactory.getLogger(PostgresPages.class);
    static final String STATISTICS = "pg_catalog.pg_statistic";
    /**
     * How long a rewrite waits for a table another transaction is reading (a long report): meanwhile every other
     * terminal's reads of that table queue behind it, so not long; the retry comes back for it.
     */
    private static final String LOCK_WAIT = "2s";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final Pattern KEPT = Pattern.compile("(\\d+) dead row versions cannot be removed yet");
    /** Seconds before each retry: soon (most transactions end within a second), then further apart. */
    private static final long[] RETRY_SECONDS = {1, 2, 4, 8, 15, 30, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60};
    private static final ScheduledExecutorService RETRIES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pg-page-rewriter");
        t.setDaemon(true);
        return t;
    });

    private PostgresPages() {
    }

    /**
     * Rewrites {@code tables} and the statistics now, on the caller's session; what a running transaction kept is
     * rewritten again later by {@link #RETRIES}.
     */
    static void rewrite(Statement statement, List<String> tables, SessionFactory factory) throws SQLException {
        Set<String> kept = pass(statement, tables, true);
        if (!kept.isEmpty()) {
            log.info("Erased rows of {} are still seen or held by a running transaction; rewritten again when it"
                    + " ends", kept);
            RETRIES.schedule(() -> retry(factory, kept, 0), RETRY_SECONDS[0], TimeUnit.SECONDS);
        }
    }

    /**
     * One pass: each of {@code relations} rewritten (a table also analyzed, then the statistics rewritten).
     *
     * @return the relations to rewrite again: they hold rows a running transaction could see, or another
     *     transaction held them too long
     */
    static Set<String> pass(Statement statement, Iterable<String> relations, boolean statistics)
            throws SQLException {
        Set<String> kept = new LinkedHashSet<>();
        boolean analyzed = false;
        statement.execute("set lock_timeout = '" + LOCK_WAIT + "'");
        try {
            for (String relation : relations) {
                if (relation.equals(STATISTICS)) {
                    statistics = true;
                    continue;
                }
                Outcome outcome = vacuumFull(statement, relation);
                if (outcome != Outcome.CLEAN) {
                    kept.add(relation);
                }
                if (outcome != Outcome.LOCKED) {
                    if (waited(statement, "analyze " + relation)) {
                        kept.add(relation);
                    } else {
                        analyzed = true;
                    }
                }
            }
            if ((statistics || analyzed) && vacuumFull(statement, STATISTICS) != Outcome.CLEAN) {
                kept.add(STATISTICS);
            }
        } finally {
            statement.execute("reset lock_timeout"); // a pooled connection: the next user waits as long as usual
        }
        return kept;
    }

    /** What a {@code VACUUM FULL} of one relation did. */
    enum Outcome {
        /** Rewritten with the live rows only. */
        CLEAN,
        /** Rewritten, but with rows a running transaction could still see. */
        KEPT,
        /** Not rewritten: another transaction held the relation longer than {@link #LOCK_WAIT}. */
        LOCKED
    }

    private static Outcome vacuumFull(Statement statement, String relation) throws SQLException {
        statement.clearWarnings();
        if (waited(statement, "vacuum (full, verbose) " + relation)) {
            return Outcome.LOCKED;
        }
        long keptRows = 0;
        for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
            String message = String.valueOf(w.getMessage());
            // the count is in the notice's detail, which the driver's message leaves out
            String detail = w instanceof PSQLWarning pg && pg.getServerErrorMessage() != null
                    ? String.valueOf(pg.getServerErrorMessage().getDetail()) : "";
            Matcher m = KEPT.matcher(message + "\n" + detail);
            while (m.find()) {
                keptRows += Long.parseLong(m.group(1));
            }
            if (message.contains("skipping")) {
                log.warn("Erased rows of {} stay in the database files until the owner's maintenance rewrites"
                        + " them: {}", relation, message);
            }
        }
        statement.clearWarnings();
        return keptRows == 0 ? Outcome.CLEAN : Outcome.KEPT;
    }

    /** Runs {@code sql}; true when it gave up waiting for a lock ({@link #LOCK_WAIT}) and did nothing. */
    private static boolean waited(Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
            return false;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return true;
            }
            throw e;
        }
    }

    private static void retry(SessionFactory factory, Set<String> relations, int attempt) {
        if (factory.isClosed()) {
            return;
        }
        Set<String> kept;
        try (Session session = factory.openSession()) {
            kept = session.doReturningWork(connection -> {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(true); // VACUUM runs outside a transaction
                try (Statement statement = connection.createStatement()) {
                    return pass(statement, relations, false);
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            });
        } catch (RuntimeException e) {
            if (!factory.isClosed()) {
                log.error("Rewriting {} again after an erasure failed: {}", relations, Database.rootMessage(e));
            }
            return;
        }
        if (kept.isEmpty()) {
            log.info("Erased rows of {} rewritten after the transactions that could see them ended", relations);
        } else if (attempt + 1 < RETRY_SECONDS.length) {
            RETRIES.schedule(() -> retry(factory, kept, attempt + 1), RETRY_SECONDS[attempt + 1], TimeUnit.SECONDS);
        } else {
            log.warn("Erased rows of {} are still seen by a transaction running for over ten minutes; they stay in"
                    + " the database files until the nightly maintenance (docs/security.md)", kept);
        }
    }
}
