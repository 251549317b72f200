package nl.connectedstore.persistence;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded H2 database shared by every app on this machine, without H2's AUTO_SERVER race.
 *
 * <p>No app opens the database file itself. It is served by one small process of its own
 * ({@link H2ServerMain}) on the loopback interface; every app is a TCP client of it. An app that starts
 * takes an OS file lock on {@code db/server.lock}, checks that the server answers on the port published in
 * {@code db/server.port}, starts it if not, and releases the lock. The lock makes "is it running, else start
 * it" one step for all processes on the machine; the server outliving any one app means closing the counter
 * never breaks the kiosk's connections. See docs/decisions/0001-sharing-the-embedded-database.md.
 */
final class SharedH2 {

    private static final Logger log = LoggerFactory.getLogger(SharedH2.class);
    static final String DB_NAME = "connectedstore";
    static final String USER = H2ServerMain.USER;
    /** How long the server waits with no app connected before it stops; tests shorten it. */
    static final String IDLE_PROPERTY = "connectedstore.h2.idleSeconds";
    /** Only for the crash test's control run: H2's own write delay instead of durable commits. */
    static final String WRITE_DELAY_PROPERTY = "connectedstore.h2.writeDelayMillis";
    /**
     * Extra options for the server's JVM, separated by spaces. The tests start theirs C1-only: a server that lives
     * for one test spends more CPU compiling with C2 than serving (4.0 s against 1.7 s for a small demo fill).
     */
    static final String SERVER_JVM_OPTIONS_PROPERTY = "connectedstore.h2.serverJvmOptions";
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    /**
     * Tests only: data folders ({@code db} folders) whose server this JVM runs itself ({@link #serveInThisJvm}).
     * Empty in the apps.
     */
    private static final Set<Path> SERVED_HERE = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Path dbPath;
    private final String password;
    private final int port;
    private final Map<AppRole, String> appPasswords = new EnumMap<>(AppRole.class);

    private SharedH2(Path dir, String password, int port) throws IOException {
        this.dir = dir;
        this.dbPath = dir.resolve(DB_NAME).toAbsolutePath();
        this.password = password;
        this.port = port;
        for (AppRole role : AppRole.values()) {
            if (role != AppRole.OWNER) {
                appPasswords.put(role, secret(dir, role.embeddedUser() + ".secret"));
            }
        }
    }

    /** Seconds the first server attempt gets to answer; each further attempt gets this much more. */
    static final String ATTEMPT_PROPERTY = "connectedstore.h2.attemptSeconds";
    /** Seconds all attempts together may take before the app says the database cannot be started. */
    static final String BUDGET_PROPERTY = "connectedstore.h2.startBudgetSeconds";
    /** Only for tests: the server process waits this long before it starts, like a machine under heavy load. */
    static final String START_DELAY_PROPERTY = "connectedstore.h2.startDelayMillis";
    static final long DEFAULT_ATTEMPT_SECONDS = 30;
    static final long DEFAULT_BUDGET_SECONDS = 240;

    /**
     * Tests only: when this data folder's server has to be started, this JVM serves it itself instead of starting
     * a process for it ({@link H2ServerMain#serveInThisJvm}). A test fixture's database is then served the same way
     * over the same loopback TCP connection, without a JVM of its own to start and warm up for every test database
     * (a third of the suite's CPU time). Tests about the server process itself never call this. See
     * docs/decisions/0014.
     */
    static void serveInThisJvm(Path home) {
        SERVED_HERE.add(home.resolve("db").toAbsolutePath());
    }

    static SharedH2 start(Path home, int preferredPort) {
        return start(home, preferredPort, ProgressListener.NONE);
    }

