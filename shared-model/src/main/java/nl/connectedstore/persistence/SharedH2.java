package nl.connectedstore.persistence;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded H2 database shared by every app on this machine, without H2's AUTO_SERVER race.
 *
 * <p>The process that holds an OS file lock on {@code db/server.lock} is the owner: it alone opens the
 * database file and serves it over H2's TCP server on the loopback interface. Every other process is a
 * client of that server. The lock is the election: the OS grants it to exactly one process and releases
 * it when that process dies, however it dies. Clients keep trying the lock in the background, so when the
 * owner quits a client takes over on the same port and the others reconnect to it.
 *
 * <p>Commits are durable: the database is opened with {@code WRITE_DELAY=0}.
 */
final class SharedH2 implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SharedH2.class);
    static final String DB_NAME = "connectedstore";
    private static final String USER = "connectedstore";
    private static final long TAKEOVER_CHECK_MILLIS = 1_000;

    private final Path dir;
    private final Path dbPath;
    private final int preferredPort;
    private final FileChannel lockChannel;
    private final ScheduledExecutorService watchdog;
    private volatile FileLock lock;
    private volatile Server server;
    private volatile Connection keepAlive;
    private final String password;
    private final int port;

    private SharedH2(Path home, int preferredPort) throws IOException {
        this.dir = Files.createDirectories(home.resolve("db"));
        this.dbPath = dir.resolve(DB_NAME).toAbsolutePath();
        this.preferredPort = preferredPort;
        this.lockChannel = FileChannel.open(dir.resolve("server.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "h2-takeover-watch");
            t.setDaemon(true);
            return t;
        });
        this.password = secret();
        this.port = joinOrServe();
        if (!isOwner()) {
            watchdog.scheduleWithFixedDelay(this::takeOverIfOwnerGone,
                    TAKEOVER_CHECK_MILLIS, TAKEOVER_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    static SharedH2 start(Path home, int preferredPort) {
        try {
            return new SharedH2(home, preferredPort);
        } catch (IOException e) {
            throw new DatabaseUnavailableException(home.resolve("db").toString(),
                    "Cannot use the data folder " + home + ": " + e.getMessage(), e);
        }
    }

    boolean isOwner() {
        return lock != null;
    }

    /** The URL this process's pool should use: in-process for the owner, TCP for everybody else. */
    String url() {
        return isOwner() && !promoted
                ? "jdbc:h2:file:" + dbPath + ";WRITE_DELAY=0"
                : tcpUrl();
    }

    private volatile boolean promoted;

    String tcpUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + dbPath + ";WRITE_DELAY=0";
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    private int joinOrServe() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            if (tryLock()) {
                return serve();
            }
            Integer published = publishedPort();
            if (published != null && reachable(published)) {
                log.info("Joining the shared database served by another app on port {}", published);
                return published;
            }
            if (System.nanoTime() > deadline) {
                throw new DatabaseUnavailableException(dbPath.toString(),
                        "Another app holds the database but does not answer on port " + published, null);
            }
            sleep(50);
        }
    }

    private boolean tryLock() throws IOException {
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another SharedH2 in this very JVM owns it (tests open two); act as its client.
            lock = null;
        }
        return lock != null;
    }

    private int serve() throws IOException {
        int chosen = choosePort();
        try {
            keepAlive = DriverManager.getConnection("jdbc:h2:file:" + dbPath + ";WRITE_DELAY=0", USER, password);
            server = Server.createTcpServer("-tcpPort", String.valueOf(chosen), "-tcpDaemon").start();
        } catch (SQLException e) {
            releaseLock();
            throw new DatabaseUnavailableException(dbPath.toString(),
                    "Cannot open or serve the embedded database: " + e.getMessage(), e);
        }
        publishPort(chosen);
        log.info("Serving the shared database {} on 127.0.0.1:{}", dbPath, chosen);
        return chosen;
    }

    private void takeOverIfOwnerGone() {
        try {
            if (tryLock()) {
                promoted = true;
                log.warn("The app that served the shared database has stopped; this app takes over on port {}", port);
                keepAlive = DriverManager.getConnection("jdbc:h2:file:" + dbPath + ";WRITE_DELAY=0", USER, password);
                server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-tcpDaemon").start();
                watchdog.shutdown();
            }
        } catch (IOException | SQLException e) {
            log.error("Could not take over serving the shared database on port {}", port, e);
            releaseLock();
        }
    }

    private int choosePort() throws IOException {
        if (preferredPort > 0) {
            return preferredPort;
        }
        Integer previous = publishedPort();
        if (previous != null && portFree(previous)) {
            return previous;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean reachable(int port) {
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:tcp://127.0.0.1:" + port + "/" + dbPath + ";WRITE_DELAY=0", USER, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Integer publishedPort() throws IOException {
        Path file = dir.resolve("server.port");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void publishPort(int chosen) throws IOException {
        Path tmp = Files.createTempFile(dir, "server.port", ".tmp");
        Files.writeString(tmp, Integer.toString(chosen), StandardCharsets.US_ASCII);
        moveAtomically(tmp, dir.resolve("server.port"));
    }

    /** The database password: random, created once, readable only by this user where the OS allows. */
    private String secret() throws IOException {
        Path file = dir.resolve("db.secret");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String generated = HexFormat.of().formatHex(bytes);
        Path tmp = Files.createTempFile(dir, "db.secret", ".tmp");
        Files.writeString(tmp, generated, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.debug("No POSIX permissions on this file system; db.secret keeps the folder's permissions");
        }
        try {
            // Two apps starting on a fresh folder at once: the first move wins, the second reads its secret.
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            log.warn("Could not release the database server lock", e);
        }
        lock = null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("", "Interrupted while waiting for the database", e);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        if (server != null) {
            server.stop();
        }
        if (keepAlive != null) {
            try {
                keepAlive.close();
            } catch (SQLException e) {
                log.warn("Closing the database keep-alive connection failed", e);
            }
        }
        releaseLock();
        try {
            lockChannel.close();
        } catch (IOException e) {
            log.warn("Closing the database lock file failed", e);
        }
    }
}
