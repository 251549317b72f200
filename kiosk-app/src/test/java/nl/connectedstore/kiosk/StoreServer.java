package nl.connectedstore.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.ProgressListener;
import org.h2.tools.Server;

/**
 * A store's database server for kiosk tests: an H2 server of its own on a fixed address, filled with a small demo
 * chain, that a test can stop and start again on the same address (as a store's server restarts), and a gate in
 * front of it that holds every connection until the test opens it (a database that is slow to answer).
 */
final class StoreServer implements AutoCloseable {

    static final String USER = "owner";
    static final String PASSWORD = "owner-secret";

    private final Path folder;
    private final int port;
    private Server server;
    private Gate gate;

    private StoreServer(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** Started and filled with a demo chain of {@code size}. */
    static StoreServer filled(DemoChain.Size size) throws Exception {
        StoreServer store = new StoreServer(Files.createTempDirectory("store-server-"), freePort());
        store.start();
        Database.open(store.config("filler"), ProgressListener.NONE, size).close();
        return store;
    }

    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    String url() {
        return url(port);
    }

    private static String url(int port) {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/./store";
    }

    /** How a terminal reaches it, with a data folder of its own named {@code terminal}. */
    DatabaseConfig config(String terminal) {
        return new DatabaseConfig(folder.resolve(terminal), url(), USER, PASSWORD, 0);
    }

    Path folder() {
        return folder;
    }

    void start() throws SQLException {
        server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", folder.toString(),
                "-ifNotExists").start();
    }

    void stop() {
        server.stop();
    }

    /** An address in front of the server that holds every connection until {@link Gate#open}. */
    Gate gate() throws IOException {
        gate = new Gate(port);
        return gate;
    }

    @Override
    public void close() {
        if (gate != null) {
            gate.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** Accepts connections at once and passes their bytes on only when opened. */
    static final class Gate implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0);
        private final CountDownLatch opened = new CountDownLatch(1);
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private final int target;

        Gate(int target) throws IOException {
            this.target = target;
            Thread accepting = new Thread(this::accept, "store-server-gate");
            accepting.setDaemon(true);
            accepting.start();
        }

        String url() {
            return StoreServer.url(socket.getLocalPort());
        }

        void open() {
            opened.countDown();
        }

        private void accept() {
            try {
                while (!socket.isClosed()) {
                    Socket client = socket.accept();
                    sockets.add(client);
                    Thread relay = new Thread(() -> relay(client), "store-server-gate-relay");
                    relay.setDaemon(true);
                    relay.start();
                }
            } catch (IOException closed) {
                // the gate is closed
            }
        }

        private void relay(Socket client) {
            try {
                opened.await();
                Socket server = new Socket("127.0.0.1", target);
                sockets.add(server);
                pipe(client.getInputStream(), server.getOutputStream());
                pipe(server.getInputStream(), client.getOutputStream());
            } catch (IOException | InterruptedException e) {
                close(client);
            }
        }

        private void pipe(InputStream from, OutputStream to) {
            Thread copy = new Thread(() -> {
                try (from; to) {
                    from.transferTo(to);
                } catch (IOException ended) {
                    // one side closed
                }
            }, "store-server-gate-pipe");
            copy.setDaemon(true);
            copy.start();
        }

        private static void close(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        @Override
        public void close() {
            opened.countDown();
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sockets.forEach(Gate::close);
        }
    }
}
