package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.Erasure;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.sales.AgeCheckRequiredException;
import nl.connectedstore.sales.CartLine;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's database user cannot act as staff, whatever is done to the kiosk: every forbidden action is tried
 * with plain SQL on the kiosk's own connection and refused by the database, while the counter's user does the
 * same through its services. The core ({@link #kioskIsRefusedWhatOnlyStaffMayDo}) takes the three databases, so
 * it runs on PostgreSQL too.
 */
class DatabaseRightsTest {

    static final String SELF_CHECKOUT = "AMS-CHECKOUT-1";

    private static Database owner;
    private static Database kiosk;
    private static Database counter;

    @BeforeAll
    static void open() {
        owner = DemoDatabase.fresh("rights-test-", new DemoChain.Size(200, 20, 5));
        kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
        counter = DemoDatabase.as(owner, AppRole.COUNTER);
    }

    @AfterAll
    static void close() {
        kiosk.close();
        counter.close();
        owner.close();
    }

    @Test
    void everyTableSaysWhatEachAppMayDoWithIt() throws SQLException {
        try (Connection c = owner.dataSource().getConnection()) {
            assertThat(DatabaseRights.undecided(c))
                    .as("tables a migration added without deciding the apps' rights in DatabaseRights")
                    .isEmpty();
        }
    }

    @Test
    void theKioskAndTheCounterConnectAsTheirOwnUsers() throws SQLException {
        assertThat(currentUser(kiosk)).isNotEqualToIgnoringCase(currentUser(owner));
        assertThat(currentUser(counter)).isNotEqualToIgnoringCase(currentUser(owner))
                .isNotEqualToIgnoringCase(currentUser(kiosk));
    }

    @Test
    void theKioskIsRefusedWhatOnlyStaffMayDo() throws SQLException {
        kioskIsRefusedWhatOnlyStaffMayDo(owner, kiosk, counter);
    }

    /**
     * The issue's attack, step by step: an 18+ item, an age check asked at a self-checkout; the kiosk's
     * connection approves it by SQL (refused), fakes an answer (refused), sets its own request row to APPROVED
     * (its row, allowed) and still cannot sell; writes the access log, blocks a card, inserts a staff sign-in,
     * reads PIN hashes (all refused). The counter's user answers, logs and blocks through its services, and
     * then the kiosk sells.
     */
    static void kioskIsRefusedWhatOnlyStaffMayDo(Database owner, Database kiosk, Database counter)
            throws SQLException {
        Clock clock = Clock.systemUTC();
        long store = scalar(owner, "select id from store where code = 'AMS'");
        long spirit = scalar(owner, "select min(p.id) from product p join product_price pp on pp.product_id = p.id"
                + " where p.minimum_age >= 18 and p.sold_by_weight = false");
        execute(owner, "update stock_level set quantity = 50 where product_id = " + spirit
                + " and store_id = " + store);
        long staffId = scalar(owner, "select min(id) from staff_member where store_id = " + store);
        CustomerService kioskCustomers = Services.on(kiosk.transactor(), clock).customers();
        CardView card = kioskCustomers.signUp(new CustomerService.SignUp("Rights", "Test", "", "", "nl"),
                Map.of(), null, Channel.KIOSK, "AMS-KIOSK-1").card();
        CardView other = kioskCustomers.signUp(new CustomerService.SignUp("Other", "Holder", "", "", "en"),
                Map.of(Purpose.RECOGNITION, 3), new byte[] {1, 2, 3}, Channel.KIOSK, "AMS-KIOSK-1").card();
        kioskReadsCustomersOnlyThroughTheCardItWasShown(kiosk, card, other);
        kioskErasesOnlyThroughTheCounter(owner, kiosk, counter, other);

        // the kiosk asks, as it should
        AssistanceService kioskAssistance = new AssistanceService(kiosk.transactor(),
                Services.on(kiosk.transactor()).stores(), clock);
        AssistanceView asked = kioskAssistance.requestAgeCheck(SELF_CHECKOUT, spirit);
        long request = asked.id();
        CheckoutService kioskCheckout = Services.on(kiosk.transactor(), clock).checkout();
        List<CartLine> cart = List.of(CartLine.of(spirit, 1));

        try (Connection k = kiosk.dataSource().getConnection()) {
            k.setAutoCommit(true);
            refused(k, "insert into assistance_answer (request_id, status, staff_id, staff_name, answered_at)"
                    + " values (" + request + ", 'APPROVED', " + staffId + ", 'Invented', current_timestamp)");
            refused(k, "update assistance_answer set status = 'APPROVED'");
            // its own request row it may change (it cancels with it), but that approves nothing
            execute(k, "update assistance_request set status = 'APPROVED', answered_by = " + staffId
                    + ", answered_at = current_timestamp where id = " + request);
            refused(k, "insert into profile_access (id, position, customer_id, staff_id, staff_name, terminal_code,"
                    + " reason, accessed_at, prev_hash, entry_hash) values (next value for entity_seq, 1, "
                    + card.customerId() + ", " + staffId + ", 'Invented', 'AMS-KIOSK-1', 'x', current_timestamp,"
                    + " 'x', 'x')", "insert into profile_access (id, position, customer_id, staff_id, staff_name,"
                    + " terminal_code, reason, accessed_at, prev_hash, entry_hash) values (nextval('entity_seq'), 1, "
                    + card.customerId() + ", " + staffId + ", 'Invented', 'AMS-KIOSK-1', 'x', current_timestamp,"
                    + " 'x', 'x')");
            refused(k, "update profile_access set staff_name = 'Invented'");
            refused(k, "delete from profile_access");
            refused(k, "update loyalty_card set status = 'BLOCKED' where card_number = '" + card.cardNumber() + "'");
            refused(k, "select pin_hash from staff_member");
            refused(k, "select name from staff_member");
            refused(k, "insert into staff_session (id, staff_id, store_id, started_at, expires_at)"
                    + " values (1, " + staffId + ", " + store + ", current_timestamp, current_timestamp)");
            refused(k, "select * from staff_session");
        }
        assertThat(kioskAssistance.get(request).status()).as("what the waiting kiosk is told")
                .isEqualTo(AssistanceStatus.OPEN);
        assertThatThrownBy(() -> kioskCheckout.checkout(SELF_CHECKOUT, cart, Set.of(request),
                new SimulatedPaymentTerminal())).isInstanceOf(AgeCheckRequiredException.class);
        // the kiosk's services cannot sign staff in either: they cannot read staff members
        assertThatThrownBy(() -> kioskAssistance.answer(request, "AMS-COUNTER-1", "2345".toCharArray(),
                AssistanceStatus.APPROVED)).isInstanceOf(RuntimeException.class);

        // the counter's user does all of it, as a signed-in clerk
        StoreService counterStores = Services.on(counter.transactor(), clock).stores();
        StaffSession clerk = ((nl.connectedstore.store.PinCheck.Accepted) counterStores.signIn("AMS-COUNTER-1",
                "2345".toCharArray())).staff();
        long fresh = kioskAssistance.requestAgeCheck(SELF_CHECKOUT, spirit).id();
        assertThat(new AssistanceService(counter.transactor(), counterStores, clock)
                .answer(fresh, clerk, AssistanceStatus.APPROVED))
                .isInstanceOf(AssistanceService.Outcome.Answered.class);
        assertThat(kioskAssistance.get(fresh).status()).isEqualTo(AssistanceStatus.APPROVED);
        assertThat(kioskAssistance.get(fresh).answeredBy()).isEqualTo(clerk.name());
        AccessLog counterLog = Services.on(counter.transactor(), clock).accessLog();
        counterLog.record(card.customerId(), clerk, "AMS-COUNTER-1", "Rights test");
        assertThat(counterLog.entriesFor(card.customerId())).singleElement()
                .satisfies(e -> assertThat(e.staffName()).isEqualTo(clerk.name()));
        CustomerService counterCustomers = Services.on(counter.transactor(), clock).customers();
        counterCustomers.blockAndReplace(card.cardNumber(), clerk);
        assertThat(kioskCustomers.card(card.qrPayload())).get().extracting(CardView::status)
                .isEqualTo(CardStatus.BLOCKED);
        try (Connection k = kiosk.dataSource().getConnection()) {
            k.setAutoCommit(false);
            CardViews.present(k, card.cardNumber());
            assertThat(longs(k, "select id from kiosk_customer")).as("the holder of a blocked card").isEmpty();
            assertThat(strings(k, "select status from kiosk_loyalty_card"))
                    .as("a blocked card shows only its own row").containsExactly("BLOCKED");
            CardViews.forget(k);
            k.commit();
        }

        // and with a clerk's approval the kiosk sells the item
        assertThat(kioskCheckout.checkout(SELF_CHECKOUT, cart, Set.of(fresh), new SimulatedPaymentTerminal()))
                .isInstanceOf(CheckoutResult.Paid.class);

        kioskMovesNoWebOrderAlong(owner, kiosk, counter, clerk);
    }

    /**
     * The kiosk takes and pays web orders (so it updates them), but only staff mark one ready, hand it over or cancel
     * it: with its own connection the kiosk cannot change an order's status, on H2 as on PostgreSQL.
     */
    private static void kioskMovesNoWebOrderAlong(Database owner, Database kiosk, Database counter, StaffSession clerk)
            throws SQLException {
        Clock clock = Clock.systemUTC();
        StoreInfo ams = Services.on(owner.transactor()).stores().store("AMS").orElseThrow();
        long product = scalar(owner, "select min(p.id) from product p join stock_level s on s.product_id = p.id"
                + " join product_price pp on pp.product_id = p.id where s.store_id = " + ams.id()
                + " and s.quantity > 2 and p.minimum_age = 0 and p.sold_by_weight = false");
        OrderService kioskOrders = Services.on(kiosk.transactor(), clock).orders(java.time.Duration.ofHours(48));
        OrderPlan plan = kioskOrders.plan(ams, List.of(new OrderService.Wanted(product, 1)),
                Destination.pickUpAt(ams.id()));
        OrderView order = kioskOrders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_KIOSK, java.util.Locale.ENGLISH);
        assertThat(kioskOrders.paid(order.code(), new PaymentTerminal.Outcome(PaymentStatus.APPROVED, "T-R"),
                "AMS-KIOSK-1").paid()).as("the kiosk records its card payment").isTrue();
        try (Connection k = kiosk.dataSource().getConnection()) {
            k.setAutoCommit(true);
            for (String status : List.of("READY", "PICKED_UP", "CANCELLED", "EXPIRED")) {
                refused(k, "update customer_order set status = '" + status + "' where code = '" + order.code() + "'");
            }
            refused(k, "update customer_order set status = 'CANCELLED'");
        }
        assertThat(kioskOrders.find(order.code()).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
        OrderService counterOrders = Services.on(counter.transactor(), clock).orders(java.time.Duration.ofHours(48));
        assertThat(counterOrders.markReady(order.code(), clerk).status()).isEqualTo(OrderStatus.READY);
        assertThat(counterOrders.handOver(order.code(), clerk).status()).isEqualTo(OrderStatus.PICKED_UP);
    }

    /**
     * With its own plain connection the kiosk reads no customer's table; through its views it sees the holder of the
     * card it presents and nobody else, nothing with no card or an unknown one, and a presented card is gone from the
     * pooled connection after the unit of work that presented it.
     */
    private static void kioskReadsCustomersOnlyThroughTheCardItWasShown(Database kiosk, CardView card, CardView other)
            throws SQLException {
        try (Connection k = kiosk.dataSource().getConnection()) {
            k.setAutoCommit(true);
            // on H2 as on PostgreSQL: no table that holds a customer's data can be read, changed or emptied
            for (String table : List.of("customer", "loyalty_card", "consent_fact", "arrival", "profile_access",
                    "order_delivery", "erasure_request")) {
                refused(k, "select * from " + table);
                refused(k, "select count(*) from " + table);
                refused(k, "delete from " + table);
            }
            refused(k, "select card_number from loyalty_card");
            refused(k, "select first_name, email from customer");
            refused(k, "select signature_png from consent_fact");
            refused(k, "select id from customer");
            refused(k, "delete from customer where id = " + card.customerId());
            refused(k, "update customer set email = 'taken@example.nl' where id = " + card.customerId());
            refused(k, "update customer set email = 'taken@example.nl'");
            refused(k, "delete from loyalty_card where customer_id = " + other.customerId());
            refused(k, "delete from consent_fact where customer_id = " + other.customerId());
            k.setAutoCommit(false); // PostgreSQL keeps the presented card for one transaction
            for (String view : CardViews.VIEWS.values()) {
                assertThat(longs(k, "select count(*) from " + view)).as(view + " with no card presented")
                        .containsExactly(0L);
            }
            CardViews.present(k, card.cardNumber());
            assertThat(longs(k, "select id from kiosk_customer")).containsExactly(card.customerId());
            assertThat(strings(k, "select card_number from kiosk_loyalty_card")).containsExactly(card.cardNumber());
            assertThat(longs(k, "select count(*) from kiosk_consent_fact")).containsExactly(0L);
            CardViews.present(k, other.cardNumber());
            assertThat(longs(k, "select id from kiosk_customer")).containsExactly(other.customerId());
            assertThat(longs(k, "select distinct customer_id from kiosk_consent_fact"))
                    .containsExactly(other.customerId());
            CardViews.present(k, "0000000000000000");
            for (String view : CardViews.VIEWS.values()) {
                assertThat(longs(k, "select count(*) from " + view)).as(view + " with an unknown card")
                        .containsExactly(0L);
            }
            CardViews.forget(k);
            k.commit();
        }
        // a unit of work that presented a card leaves nothing behind on the pooled connection
        assertThat(Services.on(kiosk.transactor(), Clock.systemUTC()).customers().card(card.qrPayload())).isPresent();
        try (Connection k = kiosk.dataSource().getConnection()) {
            k.setAutoCommit(false);
            assertThat(longs(k, "select count(*) from kiosk_customer")).containsExactly(0L);
            k.commit();
        }
    }

    /**
     * "Erase my account" at the kiosk: the kiosk can only record the wish, for the holder of the card it was shown;
     * from then on its views show nothing of that holder; its own services cannot carry it out; the counter does.
     */
    private static void kioskErasesOnlyThroughTheCounter(Database owner, Database kiosk, Database counter,
                                                         CardView card) throws SQLException {
        Clock clock = Clock.systemUTC();
        ErasureRequests kioskErasures = Services.on(kiosk.transactor(), clock).erasureRequests();
        assertThat(kioskErasures.request("0000000000000000", "AMS-KIOSK-1")).as("an unknown card erases nobody")
                .isFalse();
        assertThatThrownBy(() -> Services.on(kiosk.transactor().asHolderOf(card.cardNumber()), clock).erasure()
                .erase(card.customerId())).as("the kiosk cannot erase by itself, even as the holder")
                .isInstanceOf(RuntimeException.class);
        assertThat(scalar(owner, "select count(*) from customer where id = " + card.customerId())).isOne();

        assertThat(kioskErasures.request(card.cardNumber(), "AMS-KIOSK-1")).isTrue();
        assertThat(kioskErasures.pending(card.cardNumber())).isTrue();
        assertThat(kioskErasures.pending("0000000000000000")).isFalse();
        assertThat(Services.on(kiosk.transactor(), clock).customers().card(card.qrPayload()))
                .as("from the moment it is asked for, the kiosk shows nothing of the card's holder").isEmpty();
        try (Connection k = kiosk.dataSource().getConnection()) {
            k.setAutoCommit(false);
            CardViews.present(k, card.cardNumber());
            for (String view : List.of("kiosk_customer", "kiosk_loyalty_card", "kiosk_consent_fact")) {
                assertThat(longs(k, "select count(*) from " + view)).as(view).containsExactly(0L);
            }
            assertThat(longs(k, "select count(*) from kiosk_erasure_request")).containsExactly(1L);
            CardViews.forget(k);
            k.commit();
        }
        assertThat(kioskErasures.carryOut()).as("the kiosk sees no request it could carry out").isZero();
        assertThat(scalar(owner, "select count(*) from customer where id = " + card.customerId())).isOne();

        assertThat(Services.on(counter.transactor(), clock).erasureRequests().carryOut()).isEqualTo(1);
        assertThat(kioskErasures.pending(card.cardNumber())).isFalse();
        assertThat(scalar(owner, "select count(*) from customer where id = " + card.customerId())).isZero();
        assertThat(scalar(owner, "select count(*) from consent_fact where customer_id = " + card.customerId()))
                .isZero();
        assertThat(scalar(owner, "select count(*) from loyalty_card where card_number = '" + card.cardNumber() + "'"))
                .isZero();
        assertThat(scalar(owner, "select count(*) from erasure_request")).as("nothing kept of the request").isZero();
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The statement fails on the kiosk's connection (the first form on H2, the second on PostgreSQL). */
    private static void refused(Connection c, String h2Sql, String postgresSql) throws SQLException {
        refused(c, DatabaseRights.isPostgres(c) ? postgresSql : h2Sql);
    }

    private static void refused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                if (s.execute(sql)) {
                    s.getResultSet().next();
                }
            }
        }).as(sql).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).containsAnyOf(
                        "not enough rights", "permission denied"));
    }

    private static String currentUser(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long scalar(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(sql);
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            execute(c, sql);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
