package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.connectedstore.persistence.AnyText;
import org.junit.jupiter.api.Test;

/** A kiosk's settings: every number in a range, refused with a message the start-up screen shows. */
class KioskOptionsTest {

    @Test
    void anIdleTimeThatWouldOverflowTheTimerIsRefused() {
        assertThatThrownBy(() -> KioskOptions.from(Map.of("idle-seconds", "99999999999999999"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idle-seconds must be a whole number from 5 to 900 (seconds), not 99999999999999999");
        assertThatThrownBy(() -> KioskOptions.from(Map.of(), Map.of("CONNECTEDSTORE_IDLE_SECONDS", "901")))
                .hasMessageContaining("from 5 to 900");
        assertThatThrownBy(() -> KioskOptions.from(Map.of("idle-seconds", "4"), Map.of()))
                .hasMessageContaining("not 4");
        assertThat(KioskOptions.from(Map.of("idle-seconds", "900"), Map.of()).idleTimeout())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(KioskOptions.from(Map.of(), Map.of()).idleTimeout()).isEqualTo(KioskOptions.DEFAULT_IDLE);
    }

    @Test
    void fullScreenIsOnWhenGivenBareOrTrueAndOffWhenFalseOrAbsent() {
        assertThat(KioskOptions.from(Map.of("fullscreen", "true"), Map.of()).fullScreen()).isTrue();
        assertThat(KioskOptions.from(Map.of("fullscreen", "false"), Map.of()).fullScreen()).isFalse();
        assertThat(KioskOptions.from(Map.of(), Map.of()).fullScreen()).isFalse();
    }

    @Test
    void theOrderHoldIsOneHourToTwoWeeks() {
        assertThatThrownBy(() -> KioskOptions.from(Map.of("order-hold-hours", "337"), Map.of()))
                .hasMessage("order-hold-hours must be a whole number from 1 to 336 (hours), not 337");
        assertThatThrownBy(() -> KioskOptions.from(Map.of("order-hold-hours", "1e3"), Map.of()))
                .hasMessageContaining("not '1e3'");
        assertThat(KioskOptions.from(Map.of("order-hold-hours", "336"), Map.of()).orderHold())
                .isEqualTo(Duration.ofDays(14));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(AnyText.any(), Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(-2, 1_000).map(String::valueOf),
                Arbitraries.of("shop", "checkout", "both", "auto", "none", "replay:", "replay:\u0000"));
    }

    @Property(tries = 500)
    void whateverIsTypedTheSettingsAreInRangeOrRefusedWithAReason(
            @ForAll("values") String idle, @ForAll("values") String hold, @ForAll("values") String mode,
            @ForAll("values") String camera, @ForAll("values") String store, @ForAll("values") String exportDir) {
        Map<String, String> named = new HashMap<>();
        named.put("idle-seconds", idle);
        named.put("order-hold-hours", hold);
        named.put("mode", mode);
        named.put("camera", camera);
        named.put("store", store);
        named.put("export-dir", exportDir);
        try {
            KioskOptions options = KioskOptions.from(named, Map.of());
            assertThat(options.idleTimeout()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(900));
            assertThat(options.orderHold()).isBetween(Duration.ofHours(1), Duration.ofHours(336));
            options.idleTimeout().toMillis(); // what the idle timer does with it
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
