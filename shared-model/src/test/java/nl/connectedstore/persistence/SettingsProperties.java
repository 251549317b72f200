package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is typed into a terminal's settings, reading them gives values inside their ranges or an
 * IllegalArgumentException with a reason (which the apps show on screen); never another exception.
 */
class SettingsProperties {

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(AnyText.any(), Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(-3, 70_000).map(String::valueOf),
                Arbitraries.of("99999999999999999", "9223372036854775808", "-9223372036854775808", "+5", " 7 ",
                        "jdbc:h2:mem:x", "jdbc:h2:mem:", "jdbc:h2:tcp://h/mem:x", "jdbc:h2:./db", "jdbc:postgresql://h/d",
                        "jdbc:h2:\u0000", "jdbc:h2:\ud800"));
    }

    @Property(tries = 1_000)
    void aNumberIsInItsRangeOrRefusedWithAReason(@ForAll("values") String text) {
        try {
            long value = Settings.wholeNumber("idle-seconds", text, 5, 900, "seconds");
            assertThat(value).isBetween(5L, 900L);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith("idle-seconds must be a whole number from 5 to 900");
            assertThat(refused.getMessage()).doesNotContain("\u0000");
        }
    }

    @Property(tries = 1_000)
    void aDatabaseSettingIsDurableAndInRangeOrRefused(@ForAll("values") String url, @ForAll("values") String port,
                                                      @ForAll("values") String envUrl) {
        Map<String, String> options = new HashMap<>();
        options.put("db-url", url);
        options.put("h2-port", port);
        options.put("home", "target/settings-home");
        try {
            DatabaseConfig config = DatabaseConfig.resolve(options, Map.of("CONNECTEDSTORE_DB_URL", envUrl));
            assertThat(config.h2Port()).isBetween(0, 65_535);
            if (config.url() != null) {
                assertThat(config.url()).matches("(?i)jdbc:(h2|postgresql):.*");
                assertThat(config.url().toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("jdbc:h2:mem");
                assertThat(config.url()).doesNotContain("\u0000");
            }
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
