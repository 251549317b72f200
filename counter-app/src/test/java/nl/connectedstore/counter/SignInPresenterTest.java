package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in and changing one's PIN at København's counter without a toolkit, on a real H2 database: what a refused
 * PIN says (tries left, the pause even the right PIN waits for, the lock) and a PIN change.
 */
class SignInPresenterTest {

    private static final String COUNTER = "CPH-COUNTER-1";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Database counter = PresenterDatabase.counter();
    private StoreService stores;
    private SignInPresenter signIn;

    @BeforeEach
    void open() {
        stores = Services.on(counter.transactor(), clock).stores();
        signIn = new SignInPresenter(stores, COUNTER, TaskExecutor.direct());
    }

    @AfterEach
    void unlock() {
        stores.pins().unlockAtMachine(COUNTER, "SignInPresenterTest");
    }

    private Said error() {
        return signIn.errorProperty().get();
    }

    @Test
    void busyWhileTheHeldSignInRunsAndNotOnceTheClerkIsIn() {
        HeldExecutor held = new HeldExecutor();
        SignInPresenter presenter = new SignInPresenter(stores, COUNTER, held);
        java.util.List<Boolean> busyWhenSignedIn = new java.util.ArrayList<>();
        presenter.signedInProperty().addListener((o, was, now) -> busyWhenSignedIn.add(presenter.busyProperty().get()));
        held.hold();
        presenter.signIn("1234".toCharArray());
        assertThat(presenter.busyProperty().get()).as("a spinner the moment the PIN is sent").isTrue();

        held.release();

        assertThat(presenter.signedInProperty().get().name()).isEqualTo("Mette Hansen");
        assertThat(busyWhenSignedIn).as("the spinner stays while the desk is built").containsExactly(true);
        assertThat(presenter.busyProperty().get()).isFalse();
    }

    @Test
    void notBusyAfterTheSignInFailed() {
        Database gone = nl.connectedstore.persistence.DemoDatabase.as(PresenterDatabase.owner(),
                nl.connectedstore.persistence.AppRole.COUNTER);
        StoreService unreachable = Services.on(gone.transactor(), clock).stores();
        gone.close(); // the database went away while the PIN was typed
        HeldExecutor held = new HeldExecutor();
        SignInPresenter presenter = new SignInPresenter(unreachable, COUNTER, held);
        held.hold();
        presenter.signIn("1234".toCharArray());
        assertThat(presenter.busyProperty().get()).isTrue();

        held.release();

        assertThat(presenter.busyProperty().get()).isFalse();
        assertThat(presenter.errorProperty().get()).isEqualTo(Said.of("counter.login.failed"));
        assertThat(presenter.signedInProperty().get()).isNull();
    }

    @Test
    void wrongPinsCountDownToAPauseThatEvenTheRightPinWaitsFor() {
        signIn.signIn("12".toCharArray());
        assertThat(error()).isEqualTo(Said.of("counter.pin.notAPin"));
        signIn.signIn("9090".toCharArray());
        assertThat(error()).isEqualTo(Said.of("counter.pin.wrong", 4));
        assertThat(error().in(CounterStage.ENGLISH))
                .isEqualTo("That PIN is not right. After 4 more wrong PINs, this counter pauses PIN entry.");
        for (String pin : new String[] {"9091", "9092", "909300"}) {
            signIn.signIn(pin.toCharArray());
        }
        assertThat(error()).isEqualTo(Said.of("counter.pin.wrong", 1));
        signIn.signIn("9094".toCharArray());
        assertThat(error()).isEqualTo(Said.of("counter.pin.paused", 30L));

        signIn.signIn("1234".toCharArray());
        assertThat(error()).as("the manager's right PIN waits too").isEqualTo(Said.of("counter.pin.paused", 30L));
        assertThat(signIn.signedInProperty().get()).isNull();

        clock.advance(Duration.ofSeconds(30));
        signIn.signIn("1234".toCharArray());
        assertThat(signIn.signedInProperty().get().name()).isEqualTo("Mette Hansen");
        assertThat(error()).isNull();
    }

    @Test
    void tenWrongPinsLockTheCounterAndTheRightPinDoesNotUnlockIt() {
        for (int i = 0; i < 10; i++) {
            signIn.signIn(("90" + (10 + i)).toCharArray());
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(error()).isEqualTo(Said.of("counter.pin.locked"));
        signIn.signIn("1234".toCharArray());
        assertThat(error()).isEqualTo(Said.of("counter.pin.locked"));
        assertThat(signIn.signedInProperty().get()).isNull();
    }

    @Test
    void aClerkChangesTheirPinAndSignsInWithTheNewOne() {
        signIn.signIn("2345".toCharArray());
        StaffSession frederik = signIn.signedInProperty().get();
        assertThat(frederik.name()).isEqualTo("Frederik Jensen");

        signIn.changePin(frederik, "2345".toCharArray(), "5820".toCharArray(), "5821".toCharArray());
        assertThat(signIn.pinChangeProperty().get()).isEqualTo(Said.of("counter.pin.change.mismatch"));
        signIn.changePin(frederik, "2345".toCharArray(), "1111".toCharArray(), "1111".toCharArray());
        assertThat(signIn.pinChangeProperty().get()).isEqualTo(Said.of("counter.pin.change.tooEasy"));
        signIn.changePin(frederik, "9999".toCharArray(), "5820".toCharArray(), "5820".toCharArray());
        assertThat(signIn.pinChangeProperty().get()).isEqualTo(Said.of("counter.pin.wrong", 4));
        assertThat(signIn.pinChangedProperty().get()).isFalse();

        signIn.changePin(frederik, "2345".toCharArray(), "5820".toCharArray(), "5820".toCharArray());
        assertThat(signIn.pinChangeProperty().get()).isEqualTo(Said.of("counter.pin.change.done"));
        assertThat(signIn.pinChangedProperty().get()).isTrue();

        SignInPresenter later = new SignInPresenter(stores, COUNTER, TaskExecutor.direct());
        later.signIn("2345".toCharArray());
        assertThat(later.signedInProperty().get()).as("the old PIN is gone").isNull();
        later.signIn("5820".toCharArray());
        assertThat(later.signedInProperty().get().name()).isEqualTo("Frederik Jensen");
    }
}
