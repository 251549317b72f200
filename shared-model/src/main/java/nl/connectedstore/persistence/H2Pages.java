package nl.connectedstore.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
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
 * old pages. The rewrite follows a moment later on the server's own thread, and again (up to five times in 45 s) as
 * long as a pass started while another terminal's transaction was open, so such a transaction does not keep pages
 * alive. Uses H2's engine classes: pinned to the H2
 * version in the pom, checked by the erasure tests, which read the file.
 */
public final class H2Pages {

    public static final String FUNCTION = "CS_REWRITE_FREED_PAGES";
    static final String CREATE = "create alias if not exists " + FUNCTION + " for \""
            + H2Pages.class.getName() + ".rewriteFreed\"";
    private static final int MAX_MILLIS = 60_000;
    /**
     * One step of the rewrite: H2 holds its store lock through a {@code compactFile} call, and every other terminal's
     * commit waits for it (a single 60-s call held a self-checkout's payment for up to a minute on the demo chain).
     * In steps, a commit waits one step at most.
     */
    private static final int STEP_MILLIS = 200;
    private static final int STEP_BYTES = 4 * 1024 * 1024;
    /** At most this many steps of rewriting per pass (800 MB), so a busy server's own writes cannot keep it going. */
    private static final int MAX_STEPS = 200;
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
        AtomicBoolean done = new AtomicBoolean();
        for (long delay : PASSES_MILLIS) {
            REWRITER.schedule(() -> {
                if (!done.get()) {
                    done.set(rewrite(store));
                }
            }, delay, TimeUnit.MILLISECONDS);
        }
        return true;
    }

    /** The file's first two blocks are its headers; chunks start after them. */
    private static final int FIRST_DATA_BLOCK = 2;

    /** The chunks now in the file: their keys in H2's layout map ({@code chunk.<id>}) and what it says of them. */
    private static Map<String, String> chunks(MVStore mv) {
        Map<String, String> chunks = new HashMap<>();
        for (Map.Entry<String, String> entry : mv.getLayoutMap().entrySet()) {
            if (entry.getKey().startsWith(DataUtils.META_CHUNK)) {
                chunks.put(entry.getKey(), entry.getValue());
            }
        }
        return chunks;
    }

    /** Marks the blocks of every chunk not in {@code before} as written since; returns the chunks now in the file. */
    private static Map<String, String> noteWritten(MVStore mv, Set<String> before, BitSet written) {
        Map<String, String> now = chunks(mv);
        now.forEach((key, chunk) -> {
            if (!before.contains(key)) {
                Map<String, String> fields = DataUtils.parseMap(chunk);
                long block = DataUtils.readHexLong(fields, "block", 0);
                long blocks = DataUtils.readHexLong(fields, "len", 0);
                if (block >= FIRST_DATA_BLOCK && blocks > 0 && block + blocks < Integer.MAX_VALUE) {
                    written.set((int) block, (int) (block + blocks));
                }
            }
        });
        return now;
    }

    /** The file's block size, from its header (4 KB in H2 2.x): a number once written, hex text once read. */
    private static long blockSize(MVStore mv) {
        Object size = mv.getFileStore().getStoreHeader().get("blockSize");
        if (size instanceof Number number) {
            return number.longValue();
        }
        return size == null ? 4096 : Long.parseLong(size.toString(), 16);
    }

    /**
     * One pass. True when it leaves nothing for a later pass: it started with no transaction open (so none could
     * keep the deleted rows' old pages alive) and it finished (nothing more to rewrite or move). A pass over the demo
     * chain rewrites most of its file, so the passes that could find nothing more are skipped: on a quiet database
     * only the first runs; while other terminals' transactions are open, the next one runs too.
     */
    private static boolean rewrite(Store store) {
        MVStore mv = store.getMvStore();
        if (mv.isClosed()) {
            return true;
        }
        boolean pinned = !store.getTransactionStore().getOpenTransactions().isEmpty();
        boolean finished = false;
        int retention = mv.getRetentionTime();
        try {
            mv.setRetentionTime(0);
            mv.commit();
            long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000L;
            // rewrite every chunk that holds a dead page (the deleted rows' old pages), so it is freed whole: a few
            // megabytes at a time, other terminals' commits in between. H2 never says it is done (its commits between
            // the steps always leave it a chunk to tidy), so the steps end once every chunk that was in the file when
            // the pass began is gone: the deleted rows' pages were in those, and what was live in them has moved.
            // H2 takes the oldest chunks first. While another terminal's transaction holds an old version, those
            // chunks stay, and the steps go on to MAX_STEPS, as they did before.
            Set<String> before = chunks(mv).keySet();
            long oldEnd = mv.getFileStore().size() / blockSize(mv); // every block up to here held data from before
            BitSet written = new BitSet(); // blocks written since the pass began: by the chunks not in `before`
            long start = System.nanoTime();
            int steps = 0;
            while (steps < MAX_STEPS && System.nanoTime() < deadline && mv.compact(100, STEP_BYTES)) {
                steps++;
                mv.commit();
                if (Collections.disjoint(before, noteWritten(mv, before, written).keySet())) {
                    break;
                }
            }
            long rewritten = System.nanoTime();
            int moves = 0;
            // then move the live chunks together and cut the file after them, in steps, until no block that was in
            // the file when the pass began still holds what it held then: each was written since, or is cut off. (H2
            // frees a chunk's space without overwriting it, so a deleted row's old page stays readable in a gap
            // until a chunk is written over it.) On a quiet database a step that ends before its time is up found
            // nothing more to move, which ends it too. While other terminals write, H2 would otherwise go on
            // compacting until the pass's time is up: a minute of the server's CPU after every erasure.
            while (System.nanoTime() < deadline) {
                noteWritten(mv, before, written);
                if (written.nextClearBit(FIRST_DATA_BLOCK) >= Math.min(oldEnd, mv.getFileStore().size() / blockSize(mv))) {
                    finished = true;
                    break;
                }
                long step = System.nanoTime();
                moves++;
                store.compactFile(STEP_MILLIS);
                if (System.nanoTime() - step < STEP_MILLIS * 1_000_000L) {
                    finished = true;
                    break;
                }
                Thread.sleep(20); // the commits that waited for this step go first
            }
            System.out.println(Instant.now() + " h2-server rewrote freed pages: " + steps + " steps in "
                    + (rewritten - start) / 1_000_000 + " ms, " + moves + " moves in "
                    + (System.nanoTime() - rewritten) / 1_000_000 + " ms" + (pinned ? ", a transaction was open" : ""));
        } catch (RuntimeException e) {
            System.out.println(Instant.now() + " h2-server rewriting freed pages failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!mv.isClosed()) {
                mv.setRetentionTime(retention);
            }
        }
        return finished && !pinned;
    }
}