    /**
     * Joins the running server or starts one. A slow start (a busy machine) is waited for: each attempt gets
     * longer than the one before, {@code progress} hears {@code startup.waitingForDatabase} with the share of the
     * time budget used (so the person sees the wait is bounded), and only when the whole budget (four minutes by
     * default) is used up does it fail, saying how long it waited and where the server's log is.
     */
    static SharedH2 start(Path home, int preferredPort, ProgressListener progress) {
        Path dir = home.resolve("db").toAbsolutePath();
        IN_PROCESS.lock();
        try {
            DataFolder.keepPrivate(home.toAbsolutePath());
            DataFolder.keepPrivate(dir);
        } catch (IOException e) {
            IN_PROCESS.unlock();
            throw new DatabaseUnavailableException(dir.toString(),
                    "Cannot make the data folder " + home + " private: " + e.getMessage(), e);
        }
        try (FileChannel channel = FileChannel.open(dir.resolve("server.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            String password = secret(dir, "db.secret");
            Integer published = publishedPort(dir);
            if (published != null && reachable(dir, published, password)) {
                log.info("Joining the shared database on port {}", published);
                return new SharedH2(dir, password, published);
            }
            return new SharedH2(dir, password, launchServer(dir, password, preferredPort, published, progress));
        } catch (IOException e) {
            throw new DatabaseUnavailableException(dir.toString(),
                    "Cannot use the data folder " + home + ": " + e.getMessage(), e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    String url() {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + dbPath;
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    /** The login of an app on this database (made by {@link DatabaseRights#ensureEmbeddedLogin}). */
    String user(AppRole role) {
        return role == AppRole.OWNER ? USER : role.embeddedUser();
    }

    /** Its password: random, made once per data folder like the owner's, readable only by this user. */
    String password(AppRole role) {
        return role == AppRole.OWNER ? password : appPasswords.get(role);
    }

    private static int launchServer(Path dir, String password, int preferredPort, Integer previousPort,
                                    ProgressListener progress) throws IOException {
        Path dbPath = dir.resolve(DB_NAME).toAbsolutePath();
        if (SERVED_HERE.contains(dir)) {
            int port = choosePort(preferredPort, previousPort);
            try {
                H2ServerMain.serveInThisJvm(dbPath.toString(), port, password,
                        TimeUnit.SECONDS.toMillis(Long.parseLong(System.getProperty(IDLE_PROPERTY, "900"))),
                        Integer.parseInt(System.getProperty(WRITE_DELAY_PROPERTY, "0")));
            } catch (SQLException e) {
                throw new DatabaseUnavailableException(dir.toString(), "Cannot serve " + dbPath + ": "
                        + e.getMessage(), e);
            }
            publishPort(dir, port);
            return port;
        }
        long attemptSeconds = Math.max(1, Long.getLong(ATTEMPT_PROPERTY, DEFAULT_ATTEMPT_SECONDS));
        long budgetNanos = TimeUnit.SECONDS.toNanos(Math.max(1, Long.getLong(BUDGET_PROPERTY, DEFAULT_BUDGET_SECONDS)));
        long started = System.nanoTime();
        String lastFailure = "it did not answer";
        for (int attempt = 1; System.nanoTime() - started < budgetNanos; attempt++) {
            int port = choosePort(preferredPort, attempt == 1 ? previousPort : null);
            List<String> command = new ArrayList<>(detached());
            command.addAll(List.of(javaExecutable(), "-Xmx768m",
                    "-D" + H2ServerMain.BIND_PROPERTY + "=" + H2ServerMain.LOOPBACK));
            for (String option : System.getProperty(SERVER_JVM_OPTIONS_PROPERTY, "").trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    command.add(option);
                }
            }
            if (System.getProperty(START_DELAY_PROPERTY) != null) {
                command.add("-D" + START_DELAY_PROPERTY + "=" + Long.getLong(START_DELAY_PROPERTY, 0));
            }
            command.addAll(List.of("-cp", serverClassPath(),
                    H2ServerMain.class.getName(), dbPath.toString(), Integer.toString(port),
                    dir.resolve("db.secret").toString(), System.getProperty(IDLE_PROPERTY, "900"),
                    System.getProperty(WRITE_DELAY_PROPERTY, "0")));
            Process server = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
                    .start();
            // a busy machine starts a JVM slowly: every attempt waits longer, none beyond the budget
            long deadline = Math.min(System.nanoTime() + TimeUnit.SECONDS.toNanos(attemptSeconds * attempt),
                    started + budgetNanos);
            long nextReport = 0;
            while (System.nanoTime() < deadline && server.isAlive()) {
                if (reachable(dir, port, password)) {
                    publishPort(dir, port);
                    log.info("Started the shared database server (pid {}) on port {} (attempt {})", server.pid(),
                            port, attempt);
                    return port;
                }
                long waited = System.nanoTime() - started;
                if (attempt > 1 || waited > TimeUnit.SECONDS.toNanos(3)) {
                    if (System.nanoTime() >= nextReport) {
                        progress.progress(Math.min(0.99, (double) waited / budgetNanos), WAITING_KEY);
                        nextReport = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                    }
                }
                sleep(50);
            }
            lastFailure = server.isAlive() ? "it did not answer on port " + port + " in time"
                    : "it stopped (exit code " + exitCode(server) + ")";
            server.destroy();
            log.warn("Database server attempt {} failed after {} s in all: {}; trying again while the {} s budget"
                            + " lasts", attempt, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                    lastFailure, TimeUnit.NANOSECONDS.toSeconds(budgetNanos));
            progress.progress(Math.min(0.99, (double) (System.nanoTime() - started) / budgetNanos), WAITING_KEY);
        }
        throw new DatabaseUnavailableException(dir.toString(), "The database server did not start within "
                + TimeUnit.NANOSECONDS.toSeconds(budgetNanos) + " seconds (last attempt: " + lastFailure + "; see "
                + dir.resolve("server.log") + ")", null);
    }

    /** What the start-up screen says while it waits for a slow server. */
    static final String WAITING_KEY = "startup.waitingForDatabase";

    /**
     * The server runs in a session of its own: a Ctrl-C in the terminal that started an app (SIGINT or SIGTERM to
     * that terminal's process group) or the terminal closing (SIGHUP) then reaches the app only, never the server
     * the other apps use. {@code setsid} keeps the process id (the child is not a group leader), so the pid we
     * watch is the server's. Without it (Windows, a system without {@code setsid}) the server shares the app's
     * group, as before; see docs/decisions/0001.
     */
    static List<String> detached() {
        if (isWindows()) {
            return List.of();
        }
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return List.of(candidate);
            }
        }
        if (!warnedNoSetsid) {
            warnedNoSetsid = true;
            log.warn("No setsid on this system: a signal to this app's process group also stops the shared"
                    + " database server");
        }
        return List.of();
    }

    private static volatile boolean warnedNoSetsid;

    private static String exitCode(Process process) {
        try {
            return Integer.toString(process.exitValue());
        } catch (IllegalThreadStateException stillRunning) {
            return "?";
        }
    }

    private static String serverClassPath() {
        return codeSource(H2ServerMain.class) + File.pathSeparator + codeSource(Server.class);
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Cannot locate the classes of " + type.getName(), e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java").toString();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }

    private static int choosePort(int preferredPort, Integer previousPort) throws IOException {
        if (preferredPort > 0) {
            return preferredPort;
        }
        if (previousPort != null && portFree(previousPort)) {
            return previousPort;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean reachable(Path dir, int port, String password) {
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/" + dir.resolve(DB_NAME).toAbsolutePath()
                + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, USER, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static Integer publishedPort(Path dir) throws IOException {
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

    private static void publishPort(Path dir, int port) throws IOException {
        Path tmp = Files.createTempFile(dir, "server.port", ".tmp");
        Files.writeString(tmp, Integer.toString(port), StandardCharsets.US_ASCII);
        Files.move(tmp, dir.resolve("server.port"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A database password: random, made once (under the server lock), readable only by this user. */
    private static String secret(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            Files.writeString(tmp, HexFormat.of().formatHex(bytes), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(tmp,
                        PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("No POSIX permissions here; db.secret keeps the folder's permissions");
            }
            Files.move(tmp, file);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("", "Interrupted while starting the database", e);
        }
    }
}
