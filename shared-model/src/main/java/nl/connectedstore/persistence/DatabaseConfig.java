package nl.connectedstore.persistence;

import java.nio.file.Path;
import java.util.Locale;
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

    public DatabaseConfig {
        if (h2Port < 0 || h2Port > 65_535) {
            throw new BadSettingException("h2-port", "h2-port must be a whole number from 0 to 65535, not " + h2Port);
        }
        if (url != null) {
            checkUrl(url);
        }
    }

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
        // 0 (or no setting) picks a free port; anything else must be a port a server can listen on
        int h2Port = port == null ? 0 : (int) Settings.wholeNumber("h2-port", port, 0, 65_535,
                "a TCP port; 0 picks a free one");
        if (url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") && password == null) {
            // the store server asks every terminal for its app's password: say so now, not as a login failure later
            throw new BadSettingException("db-password", "db-password is missing: a PostgreSQL store database"
                    + " needs the password of this app's database user");
        }
        return new DatabaseConfig(home.toAbsolutePath(), url == null ? null : url.strip(), user, password, h2Port);
    }

    /**
     * Refuses a URL that is not H2 or PostgreSQL, and any H2 URL whose data would not outlive the app: an
     * in-memory database ({@code jdbc:h2:mem:}, or a {@code tcp:} server's {@code mem:} database) loses every sale
     * at exit.
     */
    private static void checkUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:postgresql:")) {
            throw new BadSettingException("db-url",
                    "db-url must start with jdbc:h2: or jdbc:postgresql:, was '" + Settings.quoted(url) + "'");
        }
        for (int i = 0; i < url.length(); i++) {
            if (Character.isISOControl(url.charAt(i)) || Character.isSurrogate(url.charAt(i))) {
                throw new BadSettingException("db-url", "db-url holds a control or broken character at position "
                        + (i + 1));
            }
        }
        if (lower.startsWith("jdbc:h2:")) {
            String location = lower.substring("jdbc:h2:".length());
            int options = location.indexOf(';');
            if (options >= 0) {
                location = location.substring(0, options);
            }
            // jdbc:h2:mem:x, and a server's in-memory database: jdbc:h2:tcp://host/mem:x or .../~/mem:x is a file
            boolean inMemory = location.startsWith("mem:") || location.equals("mem")
                    || location.matches("(tcp|ssl)://[^/]*/mem:.*");
            if (inMemory) {
                throw new BadSettingException("db-url", "db-url " + Settings.quoted(url) + " is an in-memory database:"
                        + " every sale would be lost when the app closes. Use a file (jdbc:h2:/path/to/db) or"
                        + " PostgreSQL");
            }
        }
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
