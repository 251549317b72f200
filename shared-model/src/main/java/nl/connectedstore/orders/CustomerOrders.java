package nl.connectedstore.orders;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;

/**
 * A customer's web orders as their export shows them: the orders package's own read of its tables for the privacy
 * use cases, joining the caller's unit of work when there is one ({@link Transactor#readJoining}).
 */
public final class CustomerOrders {

    /**
     * A web order placed after showing the loyalty card; the delivery fields are null for a pick-up (and once an
     * order of an erased customer has arrived).
     */
    public record Placed(String code, Instant placedAt, String status, String fulfilment, String deliveryName,
                         String deliveryStreet, String deliveryPostcode, String deliveryCity, String deliveryCountry,
                         String currency, BigDecimal total) {
    }

    private final Transactor tx;

    public CustomerOrders(Transactor tx) {
        this.tx = tx;
    }

    /** The same, reading as the holder of the card the customer showed ({@link Transactor#asHolderOf}). */
    public CustomerOrders asHolderOf(String cardNumber) {
        return new CustomerOrders(tx.asHolderOf(cardNumber));
    }

    /**
     * Forgets who placed the customer's web orders and, for those that no longer travel, where they went: erasure
     * calls it inside its own unit of work ({@link Transactor#writeJoining}). An order still on its way keeps its
     * address (unlinked, like a guest's) until it has arrived; {@link OrderService#forgetDeliveryAddresses} removes it then. The
     * orders stay for the books.
     */
    public void forget(long customerId) {
        tx.writeJoining(session -> forgetCustomerIn(session, customerId));
    }

    private static int forgetCustomerIn(Session session, long customerId) {
        session.createMutationQuery("delete from OrderDelivery d where d.orderId in (select o.id from CustomerOrder o"
                        + " where o.customer.id = :c and o.status in (:ended))")
                .setParameter("c", customerId)
                .setParameter("ended", OrderStatus.ENDED)
                .executeUpdate();
        return session.createMutationQuery("update CustomerOrder o set o.customer = null where o.customer.id = :c")
                .setParameter("c", customerId).executeUpdate();
    }

    /** The customer's web orders, oldest first. */
    public List<Placed> of(long customerId) {
        List<Object[]> rows = tx.readJoining(session -> session.createNativeQuery("select o.code, o.placed_at,"
                        + " o.status, o.fulfilment, d.name, d.street, d.postcode, d.city, o.delivery_country,"
                        + " o.currency_code, o.total from customer_order o left join order_delivery d"
                        + " on d.order_id = o.id where o.customer_id = :c order by o.placed_at", Object[].class)
                .setParameter("c", customerId).getResultList());
        return rows.stream().map(r -> new Placed((String) r[0], instant(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                (BigDecimal) r[10])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value == null ? null : ZonedDateTime.parse(value.toString()).toInstant();
    }
}
