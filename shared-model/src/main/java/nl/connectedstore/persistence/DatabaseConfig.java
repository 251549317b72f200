package nl.connectedstore.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data lives. By default an embedded H2 database under {@code ~/.connectedstore}
 * ({@code CONNECTEDSTORE_HOME} moves it), shared by every app on this machine through one H2 TCP server
 * (see docs/decisions/0001-sharing-the-embedded-database.md). {@code --db-url} or
 * {@code CONNECTEDSTORE_DB_URL} points at a {@code jdbc:h2:...} or {@code jdbc:postgresql://...} database instead.
 *
 * @param url      null for the shared embedded database under {@code home}
 * @param h2Port   preferred TCP port for the shared embedded database; 0 picks a free one
 */
public record DatabaseConfig(Path home, String url, String user, String password, int h2Port) {

    public static final String HOME_ENV = "CONNECTEDSTORE_HOME";

    public boolean embedded() {
        return url == null;
    }

    /** Command-line options ({@code --db-url=...}) win over environment variables, which win over defaults. */
    public static DatabaseConfig resolve(Map<String, String> options, Map<String, String> env) {
        Path home = Optional.ofNullable(options.get("home"))
                .or(() -> Optional.ofNullable(env.get(HOME_ENV)))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".connectedstore"));
        String url = pick(options, "db-url", env, "CONNECTEDSTORE_DB_URL");
        String user = pick(options, "db-user", env, "CONNECTEDSTORE_DB_USER");
        String password = pick(options, "db-password", env, "CONNECTEDSTORE_DB_PASSWORD");
        String port = pick(options, "h2-port", env, "CONNECTEDSTORE_H2_PORT");
        int h2Port;
        try {
            h2Port = port == null ? 0 : Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("h2-port must be a number, was '" + port + "'", e);
        }
        if (url != null && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "db-url must start with jdbc:h2: or jdbc:postgresql:, was '" + url + "'");
        }
        return new DatabaseConfig(home.toAbsolutePath(), url, user, password, h2Port);
    }

    public static DatabaseConfig embeddedIn(Path home) {
        return new DatabaseConfig(home.toAbsolutePath(), null, null, null, 0);
    }

    private static String pick(Map<String, String> options, String option, Map<String, String> env, String var) {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            value = env.get(var);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
