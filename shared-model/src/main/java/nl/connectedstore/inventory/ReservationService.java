package nl.connectedstore.inventory;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.StoreService;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holding stock at one location for pick-up at another. Reserving takes the units off the source's stock in
 * the same transaction that stores the reservation, with the stock row locked until commit: two terminals
 * reserving the last unit at once take turns, and the second finds none left. Reservations not picked up
 * in time are released by {@link #releaseExpired()}.
 */
public final class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);
    public static final Duration DEFAULT_HOLD = Duration.ofHours(48);

    private final Transactor tx;
    private final StoreService stores;
    private final Clock clock;

    /** @param stores the stores of the same database: whose sign-in a reservation names */
    public ReservationService(Transactor tx, StoreService stores, Clock clock) {
        this.tx = tx;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * The same service, working as the holder of the card the customer showed ({@link Transactor#asHolderOf}), so
     * its steps join a unit of work that reads as that holder (a web order placed with a card).
     */
    public ReservationService asHolderOf(String cardNumber) {
        return new ReservationService(tx.asHolderOf(cardNumber), stores, clock);
    }

    /**
     * Holds one unit of a product at {@code sourceStoreCode} for pick-up at {@code pickupStoreId}.
     *
     * @param customerId the customer it is for (their card was open), or null
     * @throws NothingToReserveException when the source has none left
     */
    public ReservationView reserve(long productId, String sourceStoreCode, long pickupStoreId, Long customerId,
                                   StaffSession staff, Duration hold) {
        return tx.writeRetrying(session -> {
            // a clerk of the pick-up store, signed in now: checked here, where the reservation is stored (joins it)
            long staffId = stores.signedIn(staff, pickupStoreId, clock.instant()).staffId();
            // the stock row alone is locked until commit (not its store or product): clerks reserving the same
            // item queue here and each sees what the one before left, instead of failing and trying again
            StockLevel level = session.createSelectionQuery("from StockLevel s where s.product.id = :product"
                            + " and s.store.id = (select t.id from Store t where t.code = :source)", StockLevel.class)
                    .setParameter("product", productId)
                    .setParameter("source", sourceStoreCode)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .uniqueResultOptional()
                    .orElse(null);
            if (level == null || level.quantity() < 1) {
                Product product = session.find(Product.class, productId);
                throw new NothingToReserveException(product == null ? "#" + productId : product.name(),
                        sourceStoreCode);
            }
            level.remove(1);
            Instant now = clock.instant();
            Reservation r = new Reservation(level.product(), level.store(),
                    session.getReference(Store.class, pickupStoreId), 1,
                    customerId == null ? null : session.getReference(Customer.class, customerId), staffId,
                    now, now.plus(hold));
            session.persist(r);
            session.flush();
            Store pickup = session.find(Store.class, pickupStoreId);
            return new ReservationView(r.getId(), productId, level.product().name(), level.store().name(),
                    pickup.code(), 1, ReservationStatus.HELD, r.expiresAt());
        });
    }

    /** Held reservations to pick up at this store, soonest to expire first. */
    public List<ReservationView> heldFor(long pickupStoreId) {
        return tx.read(session -> session.createSelectionQuery("select r.id, r.product.id, r.product.name,"
                                + " r.source.name, r.pickup.code, r.quantity, r.status, r.expiresAt from Reservation r"
                                + " where r.pickup.id = :store and r.status = :held order by r.expiresAt",
                        Object[].class)
                .setParameter("store", pickupStoreId)
                .setParameter("held", ReservationStatus.HELD)
                .getResultList().stream()
                .map(row -> new ReservationView((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (Integer) row[5], (ReservationStatus) row[6], (Instant) row[7]))
                .toList());
    }

    /** Cancels a held reservation and puts its units back at the source. */
    public void cancel(long reservationId) {
        end(reservationId, ReservationStatus.CANCELLED);
    }

    /**
     * Within the caller's unit of work ({@link Transactor#writeJoining}): takes {@code quantity} units off the
     * source's stock and holds them for an order. The stock row is locked for update until commit, so a second kiosk
     * wanting the same row waits and then sees what is left (callers lock rows in one order, by product then source,
     * so two orders never wait for each other). Returns how many the source had when it had too few, or -1 when the
     * units are held.
     */
    public int holdForOrder(long productId, long sourceStoreId, long pickupStoreId, int quantity, long orderId,
                            Instant now, Instant until) {
        return tx.writeJoining(session -> holdForOrder(session, productId, sourceStoreId, pickupStoreId, quantity,
                orderId, now, until));
    }

    private static int holdForOrder(Session session, long productId, long sourceStoreId, long pickupStoreId,
                                    int quantity, long orderId, Instant now, Instant until) {
        // the row is locked until commit: kiosks ordering the same product queue here instead of failing
        StockLevel level = session.createSelectionQuery(
                        "from StockLevel s where s.product.id = :product and s.store.id = :source", StockLevel.class)
                .setParameter("product", productId)
                .setParameter("source", sourceStoreId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .uniqueResultOptional()
                .orElse(null);
        int there = level == null ? 0 : level.quantity();
        if (there < quantity) {
            return there;
        }
        level.remove(quantity);
        session.persist(new Reservation(level.product(), level.store(), session.getReference(Store.class, pickupStoreId),
                quantity, orderId, now, until));
        return -1;
    }

    /**
     * Within the caller's unit of work ({@link Transactor#writeJoining}): ends an order's held reservations.
     * Cancelled or expired units go back on the source's stock; picked-up (handed over or shipped) ones have left for
     * good.
     */
    public void endForOrder(long orderId, ReservationStatus to) {
        tx.writeJoining(session -> {
            endForOrder(session, orderId, to);
            return null;
        });
    }

    private static void endForOrder(Session session, long orderId, ReservationStatus to) {
        List<Reservation> held = session.createSelectionQuery(
                        "from Reservation r where r.orderId = :order and r.status = :held", Reservation.class)
                .setParameter("order", orderId)
                .setParameter("held", ReservationStatus.HELD)
                .getResultList();
        for (Reservation r : held) {
            r.end(to);
            if (to != ReservationStatus.PICKED_UP) {
                putBack(session, r);
            }
        }
    }

    private static void putBack(Session session, Reservation r) {
        session.createSelectionQuery("from StockLevel s where s.product = :p and s.store = :s", StockLevel.class)
                .setParameter("p", r.product())
                .setParameter("s", r.source())
                .uniqueResultOptional()
                .ifPresent(level -> level.add(r.quantity()));
    }

    /** Releases every held clerk's reservation whose time ran out (orders expire with their order); returns how many. */
    public int releaseExpired() {
        List<Long> expired = tx.read(session -> session.createSelectionQuery(
                        "select r.id from Reservation r where r.status = :held and r.expiresAt < :now"
                                + " and r.orderId is null", Long.class)
                .setParameter("held", ReservationStatus.HELD)
                .setParameter("now", clock.instant())
                .getResultList());
        int released = 0;
        for (long id : expired) {
            try {
                end(id, ReservationStatus.EXPIRED);
                released++;
            } catch (IllegalStateException alreadyEnded) {
                log.info("Reservation {} ended elsewhere meanwhile", id);
            }
        }
        if (released > 0) {
            log.info("{} expired reservations released", released);
        }
        return released;
    }

    private void end(long reservationId, ReservationStatus to) {
        tx.writeRetrying(session -> {
            Reservation r = session.find(Reservation.class, reservationId);
            if (r == null) {
                throw new IllegalArgumentException("No reservation " + reservationId);
            }
            r.end(to);
            putBack(session, r);
            return null;
        });
    }

    /** Erasure's step for reservations: they stay, linked to nobody. Joins the caller's unit of work. */
    public int forgetCustomer(long customerId) {
        return tx.writeJoining(session -> session.createMutationQuery(
                        "update Reservation r set r.customer = null where r.customer.id = :c")
                .setParameter("c", customerId).executeUpdate());
    }
}
