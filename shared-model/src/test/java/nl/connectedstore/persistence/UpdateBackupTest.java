package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 5: a store updated to a new version loses nothing. The embedded database is copied whole before
 * the new version's migrations run, the copy restores to the old data, and copies older than two weeks go.
 */
@H2Only("H2's BACKUP TO before a migration; PostgreSQL is backed up with pg_dump (README)")
class UpdateBackupTest {

    @TempDir
    Path home;

    private JdbcDataSource h2(Path dir, String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + dir.resolve(name).toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    @Test
    void anOlderDatabaseIsCopiedBeforeItIsUpdatedAndTheCopyHoldsItsData() throws Exception {
        JdbcDataSource db = h2(home.resolve("db"), "connectedstore");
        // the database as the previous version left it: schema version 1, with a store in it
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into store (id, code, name, city, kind, country_code, currency_code)"
                    + " values (1, 'AMS', 'Amsterdam Centrum', 'Amsterdam', 'STORE', 'NL', 'EUR')");
        }
        Path backups = home.resolve(Database.BACKUPS);

        int ran = Database.migrate(db, backups);

        assertThat(ran).as("the new version's migrations ran").isPositive();
        List<Path> copies;
        try (var files = Files.list(backups)) {
            copies = files.toList();
        }
        assertThat(copies).singleElement().satisfies(copy -> {
            assertThat(copy.getFileName().toString()).matches("connectedstore-\\d{4}-\\d\\d-\\d\\d-V1-to-V\\d+\\.zip");
            assertThat(Files.getPosixFilePermissions(copy)).isEqualTo(DataFolder.FILE);
        });
        // the copy is the old database: restored, it is at version 1 with the store in it
        Path restored = home.resolve("restored");
        Restore.execute(copies.get(0).toString(), restored.toString(), null);
        try (Connection c = h2(restored, "connectedstore").getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select name from store where code = 'AMS'),"
                     + " (select max(\"version\") from \"flyway_schema_history\")")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("Amsterdam Centrum");
            assertThat(rs.getString(2)).isEqualTo("1");
        }

        assertThat(Database.migrate(db, backups)).as("nothing left to do").isZero();
        try (var files = Files.list(backups)) {
            assertThat(files.count()).as("no copy when nothing changes").isEqualTo(1);
        }
    }

    @Test
    void aNewDatabaseIsNotCopiedAndCopiesOlderThanTwoWeeksAreDeleted() throws Exception {
        Path backups = Files.createDirectories(home.resolve(Database.BACKUPS));
        Path old = Files.writeString(backups.resolve("connectedstore-2026-11-01-V3-to-V9.zip"), "old");
        Path recent = Files.writeString(backups.resolve("connectedstore-2026-11-20-V9-to-V12.zip"), "recent");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(15))));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(13))));

        Database.migrate(h2(home.resolve("db"), "fresh"), backups);

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        try (var files = Files.list(backups)) {
            assertThat(files.toList()).as("an empty database has nothing to lose").containsExactly(recent);
        }
    }
}
