package nl.connectedstore.inventory;

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
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holding a unit at another store for pick-up here, on a real H2 database. */
class ReservationServiceTest {

    private static Database db;
    private static final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private static ReservationService reservations;
    private static StoreInfo ams;

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("reserve-test-", new DemoChain.Size(100, 0, 0));
        reservations = Services.on(db.transactor(), clock).reservations();
        ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static long productStockedAt(String store, int quantity) {
        return db.transactor().write(s -> {
            StockLevel level = s.createSelectionQuery("from StockLevel l where l.store.code = :s order by l.id",
                    StockLevel.class).setParameter("s", store).setFirstResult(nextPick++).setMaxResults(1)
                    .getSingleResult();
            level.remove(level.quantity());
            level.add(quantity);
            return level.product().getId();
        });
    }

    private static int nextPick;

    /** A clerk of Amsterdam, signed in now: reservations name a signed-in clerk of the pick-up store. */
    private static StaffSession clerk() {
        return DemoStaff.signIn(db, "AMS", "2345", clock);
    }

    private static int stock(String store, long productId) {
        return db.transactor().read(s -> s.createSelectionQuery(
                "select l.quantity from StockLevel l where l.store.code = :s and l.product.id = :p", Integer.class)
                .setParameter("s", store).setParameter("p", productId).getSingleResult());
    }

    @Test
    void reservingTakesTheUnitOffTheSourceAndCancellingPutsItBack() {
        long product = productStockedAt("GNT", 3);

        ReservationView held = reservations.reserve(product, "GNT", ams.id(), null, clerk(), Duration.ofHours(48));

        assertThat(held.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(held.pickupStoreCode()).isEqualTo("AMS");
        assertThat(held.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        assertThat(stock("GNT", product)).isEqualTo(2);
        assertThat(reservations.heldFor(ams.id())).extracting(ReservationView::id).contains(held.id());

        reservations.cancel(held.id());
        assertThat(stock("GNT", product)).isEqualTo(3);
        assertThat(reservations.heldFor(ams.id())).extracting(ReservationView::id).doesNotContain(held.id());
        assertThatThrownBy(() -> reservations.cancel(held.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eightTerminalsReservingTheLastUnitAtOnceGetItOnce() throws Exception {
        long product = productStockedAt("CPH", 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Boolean> attempt = () -> {
                start.await();
                try {
                    reservations.reserve(product, "CPH", ams.id(), null, clerk(), Duration.ofHours(1));
                    return true;
                } catch (NothingToReserveException none) {
                    return false;
                }
            };
            tries.add(pool.submit(attempt));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> f : tries) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(stock("CPH", product)).isZero();
    }

    @Test
    void manyTerminalsReservingTheSameItemAtOnceEachGetOneAndNoneSeesAnException() throws Exception {
        long product = productStockedAt("GNT", 120);
        Contention outcome = reserveConcurrently(reservations, clerk(), product, "GNT", ams.id(), 120, 8);
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.held() + outcome.busy()).isEqualTo(120);
        assertThat(heldReservations(product)).as("reservations stored").isEqualTo(outcome.held());
        assertThat(stock("GNT", product)).as("stock left after %d held, %d busy", outcome.held(), outcome.busy())
                .isEqualTo(120 - outcome.held());
    }

    private static long heldReservations(long productId) {
        return db.transactor().read(s -> s.createSelectionQuery(
                        "select count(r) from Reservation r where r.product.id = :p and r.status = :held", Long.class)
                .setParameter("p", productId).setParameter("held", ReservationStatus.HELD).getSingleResult());
    }

    /** What happened to {@code count} reservations of one product made by {@code threads} terminals at once. */
    record Contention(int held, int busy, List<Throwable> failures) {
    }

    /**
     * For any database: {@code count} reservations of one unit each, {@code threads} at a time. A person may be
     * told "busy, try again" ({@link nl.connectedstore.persistence.StillBusyException}), never shown anything else.
     */
    static Contention reserveConcurrently(ReservationService service, StaffSession staff, long product, String source,
                                          long pickup, int count, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            pool.submit(() -> {
                try {
                    start.await();
                    service.reserve(product, source, pickup, null, staff, Duration.ofHours(1));
                    held.incrementAndGet();
                } catch (nl.connectedstore.persistence.StillBusyException tooBusy) {
                    busy.incrementAndGet();
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        return new Contention(held.get(), busy.get(), List.copyOf(failures));
    }

    @Test
    void onlyASignedInClerkOfThePickUpStoreReservesAndTheReservationNamesThem() {
        long product = productStockedAt("GNT", 2);
        StaffSession gent = DemoStaff.signIn(db, "GNT", "2345", clock);
        StaffSession daan = clerk();
        StaffSession forged = new StaffSession(daan.sessionId() + 999_999, daan.staffId(), daan.name(), daan.role(),
                daan.storeCode());

        for (StaffSession wrong : java.util.Arrays.asList(gent, forged, null)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reservations.reserve(product, "GNT", ams.id(),
                    null, wrong, Duration.ofHours(1))).isInstanceOf(nl.connectedstore.store.StaffSessionEndedException.class);
        }
        assertThat(stock("GNT", product)).as("nothing held").isEqualTo(2);

        reservations.reserve(product, "GNT", ams.id(), null, daan, Duration.ofHours(1));
        long reservedBy = db.transactor().read(s -> s.createNativeQuery("select reserved_by from reservation"
                + " where product_id = :p", Long.class).setParameter("p", product).getSingleResult());
        assertThat(reservedBy).isEqualTo(daan.staffId());
    }

    @Test
    void reservationsNotPickedUpInTimeAreReleased() {
        long product = productStockedAt("WH", 5);
        reservations.reserve(product, "WH", ams.id(), null, clerk(), Duration.ofHours(2));
        reservations.reserve(product, "WH", ams.id(), null, clerk(), Duration.ofHours(48));
        assertThat(stock("WH", product)).isEqualTo(3);

        clock.advance(Duration.ofHours(3));
        assertThat(reservations.releaseExpired()).isPositive();
        assertThat(stock("WH", product)).as("the 2-hour one went back, the 48-hour one still holds").isEqualTo(4);
        assertThat(reservations.heldFor(ams.id())).filteredOn(r -> r.productId() == product).hasSize(1);
        assertThat(reservations.releaseExpired()).as("nothing left to release").isZero();
    }
}
