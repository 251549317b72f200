package nl.connectedstore.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import nl.connectedstore.testing.Services;

/** Erasure on the embedded H2 database, served to the apps by its own process as in a store. */
class ErasureTest extends ErasureContract {

    private static Path home;
    private static Database db;

    @BeforeAll
    static void open() throws IOException {
        home = Files.createTempDirectory("erasure-test-");
        db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, new DemoChain.Size(100, 20, 10));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    Database db() {
        return db;
    }

    @Override
    String dump() {
        // H2's own dump: every table's rows as SQL statements
        return db.transactor().read(s -> s.doReturningWork(c -> {
            StringBuilder out = new StringBuilder();
            try (var st = c.createStatement(); var rs = st.executeQuery("script")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            return out.toString();
        }));
    }

    @Override
    byte[] rawFiles() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(home.resolve("db"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("connectedstore")).toList()) {
                all.write(Files.readAllBytes(file));
            }
        }
        return all.toByteArray();
    }

    /**
     * Another terminal's transaction that read the customers before the erasure keeps their old rows readable, so H2
     * keeps them in the file while it is open; the rewrite goes on until it has ended. (The first pass cannot free
     * them; it must not be the last.)
     */
    @Test
    void aTransactionOpenDuringTheErasureKeepsTheErasedRowsOnTheDiskOnlyUntilItEnds() throws Exception {
        Person p = customerWithHistory("Hold" + System.nanoTime() % 100_000);
        maintenance();
        String url = db.transactor().read(s -> s.doReturningWork(c -> c.getMetaData().getURL()));
        String password = Files.readString(home.resolve("db").resolve("db.secret")).strip();
        try (Connection other = DriverManager.getConnection(url, "connectedstore", password)) {
            other.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            other.setAutoCommit(false);
            try (var st = other.createStatement(); var rs = st.executeQuery("select count(*) from customer")) {
                rs.next(); // its snapshot of the customers, taken before the erasure
            }

            assertThat(Services.on(db.transactor(), Clock.systemUTC()).erasure().erase(p.id())).isEqualTo(1);

            // the other terminal's transaction stays open through the rewrite's first passes (200 ms and 2 s)
            await("kept on the disk while the other transaction could still read them")
                    .during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .until(() -> found(new String(rawFiles(), StandardCharsets.ISO_8859_1), p.needles())
                            .contains("e-mail"));
            other.commit();
        }
        assertRawFilesRewritten(p.needles());
    }
}
