package nl.connectedstore.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A guest's (or anyone's) delivery address is kept 30 days after the order ended, then removed; open ones stay. */
class DeliveryAddressRetentionTest {

    private static Database db;
    private static final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T10:00:00Z"));
    private static OrderService orders;
    private static StoreInfo ams;

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("address-retention-test-", new DemoChain.Size(100, 0, 0));
        orders = Services.on(db.transactor(), clock).orders(Duration.ofHours(48));
        ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private OrderView delivery(String name, String street) {
        long product = db.transactor().read(s -> s.createSelectionQuery("select min(l.product.id) from StockLevel l"
                + " where l.store.code = 'WH' and l.quantity > 10 and l.product.soldByWeight = false", Long.class)
                .getSingleResult());
        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(product, 1)), Destination.deliverTo(
                new Address(name, street, "1016 GV", "Amsterdam", "NL")));
        OrderView order = orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_KIOSK, Locale.ENGLISH);
        orders.paid(order.code(), new PaymentTerminal.Outcome(PaymentStatus.APPROVED, "T-" + street), "AMS-KIOSK-1");
        orders.ship(order.code(), "warehouse");
        return order;
    }

    private long withStreet(String street) {
        return db.transactor().read(s -> ((Number) s.createNativeQuery(
                "select count(*) from order_delivery where street = :street", Object.class)
                .setParameter("street", street).getSingleResult()).longValue());
    }

    @Test
    void anEndedDeliveryLosesNameAndAddressAfterThirtyDaysAndOneOnItsWayKeepsThem() {
        OrderView delivered = delivery("Greta Gast", "Keizersgracht 1");
        orders.delivered(delivered.code(), "warehouse");
        delivery("Otto Onderweg", "Herengracht 2");

        clock.advance(Duration.ofDays(29));
        assertThat(orders.forgetDeliveryAddresses()).isZero();
        assertThat(withStreet("Keizersgracht 1")).isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        assertThat(orders.forgetDeliveryAddresses()).isEqualTo(1);
        assertThat(withStreet("Keizersgracht 1")).isZero();
        long left = db.transactor().read(s -> ((Number) s.createNativeQuery("select count(*) from order_delivery d"
                + " join customer_order o on o.id = d.order_id where d.name like 'Greta%' or o.code = :c", Object.class)
                .setParameter("c", delivered.code()).getSingleResult()).longValue());
        assertThat(left).isZero();
        assertThat(withStreet("Herengracht 2")).as("still on its way").isEqualTo(1);
        assertThat(orders.find(delivered.code())).as("the order stays for the books").isPresent();
    }
}
