package nl.connectedstore.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
}
