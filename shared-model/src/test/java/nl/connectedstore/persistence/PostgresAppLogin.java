package nl.connectedstore.persistence;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A PostgreSQL test database opened again as one app, with a login of its own in that app's role (as an
 * administrator sets up a store, README): tests drive the kiosk's or the counter's services with exactly its rights.
 */
public final class PostgresAppLogin {

    private PostgresAppLogin() {
    }

    /** The caller closes it. */
    public static Database as(Database owner, AppRole role) {
        String login = "cs_" + role.name().toLowerCase(java.util.Locale.ROOT) + "_" + ProcessHandle.current().pid()
                + "_" + System.nanoTime();
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        try (Connection c = PostgresTestDatabase.admin().connect(); Statement s = c.createStatement()) {
            s.execute("create role " + login + " login password '" + password + "' in role " + role.databaseRole());
            return Database.open(new DatabaseConfig(Files.createTempDirectory("pg-app-"), owner.config().url(), login,
                    password, 0), ProgressListener.NONE, null, role);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot open the test database as " + role + ": " + e.getMessage(), e);
        }
    }
}
