package nl.connectedstore.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * "Who helped you today?" offers the first names of the staff signed in at this store today: not yesterday's, not
 * another store's, not someone who signed out before midnight; someone still signed in from last night is.
 */
class SignedInTodayTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Database db = DemoDatabase.fresh("signed-in-today-", new DemoChain.Size(100, 0, 0));

    @AfterAll
    static void close() {
        db.close();
    }

    private static StaffSession signIn(MovableClock clock, String counter, String pin) {
        return ((PinCheck.Accepted) Services.on(db.transactor(), clock).stores().signIn(counter, pin.toCharArray()))
                .staff();
    }

    @Test
    void onlyTodaysSignedInStaffOfThisStoreAreOffered() {
        // yesterday 09:00 in Amsterdam: the AMS manager signs in and out again before midnight
        Instant yesterdayMorning = ZonedDateTime.now(AMSTERDAM).minusDays(1).withHour(9).withMinute(0).toInstant();
        MovableClock clock = new MovableClock(yesterdayMorning);
        StoreService stores = Services.on(db.transactor(), clock).stores();
        StaffSession sanne = signIn(clock, "AMS-COUNTER-1", "1234");
        clock.advance(Duration.ofHours(8));
        stores.signOut(sanne);
        // yesterday 22:30: Gent's clerk signs in at Gent and stays signed in past midnight
        clock.advance(Duration.ofMinutes(13 * 60 + 30 - 8 * 60));
        signIn(clock, "GNT-COUNTER-1", "2345");
        // today 08:00: Amsterdam's clerk signs in
        clock.advance(Duration.ofMinutes(9 * 60 + 30));
        signIn(clock, "AMS-COUNTER-1", "2345");

        long ams = stores.store("AMS").orElseThrow().id();
        long gnt = stores.store("GNT").orElseThrow().id();
        assertThat(stores.signedInToday(ams, AMSTERDAM)).extracting(StaffName::firstName).containsExactly("Daan");
        assertThat(stores.signedInToday(gnt, AMSTERDAM)).as("signed in last night, still signed in this morning")
                .extracting(StaffName::firstName).containsExactly("Wout");

        // Sanne comes back this afternoon, Daan signs in again: each once, alphabetical
        clock.advance(Duration.ofHours(5));
        signIn(clock, "AMS-COUNTER-1", "1234");
        signIn(clock, "AMS-COUNTER-1", "2345");
        assertThat(stores.signedInToday(ams, AMSTERDAM)).extracting(StaffName::firstName)
                .containsExactly("Daan", "Sanne");
        assertThat(stores.staffOf(ams)).extracting(StaffName::firstName).containsExactlyInAnyOrder("Daan", "Sanne");
    }
}
