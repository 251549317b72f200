package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One way to write a day, and a moment, per language (issue 16: no more mixed date formats in one panel). */
class MessagesDatesTest {

    private static final Messages ENGLISH = Messages.of(new Locale("en", "NL"));
    private static final Messages DUTCH = Messages.of(new Locale("nl", "NL"));
    private static final Messages DANISH = Messages.of(new Locale("da", "DK"));
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant MORNING = Instant.parse("2026-11-29T09:05:00Z");

    @Test
    void aDayIsWrittenTheWayItsLanguageWritesIt() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertThat(ENGLISH.date(day)).isEqualTo("29 Nov 2026");
        assertThat(DUTCH.date(day)).isEqualTo("29 nov. 2026");
        assertThat(DANISH.date(day)).isEqualTo("29. nov. 2026");
    }

    @Test
    void aMomentIsThatDayAndItsTime() {
        assertThat(ENGLISH.dateTime(MORNING, AMSTERDAM)).isEqualTo("29 Nov 2026, 10:05");
        assertThat(DUTCH.dateTime(MORNING, AMSTERDAM)).isEqualTo("29 nov. 2026 10:05");
        assertThat(DANISH.dateTime(MORNING, AMSTERDAM)).isEqualTo("29. nov. 2026 10.05");
    }

    @Test
    void aMomentAndItsDayAgreeInTheMachinesZone() {
        for (Messages language : new Messages[] {ENGLISH, DUTCH, DANISH}) {
            assertThat(language.dateTime(MORNING)).startsWith(language.date(MORNING))
                    .endsWith(language.time(MORNING));
        }
    }
}
