package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Other local users of the till PC cannot read the database (folder 0700, files 0600), and the shared database
 * server cannot be reached from the network: it listens on 127.0.0.1 only.
 */
class DataFolderSecurityTest {

    private static Path home;
    private static Database db;

    @BeforeAll
    static void open() throws IOException {
        home = Files.createTempDirectory("data-folder-test-");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theDataFolderAndTheDatabaseFolderAreTheUsersOnlyAndEveryFileInThemToo() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        Path dir = home.resolve("db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.add(file.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
        }
        assertThat(files).anyMatch(f -> f.startsWith("connectedstore.mv.db"))
                .anyMatch(f -> f.startsWith("db.secret"))
                .allMatch(f -> f.endsWith(" rw-------"));
    }

    @Test
    void theDatabaseServerListensOnLoopbackOnly() throws IOException {
        int port = Integer.parseInt(Files.readString(home.resolve("db/server.port"), StandardCharsets.US_ASCII).strip());
        // the kernel's own table of listening sockets: local address and port of each (state 0A = LISTEN)
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (Integer.parseInt(local[1], 16) == port && f[3].equals("0A")) {
                    listening.add(local[0].toUpperCase(Locale.ROOT));
                }
            }
        }
        assertThat(listening).as("the server's listening sockets on port " + port).isNotEmpty()
                .allMatch(address -> address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F"),
                        "127.0.0.1");
        // and from any other address of this machine, nobody answers
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 1_000);
                        throw new AssertionError("The database server answered on " + address);
                    } catch (IOException expected) {
                        // refused: good
                    }
                }
            }
        }
    }
}
