package nl.connectedstore.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.PostgresTestDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit's case on PostgreSQL: 300 reservations of one product by 8 terminals at once. Before, one of them
 * surfaced an uncaught OptimisticLockException; now each is held, or at worst told "busy, try again".
 */
class ReservationContentionPostgresTest {

    private static Database db;

    @BeforeAll
    static void open() {
        db = PostgresTestDatabase.fresh("reservation_contention", new DemoChain.Size(100, 0, 0));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void threeHundredReservationsOfOneItemFromEightTerminalsNeverShowAnExceptionAndStockAddsUp() throws Exception {
        StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
        long product = db.transactor().write(s -> {
            StockLevel level = s.createSelectionQuery("from StockLevel l where l.store.code = 'GNT' order by l.id",
                    StockLevel.class).setMaxResults(1).getSingleResult();
            level.remove(level.quantity());
            level.add(300);
            return level.product().getId();
        });
        ReservationService reservations = Services.on(db.transactor(), Clock.systemUTC()).reservations();

        ReservationServiceTest.Contention outcome = ReservationServiceTest.reserveConcurrently(reservations,
                nl.connectedstore.persistence.DemoStaff.signIn(db, "AMS", "2345"), product, "GNT", ams.id(), 300, 8);

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.held() + outcome.busy()).isEqualTo(300);
        int left = db.transactor().read(s -> s.createSelectionQuery("select l.quantity from StockLevel l"
                        + " where l.store.code = 'GNT' and l.product.id = :p", Integer.class)
                .setParameter("p", product).getSingleResult());
        assertThat(left).isEqualTo(300 - outcome.held());
        long holds = db.transactor().read(s -> s.createSelectionQuery("select count(r) from Reservation r"
                + " where r.product.id = :p", Long.class).setParameter("p", product).getSingleResult());
        assertThat(holds).isEqualTo(outcome.held());
    }
}
