package nl.connectedstore.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this app reaches its database, as its units of work find it. A lost connection is logged once, with its
 * cause, and its return once, with how long it was away: a counter polling four lists twice a second used to log
 * every failed poll (issue 16: ~5,400 lines in 90 s). One per {@link Database}, shared by its transactors.
 */
final class ConnectionWatch {

    private static final Logger log = LoggerFactory.getLogger(ConnectionWatch.class);
    /** H2: connection broken (90067), database closed (90098), closed at shutdown (90121). */
    private static final Set<Integer> H2_LOST = Set.of(90067, 90098, 90121);

    private final String where;
    private boolean lost;
    private long lostAtNanos;

    ConnectionWatch(String where) {
        this.where = where;
    }

    synchronized void succeeded() {
        if (lost) {
            lost = false;
            log.info("The database {} answers again, after {} s", where,
                    Duration.ofNanos(System.nanoTime() - lostAtNanos).toSeconds());
        }
    }

    /** @return whether {@code failure} was a lost connection (logged now if it is the first of its outage) */
    synchronized boolean failed(Throwable failure) {
        if (!isConnectionLoss(failure)) {
            return false;
        }
        if (!lost) {
            lost = true;
            lostAtNanos = System.nanoTime();
            log.warn("Lost the connection to the database {}: {}; the screens say so and try again until it answers",
                    where, Database.rootMessage(failure));
        }
        return true;
    }

    synchronized boolean lost() {
        return lost;
    }

    /** Whether this failure means the database is out of reach (not a rule, a conflict or a bug). */
    static boolean isConnectionLoss(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || H2_LOST.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }
}
