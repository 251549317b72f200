package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings that point at the database: refused with a reason before anything is opened. */
class DatabaseConfigTest {

    @Test
    void anInMemoryH2DatabaseIsRefusedBecauseEverySaleWouldBeLostAtExit() {
        for (String url : new String[] {"jdbc:h2:mem:x", "jdbc:h2:mem:", "JDBC:H2:MEM:shop;DB_CLOSE_DELAY=-1",
                "jdbc:h2:tcp://localhost/mem:shop", " jdbc:h2:mem:x "}) {
            assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of("db-url", url), Map.of()))
                    .as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("in-memory")
                    .hasMessageContaining("lost")
                    .isInstanceOfSatisfying(BadSettingException.class, e -> assertThat(e.setting())
                            .as("what the start-up screen names, in the reader's language").isEqualTo("db-url"));
        }
        assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of(), Map.of("CONNECTEDSTORE_DB_URL", "jdbc:h2:mem:x")))
                .hasMessageContaining("in-memory");
    }

    @Test
    void fileAndServerDatabasesAreAccepted() {
        assertThat(DatabaseConfig.resolve(Map.of("db-url", "jdbc:h2:/var/lib/store/db"), Map.of()).url())
                .isEqualTo("jdbc:h2:/var/lib/store/db");
        assertThat(DatabaseConfig.resolve(Map.of("db-url", "jdbc:h2:tcp://db.local/~/memories"), Map.of()).url())
                .isEqualTo("jdbc:h2:tcp://db.local/~/memories");
        assertThat(DatabaseConfig.resolve(Map.of("db-url", "jdbc:postgresql://db.local/store"),
                Map.of("CONNECTEDSTORE_DB_PASSWORD", "s3cret")).url()).isEqualTo("jdbc:postgresql://db.local/store");
    }

    @Test
    void aPostgresStoreDatabaseWithoutAPasswordIsRefusedBeforeAnyLoginIsTried() {
        assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of("db-url", "jdbc:postgresql://db.local/store"),
                Map.of()))
                .isInstanceOf(BadSettingException.class)
                .hasMessageContaining("db-password is missing")
                .satisfies(e -> assertThat(((BadSettingException) e).setting()).isEqualTo("db-password"));
    }

    @Test
    void theH2PortIsAPortOrZeroForAFreeOne() {
        assertThat(DatabaseConfig.resolve(Map.of(), Map.of()).h2Port()).isZero();
        assertThat(DatabaseConfig.resolve(Map.of("h2-port", "0"), Map.of()).h2Port()).isZero();
        assertThat(DatabaseConfig.resolve(Map.of("h2-port", "1"), Map.of()).h2Port()).isEqualTo(1);
        assertThat(DatabaseConfig.resolve(Map.of("h2-port", " 65535 "), Map.of()).h2Port()).isEqualTo(65_535);
        for (String port : new String[] {"-1", "65536", "99999999999999999999", "80a", "\u0668\u0660"}) {
            assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of("h2-port", port), Map.of()))
                    .as(port)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("h2-port must be a whole number from 0 to 65535");
        }
        assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of(), Map.of("CONNECTEDSTORE_H2_PORT", "65536")))
                .hasMessageContaining("not 65536");
    }

    @Test
    void aNumberOutOfRangeIsNamedWithItsRange() {
        assertThatThrownBy(() -> Settings.wholeNumber("idle-seconds", "99999999999999999", 5, 900, "seconds"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idle-seconds must be a whole number from 5 to 900 (seconds), not 99999999999999999")
                .isInstanceOfSatisfying(BadSettingException.class, e -> assertThat(e.setting())
                        .isEqualTo("idle-seconds"));
        assertThatThrownBy(() -> Settings.wholeNumber("idle-seconds", "ten", 5, 900, "seconds"))
                .hasMessage("idle-seconds must be a whole number from 5 to 900 (seconds), not 'ten'");
        assertThat(Settings.wholeNumber("idle-seconds", " 60 ", 5, 900, "seconds")).isEqualTo(60);
    }
}
