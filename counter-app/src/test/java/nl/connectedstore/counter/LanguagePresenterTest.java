package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.store.PinCheck;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counter's language without a toolkit, on a real H2 database: the counter's own at the sign-in screen, the
 * clerk's own once signed in, and a switch in the top bar that is stored as theirs for the next sign-in. Gent's
 * clerk Wout (PIN 2345) reads Dutch in the demo chain; this counter starts in English.
 */
class LanguagePresenterTest {

    private static final String COUNTER = "GNT-COUNTER-1";
    private static final Locale COUNTER_DEFAULT = new Locale("en", "BE");
    private final Database counter = PresenterDatabase.counter();
    private StoreService stores;
    private LanguagePresenter language;

    @BeforeEach
    void open() {
        stores = Services.on(counter.transactor()).stores();
        language = new LanguagePresenter(stores, COUNTER_DEFAULT, TaskExecutor.direct());
    }

    @AfterEach
    void woutReadsDutchAgain() {
        setWoutsLanguage("nl");
    }

    private static void setWoutsLanguage(String code) {
        PresenterDatabase.owner().transactor().write(s -> s.createNativeMutationQuery(
                "update staff_member set language = :code where name = 'Wout Claes'")
                .setParameter("code", code).executeUpdate());
    }

    private StaffSession wout() {
        return ((PinCheck.Accepted) stores.signIn(COUNTER, "2345".toCharArray())).staff();
    }

    private String languageAtNextSignIn() {
        return wout().language();
    }

    @Test
    void theSignInScreenSpeaksTheCountersLanguageAndTheSwitchThereStoresNothing() {
        assertThat(language.language()).isEqualTo(COUNTER_DEFAULT);
        assertThat(language.choices()).containsExactly("en", "nl", "da");

        language.choose("da");

        assertThat(language.language()).as("Danish, with the store's country for money")
                .isEqualTo(new Locale("da", "BE"));
        assertThat(languageAtNextSignIn()).isEqualTo("nl");
    }

    @Test
    void aSignedInClerkReadsTheirOwnLanguageAndSigningOutGoesBackToTheCounters() {
        language.signedIn(wout());
        assertThat(language.language()).isEqualTo(new Locale("nl", "BE"));

        language.signedOut();
        assertThat(language.language()).isEqualTo(COUNTER_DEFAULT);
    }

    @Test
    void theSwitchInTheTopBarIsStoredAsTheClerksLanguageForTheNextSignIn() {
        language.signedIn(wout());

        language.choose("da");

        assertThat(language.language()).isEqualTo(new Locale("da", "BE"));
        assertThat(language.staff().language()).isEqualTo("da");
        assertThat(language.noticeProperty().get()).isNull();
        assertThat(languageAtNextSignIn()).isEqualTo("da");

        language.signedOut();
        LanguagePresenter nextMorning = new LanguagePresenter(stores, COUNTER_DEFAULT, TaskExecutor.direct());
        nextMorning.signedIn(wout());
        assertThat(nextMorning.language()).isEqualTo(new Locale("da", "BE"));
    }

    @Test
    void aClerkWhoNeverChoseKeepsTheLanguageTheSignInScreenShowed() {
        setWoutsLanguage(null);
        language.choose("nl");

        language.signedIn(wout());

        assertThat(language.language()).isEqualTo(new Locale("nl", "BE"));
        assertThat(languageAtNextSignIn()).as("nothing chosen after signing in: nothing stored").isNull();
    }

    @Test
    void theLastOfQuickChoicesIsStoredWhenTheDatabaseIsSlow() {
        HeldExecutor slow = new HeldExecutor();
        LanguagePresenter held = new LanguagePresenter(stores, COUNTER_DEFAULT, slow);
        held.signedIn(wout());
        slow.hold();

        held.choose("da");
        held.choose("en");
        held.choose("en"); // a second tap on the same language
        assertThat(held.language()).as("the screen follows at once").isEqualTo(new Locale("en", "BE"));

        slow.release();

        assertThat(held.staff().language()).isEqualTo("en");
        assertThat(languageAtNextSignIn()).isEqualTo("en");
    }

    @Test
    void whenTheChoiceCannotBeStoredTheCounterSpeaksItAndSaysItIsNotKept() {
        StaffSession signedIn = wout();
        language.signedIn(signedIn);
        stores.signOut(signedIn); // e.g. signed out at another counter, or the shift's sign-in ran out

        language.choose("en");

        assertThat(language.language()).isEqualTo(COUNTER_DEFAULT);
        assertThat(language.noticeProperty().get()).isEqualTo(Said.of("counter.language.notStored"));
        assertThat(language.noticeProperty().get().in(CounterStage.ENGLISH))
                .isEqualTo("Not saved for your next sign-in");
        assertThat(languageAtNextSignIn()).isEqualTo("nl");
    }

    @Test
    void aLanguageTheCounterDoesNotSpeakIsNoChoice() {
        language.signedIn(wout());

        language.choose("de");

        assertThat(language.language()).isEqualTo(new Locale("nl", "BE"));
        assertThat(languageAtNextSignIn()).isEqualTo("nl");
    }
}
