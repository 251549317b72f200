package nl.connectedstore.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.tools.Server;

/**
 * The small database process that serves one embedded H2 file to every app on this machine (see
 * {@link SharedH2}). It opens the file itself with durable commits ({@code WRITE_DELAY=0}), listens on the
 * loopback interface only, and exits by itself after a while without any app connected.
 *
 * <p>Arguments: database path, TCP port, secret file, idle seconds, optionally the write delay in ms (0). Kept free of logging libraries so its
 * class path is just this class and H2; it writes its few lines to standard output, which the starter
 * sends to {@code db/server.log}.
 */
public final class H2ServerMain {

    static final String USER = "connectedstore";
    /** H2's own setting for the address its TCP server listens on; without it, H2 listens on every interface. */
    static final String BIND_PROPERTY = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";
    /** In the database folder: the running server's process id. */
    static final String PID_FILE = "server.pid";
    static final int CACHE_KB = 256 * 1024;

    private H2ServerMain() {
    }

    /**
     * @param writeDelayMillis 0 for durable commits (always, but for the crash test's control run, which shows
     *                         what H2's default of 500 ms loses)
     */
    static String embeddedUrl(String dbPath, int writeDelayMillis) {
        // A page cache (in KB) that holds a 100,000-product catalogue's search words.
        // DB_CLOSE_ON_EXIT=FALSE: our own shutdown hook closes it, after the TCP server, never H2's in parallel.
        // OPTIMIZE_REUSE_RESULTS=FALSE: H2 2.3.232 may hand a statement run again the result it cached before
        // another terminal's commit (H2 issues 3894 and 4208: stale reads and lost updates under concurrency;
        // the maintainers' workaround). A stock figure one sale behind is not worth the saved query.
        return "jdbc:h2:file:" + dbPath + ";WRITE_DELAY=" + writeDelayMillis + ";CACHE_SIZE=" + CACHE_KB
                + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE";
    }

    public static void main(String[] args) throws Exception {
        Thread.sleep(Long.getLong("connectedstore.h2.startDelayMillis", 0)); // tests: a machine under heavy load
        String dbPath = args[0];
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2]), StandardCharsets.US_ASCII).strip();
        long idleMillis = Long.parseLong(args[3]) * 1000;
        int writeDelay = args.length > 4 ? Integer.parseInt(args[4]) : 0;

        // its process id, so a script that started the apps can stop this server by PID when it is done
        Files.writeString(Path.of(dbPath).resolveSibling(PID_FILE), Long.toString(ProcessHandle.current().pid()),
                StandardCharsets.US_ASCII);
        Served served = serve(dbPath, port, password, writeDelay);
        Runtime.getRuntime().addShutdownHook(new Thread(served::stop));
        if (served.stopWhenIdle(idleMillis)) {
            System.exit(0);
        }
    }

    /**
     * Tests only: serves the database from the calling JVM, on a daemon thread, exactly as {@link #main} does from
     * a process of its own (same URL, same loopback TCP server, same idle stop), but without a process id file: a
     * test that stops "the server's process" must use a real one. See docs/decisions/0014.
     */
    static void serveInThisJvm(String dbPath, int port, String password, long idleMillis, int writeDelay)
            throws SQLException, IOException {
        Served served = serve(dbPath, port, password, writeDelay);
        Thread hook = new Thread(served::stop);
        Runtime.getRuntime().addShutdownHook(hook);
        SERVED_HERE.add(served);
        Thread watch = new Thread(() -> {
            try {
                served.stopWhenIdle(idleMillis);
            } catch (InterruptedException | SQLException e) {
                served.stop();
            }
            SERVED_HERE.remove(served);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs (or ran) anyway
            }
        }, "h2-server-" + port);
        watch.setDaemon(true);
        watch.start();
    }

    /** The databases this JVM serves ({@link #serveInThisJvm}): tests only. */
    private static final Set<Served> SERVED_HERE = ConcurrentHashMap.newKeySet();

    /**
     * Tests only: stops every database this JVM serves and returns once each is closed, so a test fixture can delete
     * its data folders at exit without H2 writing into them as it closes.
     */
    static void stopServedInThisJvm() {
        SERVED_HERE.forEach(Served::stop);
    }

    private static Served serve(String dbPath, int port, String password, int writeDelay)
            throws SQLException, IOException {
        // read by H2 when it opens its first server socket: loopback only, whatever the command line said
        System.setProperty(BIND_PROPERTY, LOOPBACK);
        Connection keepAlive = DriverManager.getConnection(embeddedUrl(dbPath, writeDelay), USER, password);
        DataFolder.keepPrivate(Path.of(dbPath).getParent());
        Server server = Server.createTcpServer("-tcpPort", String.valueOf(port)).start();
        say("serving " + dbPath + " on 127.0.0.1:" + port);
        return new Served(server, keepAlive);
    }

    /** A database being served: the TCP server, and the connection that keeps the file open between apps. */
    private static final class Served {
        private final Server server;
        private final Connection keepAlive;
        private boolean stopping;

        Served(Server server, Connection keepAlive) {
            this.server = server;
            this.keepAlive = keepAlive;
        }

        /**
         * Stops the server once no app has been connected for {@code idleMillis} (true), or returns once
         * {@link #stop} was called from elsewhere (false).
         */
        boolean stopWhenIdle(long idleMillis) throws InterruptedException, SQLException {
            long idleSince = System.currentTimeMillis();
            while (true) {
                Thread.sleep(Math.min(5_000, Math.max(500, idleMillis / 4)));
                int others;
                // stop() closes the connection under the same lock: a signal while counting ends the
                // loop instead of using a closed connection ("The object is already closed")
                synchronized (this) {
                    if (stopping) {
                        return false;
                    }
                    others = otherSessions(keepAlive);
                }
                if (others > 0) {
                    idleSince = System.currentTimeMillis();
                } else if (System.currentTimeMillis() - idleSince >= idleMillis) {
                    say("no app connected for " + idleMillis / 1000 + " s; stopping");
                    stop();
                    return true;
                }
            }
        }

        synchronized void stop() {
            if (stopping) {
                return;
            }
            stopping = true;
            server.stop();
            try {
                keepAlive.close();
            } catch (SQLException e) {
                say("closing the database failed: " + e.getMessage());
            }
            say("stopped");
        }
    }

    private static int otherSessions(Connection keepAlive) throws SQLException {
        try (Statement s = keepAlive.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.sessions")) {
            rs.next();
            return rs.getInt(1) - 1;
        }
    }

    private static void say(String line) {
        System.out.println(Instant.now() + " h2-server " + line);
    }
}
