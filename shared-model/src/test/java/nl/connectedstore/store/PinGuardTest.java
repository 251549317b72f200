package nl.connectedstore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PINs cannot be guessed by trying (issue 13): wrong PINs are counted per terminal in the database, pause PIN
 * entry for longer and longer and then lock it until a manager at another counter unlocks it. On a real H2
 * database; {@link #database()} is the one place to point the same tests at PostgreSQL.
 */
class PinGuardTest {

    private static final AtomicInteger TERMINALS = new AtomicInteger();
    private static Database h2;

    private Database db;
    private MovableClock clock;
    private StoreService stores;
    private AssistanceService assistance;

    @BeforeAll
    static void open() {
        h2 = DemoDatabase.fresh("pin-guard-test-", new DemoChain.Size(300, 200, 10));
    }

    @AfterAll
    static void close() {
        h2.close();
    }

    /** The database under test: H2 here, PostgreSQL in a subclass. */
    protected Database database() {
        return h2;
    }

    @BeforeEach
    void services() {
        db = database();
        clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
        stores = Services.on(db.transactor(), clock).stores();
        assistance = new AssistanceService(db.transactor(), stores, clock);
    }

    /** A counter of its own for each test, so tests do not add to each other's counts. */
    private String newCounter(String storeCode) {
        String code = storeCode + "-PINTEST-" + TERMINALS.incrementAndGet();
        db.transactor().write(session -> {
            Store store = session.createSelectionQuery("from Store s where s.code = :code", Store.class)
                    .setParameter("code", storeCode).getSingleResult();
            session.persist(new Terminal(store, code, "Counter " + code, TerminalKind.COUNTER));
            return null;
        });
        return code;
    }

    private PinCheck signIn(String terminal, String pin) {
        return stores.signIn(terminal, pin.toCharArray());
    }

    private StaffSession staff(String terminal, String pin) {
        return ((PinCheck.Accepted) signIn(terminal, pin)).staff();
    }

    private void wrong(String terminal, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(signIn(terminal, "9090")).isNotInstanceOf(PinCheck.Accepted.class);
        }
    }

    /** Ten wrong PINs, waiting out each pause: the terminal locks. */
    private void lock(String terminal) {
        for (int i = 0; i < PinGuard.LOCK_AFTER; i++) {
            PinCheck check = signIn(terminal, "9090");
            if (check instanceof PinCheck.Paused paused) {
                clock.advance(Duration.ofSeconds(paused.seconds()));
            }
        }
        assertThat(signIn(terminal, "9090")).isEqualTo(new PinCheck.Locked());
    }

    @Test
    void fiveWrongPinsPauseEntryAndEvenTheRightPinIsRefusedUntilTheClockMoves() {
        String counter = newCounter("AMS");
        assertThat(signIn(counter, "9090")).isEqualTo(new PinCheck.WrongPin(4));
        assertThat(signIn(counter, "9091")).isEqualTo(new PinCheck.WrongPin(3));
        assertThat(signIn(counter, "9092")).isEqualTo(new PinCheck.WrongPin(2));
        assertThat(signIn(counter, "9093")).isEqualTo(new PinCheck.WrongPin(1));
        assertThat(signIn(counter, "9094")).isEqualTo(new PinCheck.Paused(30));

        assertThat(signIn(counter, "2345")).as("the right PIN during the pause").isEqualTo(new PinCheck.Paused(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(signIn(counter, "2345")).isEqualTo(new PinCheck.Paused(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(counter, "2345")).isInstanceOf(PinCheck.Accepted.class);
    }

    @Test
    void eachFurtherWrongPinDoublesThePauseAndTheTenthLocksEvenForTheRightPin() {
        String counter = newCounter("AMS");
        wrong(counter, 4);
        List<Long> pauses = new ArrayList<>();
        for (int i = 5; i < PinGuard.LOCK_AFTER; i++) {
            PinCheck.Paused paused = (PinCheck.Paused) signIn(counter, "9090");
            pauses.add(paused.seconds());
            clock.advance(Duration.ofSeconds(paused.seconds()));
        }
        assertThat(pauses).containsExactly(30L, 60L, 120L, 240L, 480L);
        assertThat(signIn(counter, "9090")).isEqualTo(new PinCheck.Locked());

        clock.advance(Duration.ofDays(3));
        assertThat(signIn(counter, "2345")).as("a lock does not wear off").isEqualTo(new PinCheck.Locked());
        assertThat(signIn(counter, "1234")).isEqualTo(new PinCheck.Locked());
    }

    @Test
    void aManagerAtAnotherCounterOfTheStoreUnlocksButAClerkOrTheLockedCounterCannot() {
        String locked = newCounter("AMS");
        String other = newCounter("AMS");
        String gent = newCounter("GNT");
        StaffSession manager = staff(other, "1234");
        StaffSession clerk = staff(other, "2345");
        StaffSession gentManager = staff(gent, "1234");
        lock(locked);
        assertThat(stores.pins().locked("AMS")).extracting(PinGuard.LockedTerminal::code).contains(locked);
        assertThat(stores.pins().locked("GNT")).extracting(PinGuard.LockedTerminal::code).doesNotContain(locked);

        PinGuard guard = stores.pins();
        assertThat(guard.unlock(locked, clerk)).isEqualTo(PinGuard.Unlock.NOT_ALLOWED);
        assertThat(guard.unlock(locked, gentManager)).as("another store's manager")
                .isEqualTo(PinGuard.Unlock.NOT_ALLOWED);
        StaffSession forged = new StaffSession(manager.sessionId() + 999_999, manager.staffId(), manager.name(),
                manager.role(), manager.storeCode());
        assertThat(guard.unlock(locked, forged)).as("a sign-in that was never stored")
                .isEqualTo(PinGuard.Unlock.NOT_ALLOWED);
        StaffSession gone = staff(other, "1234");
        stores.signOut(gone);
        assertThat(guard.unlock(locked, gone)).as("a manager who signed out").isEqualTo(PinGuard.Unlock.NOT_ALLOWED);
        assertThat(guard.unlock(locked, null)).isEqualTo(PinGuard.Unlock.NOT_ALLOWED);
        assertThat(signIn(locked, "1234")).isEqualTo(new PinCheck.Locked());

        assertThat(guard.unlock(locked, manager)).isEqualTo(PinGuard.Unlock.UNLOCKED);
        assertThat(stores.pins().locked("AMS")).extracting(PinGuard.LockedTerminal::code).doesNotContain(locked);
        assertThat(signIn(locked, "9090")).as("the count starts again").isEqualTo(new PinCheck.WrongPin(4));
        assertThat(signIn(locked, "2345")).isInstanceOf(PinCheck.Accepted.class);
        assertThat(guard.unlock(locked, manager)).isEqualTo(PinGuard.Unlock.NOT_LOCKED);
    }

    @Test
    void aStoreWithOneCounterIsUnlockedFromTheMachinesCommandLine() {
        String counter = newCounter("CPH");
        lock(counter);
        assertThat(stores.pins().unlockAtMachine(counter, "ops")).isEqualTo(PinGuard.Unlock.UNLOCKED);
        assertThat(signIn(counter, "1234")).isInstanceOf(PinCheck.Accepted.class);
        assertThat(stores.pins().unlockAtMachine(counter, "ops")).isEqualTo(PinGuard.Unlock.NOT_LOCKED);
    }

    @Test
    void theRightPinStartsTheCountAgain() {
        String counter = newCounter("AMS");
        wrong(counter, 4);
        assertThat(signIn(counter, "2345")).isInstanceOf(PinCheck.Accepted.class);
        wrong(counter, 3);
        assertThat(signIn(counter, "9090")).isEqualTo(new PinCheck.WrongPin(1));
    }

    @Test
    void countsAreKeptPerTerminal() {
        String one = newCounter("AMS");
        String two = newCounter("AMS");
        wrong(one, 5);
        assertThat(signIn(one, "2345")).isInstanceOf(PinCheck.Paused.class);
        assertThat(signIn(two, "2345")).isInstanceOf(PinCheck.Accepted.class);
    }

    @Test
    void signInAndAnsweringARequestShareOneCount() {
        String counter = newCounter("AMS");
        AssistanceView call = assistance.callStaff("AMS-KIOSK-1");
        wrong(counter, 3);
        assertThat(assistance.answer(call.id(), counter, "9090".toCharArray(), AssistanceStatus.DONE))
                .isEqualTo(new AssistanceService.Outcome.PinRefused(new PinCheck.WrongPin(1)));
        assertThat(assistance.answer(call.id(), counter, "9091".toCharArray(), AssistanceStatus.DONE))
                .isEqualTo(new AssistanceService.Outcome.PinRefused(new PinCheck.Paused(30)));
        assertThat(assistance.answer(call.id(), counter, "2345".toCharArray(), AssistanceStatus.DONE))
                .isEqualTo(new AssistanceService.Outcome.PinRefused(new PinCheck.Paused(30)));
        assertThat(signIn(counter, "2345")).isEqualTo(new PinCheck.Paused(30));
        assertThat(assistance.get(call.id()).status()).isEqualTo(AssistanceStatus.OPEN);

        clock.advance(Duration.ofSeconds(30));
        assertThat(assistance.answer(call.id(), counter, "2345".toCharArray(), AssistanceStatus.DONE))
                .isInstanceOf(AssistanceService.Outcome.Answered.class);
    }

    @Test
    void aCountSurvivesARestart() {
        String counter = newCounter("AMS");
        wrong(counter, 4);
        StoreService afterRestart = Services.on(db.transactor(), clock).stores();
        assertThat(afterRestart.signIn(counter, "9090".toCharArray())).isEqualTo(new PinCheck.Paused(30));
    }

    /**
     * The audit found the manager's PIN 1234 in 35 tries. An attacker now tries every PIN from 0000 up, waiting out
     * every pause (and then the clerk's 2345): PIN entry locks after ten compared PINs and neither the manager's
     * PIN (1234) nor the clerk's is ever accepted.
     */
    @Test
    void tryingEveryPinIsStoppedWithinTenTriesAndNeverFindsTheManagersPin() {
        String counter = newCounter("AMS");
        List<String> guesses = new ArrayList<>();
        for (int guess = 0; guess <= 1300; guess++) {
            guesses.add(String.format("%04d", guess));
        }
        guesses.add("2345");
        List<PinCheck> outcomes = new ArrayList<>();
        for (String guess : guesses) {
            PinCheck check = signIn(counter, guess);
            outcomes.add(check);
            if (check instanceof PinCheck.Paused paused) {
                clock.advance(Duration.ofSeconds(paused.seconds()));
            }
        }
        assertThat(outcomes).noneMatch(PinCheck::accepted);
        assertThat(outcomes.get(1234)).isEqualTo(new PinCheck.Locked());
        assertThat(outcomes.get(outcomes.size() - 1)).as("the clerk's 2345").isEqualTo(new PinCheck.Locked());
        assertThat(outcomes.subList(PinGuard.LOCK_AFTER - 1, outcomes.size()))
                .allMatch(c -> c.equals(new PinCheck.Locked()));
        long pinsCompared = db.transactor().read(session -> session.createNativeQuery(
                        "select count(*) from pin_failure where terminal_code = :t and outcome = 'WRONG'", Long.class)
                .setParameter("t", counter).getSingleResult());
        assertThat(pinsCompared).isEqualTo(PinGuard.LOCK_AFTER);
    }

    @Test
    void theFailureLogHoldsTerminalTimeAndPlaceButNeverThePin() {
        String counter = newCounter("AMS");
        AssistanceView call = assistance.callStaff("AMS-KIOSK-1");
        signIn(counter, "864209");
        assistance.answer(call.id(), counter, "75319".toCharArray(), AssistanceStatus.DONE);
        signIn(counter, "12x");
        List<Object[]> rows = db.transactor().read(session -> session.createNativeQuery(
                        "select * from pin_failure where terminal_code = :t order by id", Object[].class)
                .setParameter("t", counter).getResultList());
        assertThat(rows).hasSize(3);
        for (Object[] row : rows) {
            for (Object column : row) {
                assertThat(String.valueOf(column)).doesNotContain("864209", "75319", "12x", "9090");
            }
        }
        List<Object[]> what = db.transactor().read(session -> session.createNativeQuery(
                        "select place, outcome, failed_at from pin_failure where terminal_code = :t order by id",
                        Object[].class)
                .setParameter("t", counter).getResultList());
        assertThat(what).extracting(r -> r[0] + "/" + r[1])
                .containsExactly("SIGN_IN/WRONG", "HELP_CALL/WRONG", "SIGN_IN/NOT_A_PIN");
        assertThat(what).allMatch(r -> r[2] != null);
    }

    /** Eight wrong PINs typed at one counter at the same moment: still only five are compared, then it pauses. */
    @Test
    void concurrentAttemptsCannotSlipPastTheCount() throws Exception {
        String counter = newCounter("AMS");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PinCheck>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String pin = String.format("%04d", 7000 + i);
                Callable<PinCheck> attempt = () -> {
                    start.await();
                    return signIn(counter, pin);
                };
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            List<PinCheck> results = new ArrayList<>();
            for (Future<PinCheck> f : futures) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(PinCheck.WrongPin.class::isInstance)
                    .containsExactlyInAnyOrder(new PinCheck.WrongPin(4), new PinCheck.WrongPin(3),
                            new PinCheck.WrongPin(2), new PinCheck.WrongPin(1));
            assertThat(results).filteredOn(PinCheck.Paused.class::isInstance).hasSize(threads - 4);
        } finally {
            pool.shutdownNow();
        }
        long compared = db.transactor().read(session -> session.createNativeQuery(
                        "select count(*) from pin_failure where terminal_code = :t and outcome = 'WRONG'", Long.class)
                .setParameter("t", counter).getSingleResult());
        assertThat(compared).isEqualTo(PinGuard.PAUSE_AFTER);
    }

    @Test
    void pinsAreTypedAtACounterOnly() {
        assertThatThrownBy(() -> signIn("AMS-KIOSK-1", "2345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signIn("NOPE-1", "2345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staffChooseASixDigitPinAndTheOldOneNoLongerWorks() {
        String counter = newCounter("GNT");
        StaffSession clerk = staff(counter, "2345");
        assertThat(stores.changePin(counter, clerk, "2345".toCharArray(), "583920".toCharArray(),
                "583920".toCharArray())).isEqualTo(new PinGuard.PinChange.Changed());
        assertThat(signIn(counter, "2345")).isInstanceOf(PinCheck.WrongPin.class);
        assertThat(signIn(counter, "583920")).isInstanceOfSatisfying(PinCheck.Accepted.class,
                a -> assertThat(a.staff().name()).isEqualTo("Wout Claes"));

        assertThat(stores.changePin(counter, clerk, "583920".toCharArray(), "640913".toCharArray(),
                "640913".toCharArray())).as("once an hour").isInstanceOf(PinGuard.PinChange.TooSoon.class);
        clock.advance(PinGuard.PIN_CHANGE_EVERY);
        assertThat(stores.changePin(counter, clerk, "583920".toCharArray(), "4071".toCharArray(),
                "4071".toCharArray())).isEqualTo(new PinGuard.PinChange.Changed());
        assertThat(signIn(counter, "4071")).isInstanceOf(PinCheck.Accepted.class);
    }

    @Test
    void easyMismatchedOrMalformedNewPinsAreRefused() {
        String counter = newCounter("GNT");
        StaffSession manager = staff(counter, "1234");
        for (String easy : List.of("0000", "1234", "123456", "111111", "9876", "1212", "454545", "012345")) {
            assertThat(stores.changePin(counter, manager, "1234".toCharArray(), easy.toCharArray(),
                    easy.toCharArray())).as(easy).isEqualTo(new PinGuard.PinChange.TooEasy());
        }
        for (String notAPin : List.of("123", "1234567", "12a45", "１２３４５", "")) {
            assertThat(stores.changePin(counter, manager, "1234".toCharArray(), notAPin.toCharArray(),
                    notAPin.toCharArray())).as(notAPin).isEqualTo(new PinGuard.PinChange.NotAPin());
        }
        assertThat(stores.changePin(counter, manager, "1234".toCharArray(), "583921".toCharArray(),
                "583912".toCharArray())).isEqualTo(new PinGuard.PinChange.Mismatch());
        assertThat(stores.changePin(counter, manager, "9090".toCharArray(), "583921".toCharArray(),
                "583921".toCharArray())).as("a wrong current PIN is counted like any wrong PIN")
                .isEqualTo(new PinGuard.PinChange.CurrentRefused(new PinCheck.WrongPin(4)));
        StaffSession clerk = staff(counter, "2345");
        assertThat(stores.changePin(counter, manager, "2345".toCharArray(), "583921".toCharArray(),
                "583921".toCharArray())).as("a colleague's PIN is not one's current PIN")
                .isEqualTo(new PinGuard.PinChange.CurrentRefused(new PinCheck.WrongPin(4)));
        assertThat(signIn(counter, "1234")).as("nothing changed").isInstanceOf(PinCheck.Accepted.class);
        assertThat(clerk.name()).isEqualTo("Wout Claes");
    }

    @Test
    void twoStaffOfAStoreCannotShareAPinAndTheRefusalNamesNobody() {
        String counter = newCounter("CPH");
        StaffSession manager = staff(counter, "1234");
        StaffSession clerk = staff(counter, "2345");
        assertThat(stores.changePin(counter, clerk, "2345".toCharArray(), "305718".toCharArray(),
                "305718".toCharArray())).isEqualTo(new PinGuard.PinChange.Changed());
        assertThat(stores.changePin(counter, manager, "1234".toCharArray(), "305718".toCharArray(),
                "305718".toCharArray())).isEqualTo(new PinGuard.PinChange.ChooseAnother());
        assertThat(signIn(counter, "305718")).isInstanceOfSatisfying(PinCheck.Accepted.class,
                a -> assertThat(a.staff().name()).isEqualTo("Frederik Jensen"));
        assertThat(signIn(counter, "1234")).isInstanceOfSatisfying(PinCheck.Accepted.class,
                a -> assertThat(a.staff().name()).isEqualTo("Mette Hansen"));
    }

    /** Searching for a colleague's PIN through "choose another PIN" pauses like guessing at sign-in does. */
    @Test
    void aTakenPinCountsAsAWrongPinSoItCannotBeSearchedFor() {
        String counter = newCounter("AMS");
        StaffSession clerk = staff(counter, "2345");
        db.transactor().write(session -> {
            StaffMember manager = session.createSelectionQuery(
                            "from StaffMember m where m.store.code = 'AMS' and m.role = :role", StaffMember.class)
                    .setParameter("role", StaffRole.MANAGER).getSingleResult();
            manager.changePin(PinHasher.hash("802461".toCharArray()), clock.instant().minus(Duration.ofDays(1)));
            return null;
        });
        try {
            for (int i = 0; i < PinGuard.PAUSE_AFTER; i++) {
                assertThat(stores.changePin(counter, clerk, "2345".toCharArray(), "802461".toCharArray(),
                        "802461".toCharArray())).isEqualTo(new PinGuard.PinChange.ChooseAnother());
            }
            assertThat(stores.changePin(counter, clerk, "2345".toCharArray(), "802461".toCharArray(),
                    "802461".toCharArray())).isEqualTo(new PinGuard.PinChange.CurrentRefused(new PinCheck.Paused(30)));
        } finally {
            db.transactor().write(session -> {
                StaffMember manager = session.createSelectionQuery(
                                "from StaffMember m where m.store.code = 'AMS' and m.role = :role", StaffMember.class)
                        .setParameter("role", StaffRole.MANAGER).getSingleResult();
                manager.changePin(PinHasher.hash("1234".toCharArray()), null);
                return null;
            });
        }
    }

    @Test
    void easyPinsAreRecognised() {
        for (String easy : List.of("0000", "9999", "1234", "4321", "123456", "654321", "3456", "1212", "909090")) {
            assertThat(PinGuard.tooEasy(easy.toCharArray())).as(easy).isTrue();
        }
        for (String fine : List.of("2345x".substring(0, 4).replace('5', '7'), "5830", "305718", "1357", "12312")) {
            assertThat(PinGuard.tooEasy(fine.toCharArray())).as(fine).isFalse();
        }
    }
}
