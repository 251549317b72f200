package nl.connectedstore.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.connectedstore.consent.AccessLog.Finding;
import nl.connectedstore.consent.AccessLog.Problem;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The staff access log on a real database: appended by several counters at once, then tampered with the way
 * someone who can write its rows but does not hold the key would: editing, deleting in the middle and at the end,
 * recomputing the chain, rolling the head back. Each check must name what is wrong. One database for the class,
 * the log emptied and its head and key reset to what V9 leaves before each test. The SQL is portable: override
 * {@link #openDatabase()} to run the same tests on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogTest {

    protected Database db;
    private AccessLog log;
    private long staffId;
    /** A clerk signed in at a counter: what staff actions name (the log takes the name from its sign-in). */
    private nl.connectedstore.store.StaffSession staff;

    /** The database under test; a fresh demo H2 by default. */
    protected Database openDatabase() {
        return DemoDatabase.fresh("access-log-test-", new DemoChain.Size(100, 10, 5));
    }

    @BeforeAll
    void open() {
        db = openDatabase();
        log = Services.on(db.transactor(), Clock.systemUTC()).accessLog();
        staffId = db.transactor().read(s -> s.createSelectionQuery("select min(m.id) from StaffMember m", Long.class)
                .getSingleResult());
        staff = nl.connectedstore.persistence.DemoStaff.signIn(db, "AMS", "2345");
    }

    @BeforeEach
    void asTheMigrationLeftIt() {
        sql("delete from profile_access");
        sql("delete from access_log_key");
        sql("update access_log_head set legacy_end = null, position = 0, entry_mac = '" + AccessLog.GENESIS
                + "', head_mac = null where id = 1");
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void eightCountersLoggingAtOnceMakeOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int counter = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    log.record(1000 + i % 3, staff, "AMS-COUNTER-" + counter, "Arrival greeting");
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AccessLog.Verification check = log.verify();
        assertThat(check.entries()).isEqualTo(200);
        assertThat(check.findings()).isEmpty();
        assertThat(check.anchored()).isTrue();
        assertThat(log.entriesFor(1000)).hasSize(8 * 9).allSatisfy(e -> {
            assertThat(e.staffName()).isEqualTo("Daan Bakker");
            assertThat(e.reason()).isEqualTo("Arrival greeting");
        });
        assertThat(positions()).containsExactlyElementsOf(range(1, 200));
    }

    @Test
    void anIntactLogVerifies() {
        append(5);
        AccessLog.Verification check = log.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(5);
        assertThat(check.describe()).isEqualTo("intact");
    }

    @Test
    void aChangedEntryIsFoundAndNamed() {
        append(5);
        sql("update profile_access set reason = 'Just curious' where position = 3");
        assertThat(log.verify().findings()).containsExactly(new Finding(Problem.ENTRY_CHANGED, 3, 3));
    }

    @Test
    void anEntryRemovedInTheMiddleIsNamedAsMissing() {
        append(5);
        sql("delete from profile_access where position in (2, 3)");
        assertThat(log.verify().findings()).containsExactly(new Finding(Problem.ENTRIES_MISSING, 2, 3));
    }

    @Test
    void removingTheNewestEntryIsNamedAsMissingAtTheEnd() {
        append(5);
        sql("delete from profile_access where position = 5");
        AccessLog.Verification check = log.verify();
        assertThat(check.findings()).containsExactly(new Finding(Problem.ENTRIES_MISSING_AT_END, 5, 5));
        assertThat(check.describe()).contains("entry 5 missing at the end (the log ended at 5)");
    }

    @Test
    void removingTheNewestThreeEntriesIsNamedAsMissingAtTheEnd() {
        append(6);
        sql("delete from profile_access where position >= 4");
        AccessLog.Verification check = log.verify();
        assertThat(check.findings()).containsExactly(new Finding(Problem.ENTRIES_MISSING_AT_END, 4, 6));
        assertThat(check.describe()).isEqualTo("entries 4..6 missing at the end (the log ended at 6)");
    }

    @Test
    void aRemovedRowWithTheChainRecomputedWithPlainSha256IsFound() {
        append(6);
        sql("delete from profile_access where position = 3");
        recomputeFrom(4, 3, ProfileAccess::legacyHash); // what the audit did: renumber, relink, SHA-256
        assertThat(positions()).containsExactlyElementsOf(range(1, 5));
        assertThat(log.verify().findings()).containsExactly(
                new Finding(Problem.ENTRY_CHANGED, 3, 5), new Finding(Problem.ENTRIES_MISSING_AT_END, 6, 6));
    }

    @Test
    void theNewestRowRemovedAndTheOneBeforeRecomputedIsFound() {
        append(4);
        sql("delete from profile_access where position = 4");
        recomputeFrom(3, 3, ProfileAccess::legacyHash);
        assertThat(log.verify().findings()).containsExactly(
                new Finding(Problem.ENTRY_CHANGED, 3, 3), new Finding(Problem.ENTRIES_MISSING_AT_END, 4, 4));
    }

    @Test
    void aChainRecomputedWithTheRightAlgorithmButAnotherKeyIsFound() {
        append(6);
        AccessLogKey guessed = AccessLogKey.generate(Instant.now());
        sql("delete from profile_access where position = 3");
        recomputeFrom(4, 3, a -> a.macUnder(guessed));
        assertThat(log.verify().findings()).containsExactly(
                new Finding(Problem.ENTRY_CHANGED, 3, 5), new Finding(Problem.ENTRIES_MISSING_AT_END, 6, 6));
    }

    @Test
    void aHeadRestoredFromEarlierShowsTheEntriesItDoesNotCover() {
        append(3);
        Object[] saved = headRow();
        append(2);
        db.transactor().write(s -> s.createNativeMutationQuery(
                        "update access_log_head set position = :p, entry_mac = :e, head_mac = :h where id = 1")
                .setParameter("p", saved[0]).setParameter("e", saved[1]).setParameter("h", saved[2])
                .executeUpdate());
        assertThat(log.verify().findings()).containsExactly(new Finding(Problem.ENTRIES_AFTER_HEAD, 4, 5));
    }

    @Test
    void aHeadMovedBackWithoutTheKeyIsFound() {
        append(5);
        sql("delete from profile_access where position >= 4");
        sql("update access_log_head set position = 3, "
                + "entry_mac = (select entry_hash from profile_access where position = 3) where id = 1");
        AccessLog.Verification check = log.verify();
        assertThat(check.findings()).containsExactly(new Finding(Problem.HEAD_INVALID, 3, 3));
        assertThat(check.intact()).isFalse();
    }

    @Test
    void aHeadResetToNeverAnchoredIsFoundAndRefusesAppends() {
        append(3);
        sql("update access_log_head set head_mac = null, legacy_end = null where id = 1");
        assertThat(log.verify().findings()).containsExactly(new Finding(Problem.HEAD_INVALID, 3, 3));
        assertThatThrownBy(() -> append(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("reset");
    }

    @Test
    void aRemovedKeyIsFoundAndRefusesAppends() {
        append(3);
        sql("delete from access_log_key");
        assertThat(log.verify().findings()).containsExactly(new Finding(Problem.KEY_MISSING, 1, 3));
        assertThatThrownBy(() -> append(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("key");
        assertThat(positions()).hasSize(3);
    }

    @Test
    void entriesFromBeforeTheKeyStayASha256ChainAndTheFirstAppendAnchorsThem() {
        writeLegacyChain(3);
        AccessLog.Verification before = log.verify();
        assertThat(before.intact()).isTrue();
        assertThat(before.anchored()).isFalse();

        append(2);

        AccessLog.Verification after = log.verify();
        assertThat(after.findings()).isEmpty();
        assertThat(after.anchored()).isTrue();
        assertThat(after.entries()).isEqualTo(5);
        assertThat(headRow()[0]).isEqualTo(5L);
        sql("update profile_access set staff_name = 'Nobody' where position = 2");
        assertThat(log.verify().findings()).containsExactly(new Finding(Problem.ENTRY_CHANGED, 2, 2));
    }

    @Test
    void aRowFromBeforeTheKeyRemovedAndEverythingAfterRecomputedWithSha256IsFound() {
        writeLegacyChain(3);
        append(2); // anchors at 3, appends 4 and 5 under the key
        sql("delete from profile_access where position = 2");
        recomputeFrom(3, 2, ProfileAccess::legacyHash);
        assertThat(log.verify().findings()).containsExactly(
                new Finding(Problem.ENTRY_CHANGED, 4, 4), new Finding(Problem.ENTRIES_MISSING_AT_END, 5, 5));
    }

    @Test
    void entriesRemovedAcrossTheOldAndTheNewChainAreNamedAsMissingAtTheEnd() {
        writeLegacyChain(4);
        log.readLogged(s -> Optional.empty(), id -> 0L, staff, "AMS-COUNTER-1", "Look-up");
        assertThat(log.verify().anchored()).as("opening nobody logs nothing").isFalse();
        append(1);
        sql("delete from profile_access where position >= 4");
        assertThat(log.verify().findings()).containsExactly(new Finding(Problem.ENTRIES_MISSING_AT_END, 4, 5));
    }

    @Test
    void aSignInThatDoesNotExistFailsAtOnceWithoutRetrying() {
        AtomicInteger reads = new AtomicInteger();
        assertThatThrownBy(() -> log.readLogged(s -> {
            reads.incrementAndGet();
            return Optional.of(7L);
        }, id -> id, new nl.connectedstore.store.StaffSession(987_654_321L, 987_654_321L, "Nobody",
                nl.connectedstore.store.StaffRole.CLERK, "AMS"), "AMS-COUNTER-1", "Arrival greeting"))
                .isInstanceOf(nl.connectedstore.store.StaffSessionEndedException.class)
                .hasMessageContaining("987654321");
        assertThat(reads).hasValue(1);
        assertThat(log.verify().entries()).isZero();
    }

    @Test
    void anEntryWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> log.record(9, staff, "AMS-COUNTER-1", " "))
                .hasMessageContaining("reason");
        assertThat(log.verify().entries()).isZero();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            log.record(7, staff, "AMS-COUNTER-1", "Customer asked about an order");
        }
    }

    private void sql(String statement) {
        db.transactor().write(s -> s.createNativeMutationQuery(statement).executeUpdate());
    }

    private List<Long> positions() {
        return db.transactor().read(s -> s.createSelectionQuery(
                "select a.position from ProfileAccess a order by a.position", Long.class).getResultList());
    }

    private static List<Long> range(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }

    /** position, entry_mac, head_mac of the head row. */
    private Object[] headRow() {
        return db.transactor().read(s -> {
            AccessLogHead h = s.find(AccessLogHead.class, AccessLogHead.ID);
            return new Object[] {h.position(), h.entryMac(),
                    s.createNativeQuery("select head_mac from access_log_head where id = 1", String.class)
                            .getSingleResult()};
        });
    }

    /**
     * What someone who can write the rows would do after removing some: renumber the entries from {@code from} on
     * to start at {@code newFrom}, link each to the one before and give it the hash {@code hasher} computes.
     */
    private void recomputeFrom(long from, long newFrom, Function<ProfileAccess, String> hasher) {
        String prev = newFrom == 1 ? AccessLog.GENESIS : db.transactor().read(s -> s.createSelectionQuery(
                "select a.entryHash from ProfileAccess a where a.position = :p", String.class)
                .setParameter("p", newFrom - 1).getSingleResult());
        List<Long> ids = db.transactor().read(s -> s.createSelectionQuery(
                "select a.id from ProfileAccess a where a.position >= :p order by a.position", Long.class)
                .setParameter("p", from).getResultList());
        long position = newFrom;
        for (long id : ids) {
            long p = position;
            String link = prev;
            db.transactor().write(s -> s.createNativeMutationQuery(
                            "update profile_access set position = :p, prev_hash = :h where id = :id")
                    .setParameter("p", p).setParameter("h", link).setParameter("id", id).executeUpdate());
            String hash = db.transactor().read(s -> hasher.apply(s.find(ProfileAccess.class, id)));
            db.transactor().write(s -> s.createNativeMutationQuery(
                            "update profile_access set entry_hash = :h where id = :id")
                    .setParameter("h", hash).setParameter("id", id).executeUpdate());
            prev = hash;
            position++;
        }
    }

    /** A log as V5 left it: {@code n} entries chained with plain SHA-256, no key, the head never sealed. */
    private void writeLegacyChain(int n) {
        AccessLogKey scratch = AccessLogKey.generate(Instant.now());
        db.transactor().write(s -> {
            for (int p = 1; p <= n; p++) {
                s.persist(new ProfileAccess(p, 7, staffId, "Sanne de Vries", "AMS-COUNTER-1", "Pick-up",
                        Instant.parse("2025-01-01T10:00:00Z").plusSeconds(p), AccessLog.GENESIS, scratch));
            }
            return null;
        });
        recomputeFrom(1, 1, ProfileAccess::legacyHash);
    }
}
