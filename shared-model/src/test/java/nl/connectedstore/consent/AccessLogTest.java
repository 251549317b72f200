package nl.connectedstore.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff access log on a real H2 database: appended by several counters at once, then tampered with. */
class AccessLogTest {

    private Database db;
    private AccessLog log;
    private nl.connectedstore.store.StaffSession staff;

    @BeforeEach
    void open() throws IOException {
        db = DemoDatabase.fresh("access-log-test-", new DemoChain.Size(100, 10, 5));
        log = new AccessLog(db.transactor(), Clock.systemUTC());
        staff = nl.connectedstore.persistence.DemoStaff.signIn(db, "AMS", "2345");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void fourCountersLoggingAtOnceMakeOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
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
        assertThat(check.entries()).isEqualTo(100);
        assertThat(check.intact()).isTrue();
        assertThat(log.entriesFor(1000)).hasSize(4 * 9).allSatisfy(e -> {
            assertThat(e.staffName()).isEqualTo("Daan Bakker");
            assertThat(e.reason()).isEqualTo("Arrival greeting");
        });
    }

    @Test
    void aChangedEntryIsFoundAndNamed() {
        for (int i = 0; i < 5; i++) {
            log.record(7, staff, "AMS-COUNTER-1", "Customer asked about an order");
        }
        assertThat(log.verify().intact()).isTrue();
        db.transactor().write(s -> s.createNativeMutationQuery(
                "update profile_access set reason = 'Just curious' where position = 3").executeUpdate());
        assertThat(log.verify().firstBroken()).contains(3L);
    }

    @Test
    void aRemovedEntryBreaksTheChainWhereItWas() {
        for (int i = 0; i < 5; i++) {
            log.record(8, staff, "AMS-COUNTER-1", "Pick-up");
        }
        db.transactor().write(s -> s.createNativeMutationQuery("delete from profile_access where position = 2")
                .executeUpdate());
        assertThat(log.verify().firstBroken()).contains(3L);
    }

    @Test
    void anEntryWithoutAReasonIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.record(9, staff, "AMS-COUNTER-1", " ")).hasMessageContaining("reason");
        assertThat(log.verify().entries()).isZero();
    }
}
