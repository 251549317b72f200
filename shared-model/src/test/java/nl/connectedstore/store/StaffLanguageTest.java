package nl.connectedstore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counter follows the signed-in clerk's language: a setting of theirs, stored by the counter's own rights. */
class StaffLanguageTest {

    private static Database db;
    private static Database asCounter;
    private static StoreService stores;

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("staff-language-test-", new DemoChain.Size(200, 0, 0));
        asCounter = DemoDatabase.as(db, AppRole.COUNTER);
        stores = Services.on(asCounter).stores();
    }

    @AfterAll
    static void close() {
        asCounter.close();
        db.close();
    }

    private static StaffSession signIn(String terminal, String pin) {
        return ((PinCheck.Accepted) stores.signIn(terminal, pin.toCharArray())).staff();
    }

    @Test
    void theDemoChainsDutchAndDanishStaffReadTheCounterInTheirLanguage() {
        assertThat(signIn("AMS-COUNTER-1", "2345").language()).isEqualTo("nl");
        assertThat(signIn("GNT-COUNTER-1", "1234").language()).isEqualTo("nl");
        assertThat(signIn("CPH-COUNTER-1", "2345").language()).isEqualTo("da");
    }

    @Test
    void aChosenLanguageIsTheirsAtTheNextSignIn() {
        StaffSession mette = signIn("CPH-COUNTER-1", "1234");
        StaffSession now = stores.chooseLanguage(mette, "en");
        assertThat(now.language()).isEqualTo("en");
        assertThat(now.staffId()).isEqualTo(mette.staffId());
        assertThat(stores.chooseLanguage(now, "en").language()).as("choosing it twice is harmless").isEqualTo("en");
        stores.signOut(now);

        assertThat(signIn("CPH-COUNTER-1", "1234").language()).isEqualTo("en");
        assertThat(signIn("CPH-COUNTER-1", "2345").language()).as("a colleague keeps theirs").isEqualTo("da");
    }

    @Test
    void aLanguageTheCounterDoesNotSpeakIsRefused() {
        StaffSession daan = signIn("AMS-COUNTER-1", "2345");
        assertThatThrownBy(() -> stores.chooseLanguage(daan, "de")).isInstanceOf(IllegalArgumentException.class);
        assertThat(signIn("AMS-COUNTER-1", "2345").language()).isEqualTo("nl");
    }

    @Test
    void anEndedSignInCannotChangeAnyonesLanguage() {
        StaffSession wout = signIn("GNT-COUNTER-1", "2345");
        stores.signOut(wout);
        assertThatThrownBy(() -> stores.chooseLanguage(wout, "da")).isInstanceOf(StaffSessionEndedException.class);
        assertThat(signIn("GNT-COUNTER-1", "2345").language()).isEqualTo("nl");
    }
}
