package nl.connectedstore.counter;

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

/** A counter's settings: every number in a range, refused with a message the start-up screen shows. */
class CounterOptionsTest {

    @Test
    void theArrivalFadeIsOneMinuteToFourHours() {
        assertThatThrownBy(() -> CounterOptions.from(Map.of("arrival-fade", "99999999999"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arrival-fade must be a whole number from 1 to 240 (minutes), not 99999999999")
                .isInstanceOfSatisfying(nl.connectedstore.persistence.BadSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("arrival-fade"));
        assertThat(CounterOptions.from(Map.of("arrival-fade", "240"), Map.of()).arrivalFade())
                .isEqualTo(Duration.ofHours(4));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(AnyText.any(), Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(-2, 300).map(String::valueOf));
    }

    @Property(tries = 300)
    void whateverIsTypedTheSettingsAreInRangeOrRefusedWithAReason(@ForAll("values") String fade,
                                                                  @ForAll("values") String store) {
        Map<String, String> named = new HashMap<>();
        named.put("arrival-fade", fade);
        named.put("store", store);
        try {
            CounterOptions options = CounterOptions.from(named, Map.of());
            assertThat(options.arrivalFade()).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(240));
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
