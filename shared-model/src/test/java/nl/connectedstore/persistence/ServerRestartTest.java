package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.connectedstore.demo.DemoChain;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * The store's database server stops and starts again while a terminal keeps asking it something more often than
 * the pool's validation window (a waiting self-checkout polls every 200 ms): the terminal must get through again
 * as soon as the server is back, not keep its dead connection for ever.
 */
@H2Only("stops and restarts an H2 server of its own; the PostgreSQL test server is shared by the whole run")
class ServerRestartTest {

    @Test
    void aTerminalThatAsksOftenGetsThroughAgainOnceTheServerIsBack() throws Exception {
        Path folder = Files.createTempDirectory("server-restart-");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String[] args = {"-tcpPort", String.valueOf(port), "-baseDir", folder.toString(), "-ifNotExists"};
        Server server = Server.createTcpServer(args).start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/./store";
        try (Database owner = Database.open(new DatabaseConfig(folder.resolve("owner"), url, "owner", "pw", 0),
                ProgressListener.NONE, new DemoChain.Size(100, 0, 0))) {
            Transactor tx = owner.transactor();
            assertThat(stores(tx)).isPositive();

            server.stop();
            assertThatThrownBy(() -> stores(tx)).satisfies(e -> assertThat(Transactor.isConnectionLoss(e)).isTrue());
            server = Server.createTcpServer(args).start();

            // asked back to back, as a busy terminal does: each answer must come from a live connection
            long answered = 0;
            for (int attempt = 0; attempt < 50 && answered == 0; attempt++) {
                try {
                    answered = stores(tx);
                } catch (RuntimeException deadConnection) {
                    assertThat(Transactor.isConnectionLoss(deadConnection)).as(deadConnection.toString()).isTrue();
                }
            }
            assertThat(answered).as("stores read after the server came back").isPositive();
            assertThat(tx.connectionLost()).isFalse();
        } finally {
            server.stop();
        }
    }

    private static long stores(Transactor tx) {
        return tx.read(s -> s.createNativeQuery("select count(*) from store", Long.class).getSingleResult());
    }
}
