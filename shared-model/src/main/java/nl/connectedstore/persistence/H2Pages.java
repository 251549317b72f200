package nl.connectedstore.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Overwrites what deleted rows left in an H2 database file. H2's store appends: a deleted or updated row stays
 * readable in the file's old pages until they happen to be reused, so an erased customer's e-mail could still be
 * found with {@code strings} long after the erasure. This rewrites every chunk holding a dead page and then the
 * file with only the live chunks (what H2 does when it closes a database with {@code SHUTDOWN COMPACT}), while the
 * database stays open for every other terminal.
 *
 * <p>It runs inside the process that holds the database file, started by the SQL function {@value #FUNCTION}
 * (created by {@link Database} on H2), so a terminal connected over TCP asks the server to do it. The function
 * only schedules the rewrite and returns: while the calling statement runs, its own transaction still pins the
 * old pages. The rewrite follows a moment later on the server's own thread, five times in 45 s, so a transaction of another
 * terminal that was open at the first pass does not keep pages alive. Uses H2's engine classes: pinned to the H2
 * version in the pom, checked by the erasure tests, which read the file.
 */
public final class H2Pages {

    public static final String FUNCTION = "CS_REWRITE_FREED_PAGES";
    static final String CREATE = "create alias if not exists " + FUNCTION + " for \""
            + H2Pages.class.getName() + ".rewriteFreed\"";
    private static final int MAX_MILLIS = 60_000;
    /**
     * When the passes run after the call: a busy server may still be finishing the caller's statement, and another
     * terminal's open transaction pins the old pages until it ends; on a loaded two-core till three passes within
     * 8 s were not always enough (the erasure test found the erased e-mail still in the file after 30 s), so the
     * passes go on, further apart, for 45 s. A pass over an already clean file costs milliseconds.
     */
    private static final long[] PASSES_MILLIS = {200, 2_000, 8_000, 20_000, 45_000};
    private static final ScheduledExecutorService REWRITER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "h2-page-rewriter");
        t.setDaemon(true);
        return t;
    });

    private H2Pages() {
    }

    /** Called by H2 as {@code call CS_REWRITE_FREED_PAGES()}: schedules the rewrite; returns at once. */
    public static boolean rewriteFreed(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        Store store = session.getDatabase().getStore();
        for (long delay : PASSES_MILLIS) {
            REWRITER.schedule(() -> rewrite(store), delay, TimeUnit.MILLISECONDS);
        }
        return true;
    }

    private static void rewrite(Store store) {
        MVStore mv = store.getMvStore();
        if (mv.isClosed()) {
            return;
        }
        int retention = mv.getRetentionTime();
        try {
            mv.setRetentionTime(0);
            mv.commit();
            // rewrite every chunk that holds a dead page (the deleted rows' old pages), so it is freed whole
            for (int round = 0; round < 20 && mv.compact(100, Integer.MAX_VALUE); round++) {
                mv.commit();
            }
            // then move the live chunks together and cut the file after them
            store.compactFile(MAX_MILLIS);
        } catch (RuntimeException e) {
            System.out.println(Instant.now() + " h2-server rewriting freed pages failed: " + e);
        } finally {
            if (!mv.isClosed()) {
                mv.setRetentionTime(retention);
            }
        }
    }
}
