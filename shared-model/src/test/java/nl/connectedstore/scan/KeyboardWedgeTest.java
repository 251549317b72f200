package nl.connectedstore.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyboardWedgeTest {

    private static Optional<String> type(KeyboardWedge wedge, String keys, long gapMillis, long[] clock) {
        Optional<String> last = Optional.empty();
        for (char c : keys.toCharArray()) {
            clock[0] += gapMillis * 1_000_000;
            last = wedge.key(c, clock[0]);
        }
        return last;
    }

    @Test
    void aFastBurstEndingInEnterIsAScan() {
        long[] clock = {0};
        assertThat(type(new KeyboardWedge(), "8710398500267\n", 8, clock)).contains("8710398500267");
    }

    @Test
    void aPersonTypingDigitsIsNotAScan() {
        long[] clock = {0};
        assertThat(type(new KeyboardWedge(), "8710398500267\n", 120, clock)).isEmpty();
    }

    @Test
    void oneSlowKeyInTheMiddleSpoilsTheBurstButTheNextScanWorks() {
        KeyboardWedge wedge = new KeyboardWedge();
        long[] clock = {0};
        type(wedge, "871039", 8, clock);
        clock[0] += 500_000_000;
        assertThat(type(wedge, "8500267\n", 8, clock)).isEmpty();
        clock[0] += 2_000_000_000;
        assertThat(type(wedge, "96385074\r", 5, clock)).contains("96385074");
    }

    @Test
    void wordsTypedWithoutEnterDoNotSpoilTheScanThatFollows() {
        KeyboardWedge wedge = new KeyboardWedge();
        long[] clock = {0};
        assertThat(type(wedge, "melk", 150, clock)).as("a search typed by hand").isEmpty();
        clock[0] += 3_000_000_000L;
        assertThat(type(wedge, "CSCARD:41767240650661\r", 6, clock)).contains("CSCARD:41767240650661");
    }

    @Test
    void aScannerBurstLeftWithoutEnterDoesNotJoinTheNextScan() {
        KeyboardWedge wedge = new KeyboardWedge();
        long[] clock = {0};
        type(wedge, "8710398", 6, clock);
        clock[0] += 1_500_000_000L;
        assertThat(type(wedge, "96385074\n", 6, clock)).contains("96385074");
    }

    @Test
    void shortBurstsAndEndlessStreamsAreNotCodes() {
        long[] clock = {0};
        assertThat(type(new KeyboardWedge(), "1234\n", 5, clock)).isEmpty();
        assertThat(type(new KeyboardWedge(), "1".repeat(40) + "\n", 5, clock)).isEmpty();
    }

    @Test
    void theSameCodeIsIgnoredWhileInViewAndCountsAgainAfterAPause() {
        Instant[] now = {Instant.parse("2026-11-23T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RepeatFilter filter = new RepeatFilter(clock, RepeatFilter.DEFAULT_QUIET);
        assertThat(filter.isNew("8710398500267")).isTrue();
        for (int frame = 0; frame < 30; frame++) {
            now[0] = now[0].plusMillis(100);
            assertThat(filter.isNew("8710398500267")).as("frame %d", frame).isFalse();
        }
        now[0] = now[0].plus(Duration.ofMillis(1600));
        assertThat(filter.isNew("8710398500267")).isTrue();
        assertThat(filter.isNew("96385074")).isTrue();
    }
}
