package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same refusals on PostgreSQL, with the set-up the README describes: the owner migrates and grants, an
 * administrator makes one login per app in its role, and each app connects with its own.
 */
class DatabaseRightsPostgresTest {

    private static Database owner;
    private static Database kiosk;
    private static Database counter;
    private static String kioskLogin;
    private static String kioskPassword;
    private static String counterLogin;

    @BeforeAll
    static void open() throws Exception {
        owner = PostgresTestDatabase.fresh("rights", new DemoChain.Size(200, 20, 5));
        String suffix = ProcessHandle.current().pid() + "_" + System.nanoTime();
        kioskLogin = "cs_kiosk_" + suffix;
        kioskPassword = secret();
        counterLogin = "cs_counter_" + suffix;
        String counterPassword = secret();
        try (Connection c = PostgresTestDatabase.admin().connect(); Statement s = c.createStatement()) {
            s.execute("create role " + kioskLogin + " login password '" + kioskPassword + "' in role "
                    + AppRole.KIOSK.databaseRole());
            s.execute("create role " + counterLogin + " login password '" + counterPassword + "' in role "
                    + AppRole.COUNTER.databaseRole());
        }
        kiosk = Database.open(as(kioskLogin, kioskPassword), ProgressListener.NONE, null, AppRole.KIOSK);
        counter = Database.open(as(counterLogin, counterPassword), ProgressListener.NONE, null, AppRole.COUNTER);
    }

    private static DatabaseConfig as(String user, String password) throws IOException {
        return new DatabaseConfig(Files.createTempDirectory("rights-pg-"), owner.config().url(), user, password, 0);
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @AfterAll
    static void close() throws SQLException {
        for (Database db : new Database[] {kiosk, counter, owner}) {
            if (db != null) {
                db.close();
            }
        }
        // logins are the server's, not the test database's: leave none behind
        try (Connection c = PostgresTestDatabase.admin().connect(); Statement s = c.createStatement()) {
            for (String login : new String[] {kioskLogin, counterLogin}) {
                if (login != null) {
                    s.execute("drop role if exists " + login);
                }
            }
        }
    }

    @Test
    void theKioskIsRefusedWhatOnlyStaffMayDo() throws SQLException {
        DatabaseRightsTest.kioskIsRefusedWhatOnlyStaffMayDo(owner, kiosk, counter);
    }

    @Test
    void everyTableSaysWhatEachAppMayDoWithIt() throws SQLException {
        try (Connection c = owner.dataSource().getConnection()) {
            assertThat(DatabaseRights.undecided(c)).isEmpty();
        }
    }

    @Test
    void aKioskGivenTheOwnersUserRefusesToStart() {
        assertThatThrownBy(() -> Database.open(owner.config(), ProgressListener.NONE, null, AppRole.KIOSK))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining(AppRole.KIOSK.databaseRole());
    }
}
