package nl.connectedstore.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.inventory.StockLevel;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.persistence.MovableClock;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StaffSessionEndedException;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Orders from the kiosk's webshop, on a real H2 database: plan, reserve, pay, prepare, hand over, expire. */
class OrderServiceTest {

    private static Database db;
    private static final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private static OrderService orders;
    private static StoreInfo ams;
    private static StoreInfo gnt;
    private static StoreInfo cph;
    private static StoreInfo wh;
    private static final PaymentTerminal.Outcome APPROVED = new PaymentTerminal.Outcome(PaymentStatus.APPROVED, "T-1");
    private static final PaymentTerminal.Outcome DECLINED = new PaymentTerminal.Outcome(PaymentStatus.DECLINED, null);
    private static final Address HOME = new Address("Emma de Vries", "Prinsengracht 263", "1016gv", "Amsterdam", "NL");

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("order-test-", new DemoChain.Size(200, 0, 0));
        orders = Services.on(db.transactor(), clock).orders(Duration.ofHours(48));
        StoreService stores = Services.on(db.transactor()).stores();
        ams = stores.store("AMS").orElseThrow();
        gnt = stores.store("GNT").orElseThrow();
        cph = stores.store("CPH").orElseThrow();
        wh = stores.store("WH").orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static int nextPick;

    /** A priced, not weighed product without an age limit, with exactly this stock at these locations (none elsewhere). */
    private static long product(Map<String, Integer> stock) {
        return product(stock, false);
    }

    private static int nextAgedPick;

    private static long product(Map<String, Integer> stock, boolean ageLimited) {
        return db.transactor().write(s -> {
            Product product = s.createSelectionQuery("select p from Product p join p.prices pr"
                                    + " where key(pr) = 'EUR' and p.soldByWeight = false and p.minimumAge "
                                    + (ageLimited ? "> 0" : "= 0") + " order by p.id", Product.class)
                    .setFirstResult(ageLimited ? nextAgedPick++ : nextPick++).setMaxResults(1).getSingleResult();
            for (Store store : s.createSelectionQuery("from Store", Store.class).getResultList()) {
                StockLevel level = s.createSelectionQuery("from StockLevel l where l.store = :s and l.product = :p",
                        StockLevel.class).setParameter("s", store).setParameter("p", product).uniqueResult();
                int wanted = stock.getOrDefault(store.code(), 0);
                if (level == null) {
                    s.persist(new StockLevel(store, product, wanted));
                } else {
                    level.remove(level.quantity());
                    level.add(wanted);
                }
            }
            return product.getId();
        });
    }

    private static int stock(String store, long productId) {
        return db.transactor().read(s -> s.createSelectionQuery(
                        "select l.quantity from StockLevel l where l.store.code = :s and l.product.id = :p", Integer.class)
                .setParameter("s", store).setParameter("p", productId).getSingleResult());
    }

    private static OrderView pickUpHere(long product, int quantity) {
        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(product, quantity)), Destination.pickUpAt(ams.id()));
        return orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH);
    }

    @Test
    void eachLineComesFromTheSoonestLocationThatHasEnough() {
        long here = product(Map.of("AMS", 5, "WH", 50));
        long warehouse = product(Map.of("AMS", 1, "WH", 50, "GNT", 9));
        long otherStore = product(Map.of("GNT", 4));
        long nowhere = product(Map.of("GNT", 1));

        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(here, 2), new OrderService.Wanted(warehouse, 2),
                new OrderService.Wanted(otherStore, 3), new OrderService.Wanted(nowhere, 2)), Destination.pickUpAt(ams.id()));

        assertThat(plan.lines()).extracting(OrderPlan.Line::productId, OrderPlan.Line::sourceName, OrderPlan.Line::readyInDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(here, ams.name(), 0),
                        org.assertj.core.groups.Tuple.tuple(warehouse, wh.name(), 2),
                        org.assertj.core.groups.Tuple.tuple(otherStore, gnt.name(), 3));
        assertThat(plan.unavailable()).singleElement().satisfies(l -> {
            assertThat(l.productId()).isEqualTo(nowhere);
            assertThat(l.available()).isEqualTo(1);
        });
        assertThat(plan.readyInDays()).isEqualTo(3);
        assertThat(plan.orderable()).isFalse();
        assertThatThrownBy(() -> orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not every product");
        // home delivery ships from the warehouse first
        assertThat(orders.plan(ams, List.of(new OrderService.Wanted(here, 1)), Destination.deliverTo(HOME)).lines())
                .singleElement().extracting(OrderPlan.Line::sourceName).isEqualTo(wh.name());
    }

    @Test
    void placingHoldsTheUnitsAndTheLifecycleRunsToPickUpWithEveryStepTimestamped() {
        long product = product(Map.of("AMS", 3));
        OrderView placed = pickUpHere(product, 2);

        assertThat(placed.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(placed.paymentDue()).isTrue();
        assertThat(placed.holdUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        assertThat(placed.notice()).contains(placed.displayCode(), ams.name());
        assertThat(stock("AMS", product)).isEqualTo(1);
        assertThat(orders.forPickupAt(ams.id(), clock.instant())).extracting(OrderView::code).contains(placed.code());

        StaffSession sanne = DemoStaff.signIn(db, "AMS", "1234", clock);
        clock.advance(Duration.ofMinutes(30));
        OrderView ready = orders.markReady(placed.code(), sanne);
        assertThat(ready.notice()).startsWith("Your order " + placed.displayCode() + " is ready at " + ams.name());

        assertThatThrownBy(() -> orders.handOver(placed.code(), sanne))
                .isInstanceOf(OrderTransitionException.class)
                .hasMessage("Order " + placed.displayCode() + " is ready; it cannot become picked up: it is not paid yet")
                .isInstanceOfSatisfying(OrderTransitionException.class, e -> assertThat(e.refusal())
                        .isEqualTo(OrderTransitionException.Refusal.NOT_PAID));

        clock.advance(Duration.ofMinutes(5));
        orders.paid(placed.code(), APPROVED, "AMS-COUNTER-1");
        clock.advance(Duration.ofMinutes(1));
        OrderView done = orders.handOver(placed.code(), sanne);

        assertThat(done.status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(done.events()).extracting(OrderView.Event::kind).containsExactly("PLACED", "READY", "PAID", "PICKED_UP");
        assertThat(done.events()).extracting(OrderView.Event::at).isSorted().doesNotHaveDuplicates();
        assertThat(done.events().get(1).by()).as("the name from the sign-in").isEqualTo("Sanne de Vries");
        assertThat(done.events().get(3).by()).isEqualTo("Sanne de Vries");
        assertThat(stock("AMS", product)).isEqualTo(1); // handed over: the units do not come back
        assertThatThrownBy(() -> orders.markReady(placed.code(), sanne))
                .isInstanceOf(OrderTransitionException.class)
                .hasMessage("Order " + placed.displayCode() + " is picked up; it cannot become ready: it is finished");
        assertThatThrownBy(() -> orders.paid(placed.code(), APPROVED, "x")).isInstanceOf(OrderTransitionException.class);
    }

    @Test
    void aDeclinedPaymentLeavesTheOrderUnpaidAndHeldUntilTheJobExpiresIt() {
        long product = product(Map.of("AMS", 2));
        OrderView placed = pickUpHere(product, 2);

        OrderView declined = orders.paid(placed.code(), DECLINED, "AMS-KIOSK-1");
        assertThat(declined.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(declined.paid()).isFalse();
        assertThat(declined.events()).extracting(OrderView.Event::kind).containsExactly("PLACED", "PAYMENT_DECLINED");
        assertThat(stock("AMS", product)).isZero();

        long paidProduct = product(Map.of("AMS", 1));
        OrderView paid = pickUpHere(paidProduct, 1);
        orders.paid(paid.code(), APPROVED, "AMS-KIOSK-1");

        clock.advance(Duration.ofHours(47));
        orders.expireUnpaid();
        assertThat(orders.find(placed.code()).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);

        clock.advance(Duration.ofHours(2));
        assertThat(orders.expireUnpaid()).isGreaterThanOrEqualTo(1);
        OrderView expired = orders.find(placed.code()).orElseThrow();
        assertThat(expired.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(expired.notice()).contains("expired");
        assertThat(stock("AMS", product)).isEqualTo(2);
        // a paid order is never expired: its units stay held
        assertThat(orders.find(paid.code()).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
        assertThat(stock("AMS", paidProduct)).isZero();
        assertThat(orders.expireUnpaid()).isZero();
    }

    @Test
    void onlyASignedInClerkOfThePickUpStoreActsOnAnOrderAndTheHistoryNamesThemFromTheSignIn() {
        long product = product(Map.of("AMS", 3));
        OrderView placed = pickUpHere(product, 1);
        StaffSession sanne = DemoStaff.signIn(db, "AMS", "1234", clock);
        StaffSession gentsClerk = DemoStaff.signIn(db, "GNT", "2345", clock);
        StaffSession forged = new StaffSession(sanne.sessionId() + 999_999, sanne.staffId(), "Invented Name",
                sanne.role(), sanne.storeCode());

        assertThatThrownBy(() -> orders.markReady(placed.code(), gentsClerk))
                .isInstanceOf(StaffSessionEndedException.class);
        assertThatThrownBy(() -> orders.cancel(placed.code(), forged)).isInstanceOf(StaffSessionEndedException.class);
        assertThatThrownBy(() -> orders.markReady(placed.code(), null)).isInstanceOf(StaffSessionEndedException.class);
        Services.on(db.transactor(), clock).stores().signOut(sanne);
        assertThatThrownBy(() -> orders.markReady(placed.code(), sanne)).isInstanceOf(StaffSessionEndedException.class);
        assertThat(orders.find(placed.code()).orElseThrow().status()).as("nothing changed").isEqualTo(OrderStatus.PLACED);

        StaffSession daan = DemoStaff.signIn(db, "AMS", "2345", clock);
        clock.advance(Duration.ofHours(13));
        assertThatThrownBy(() -> orders.markReady(placed.code(), daan)).as("a sign-in ends after 12 hours")
                .isInstanceOf(StaffSessionEndedException.class);
        OrderView ready = orders.markReady(placed.code(), DemoStaff.signIn(db, "AMS", "2345", clock));
        assertThat(ready.events()).last().extracting(OrderView.Event::by).isEqualTo("Daan Bakker");
    }

    @Test
    void anItemWithAnAgeLimitIsOnlyPickedUpAndHandedOverOnlyAfterAClerkCheckedTheCustomersId() {
        long wine = product(Map.of("AMS", 3), true);
        int age = db.transactor().read(s -> s.find(Product.class, wine).minimumAge());

        OrderPlan delivered = orders.plan(ams, List.of(new OrderService.Wanted(wine, 1)), Destination.deliverTo(HOME));
        assertThat(delivered.orderable()).as("never delivered: nobody checks ID at the door").isFalse();
        assertThat(delivered.unavailable()).singleElement().satisfies(l -> assertThat(l.minimumAge()).isEqualTo(age));
        OrderPlan forged = new OrderPlan(Destination.deliverTo(HOME), orders.plan(ams, List.of(
                new OrderService.Wanted(wine, 1)), Destination.pickUpAt(ams.id())).lines(), List.of(),
                delivered.total(), 0);
        assertThatThrownBy(() -> orders.place(ams, "AMS-KIOSK-1", forged, PaymentChoice.AT_KIOSK, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age limit");
        assertThat(stock("AMS", wine)).isEqualTo(3);

        OrderView placed = pickUpHere(wine, 1);
        assertThat(placed.minimumAge()).isEqualTo(age);
        assertThat(placed.needsAgeCheck()).isTrue();
        assertThat(placed.notice()).contains("bring ID", age + " or over");
        StaffSession sanne = DemoStaff.signIn(db, "AMS", "1234", clock);
        orders.markReady(placed.code(), sanne);
        orders.paid(placed.code(), APPROVED, "AMS-COUNTER-1");
        assertThatThrownBy(() -> orders.handOver(placed.code(), sanne)).isInstanceOf(OrderTransitionException.class)
                .hasMessageEndingWith("the customer's ID (" + age + "+) is not checked yet")
                .isInstanceOfSatisfying(OrderTransitionException.class, e -> {
                    assertThat(e.refusal()).as("a code the counter translates")
                            .isEqualTo(OrderTransitionException.Refusal.AGE_NOT_CHECKED);
                    assertThat(e.minimumAge()).isEqualTo(age);
                });
        assertThat(orders.find(placed.code()).orElseThrow().status()).isEqualTo(OrderStatus.READY);

        OrderView checked = orders.confirmAge(placed.code(), sanne);
        assertThat(checked.needsAgeCheck()).isFalse();
        assertThat(checked.events()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("AGE_CHECKED");
            assertThat(e.by()).isEqualTo("Sanne de Vries");
        });
        assertThat(orders.handOver(placed.code(), sanne).status()).isEqualTo(OrderStatus.PICKED_UP);

        OrderView plain = pickUpHere(product(Map.of("AMS", 1)), 1);
        assertThat(plain.needsAgeCheck()).isFalse();
        assertThat(plain.notice()).doesNotContain("ID");
        assertThatThrownBy(() -> orders.confirmAge(plain.code(), sanne)).isInstanceOf(OrderTransitionException.class);
    }

    @Test
    void cancellingPutsTheUnitsBack() {
        long product = product(Map.of("GNT", 4));
        OrderView placed = pickUpHere(product, 3);
        assertThat(stock("GNT", product)).isEqualTo(1);
        assertThat(placed.lines()).singleElement().extracting(OrderView.Line::sourceName).isEqualTo(gnt.name());

        StaffSession sanne = DemoStaff.signIn(db, "AMS", "1234", clock);
        orders.cancel(placed.code(), sanne);
        assertThat(stock("GNT", product)).isEqualTo(4);
        assertThatThrownBy(() -> orders.cancel(placed.code(), sanne)).isInstanceOf(OrderTransitionException.class)
                .hasMessageContaining("is cancelled; it cannot become cancelled");
    }

    @Test
    void homeDeliveryNeedsAValidAddressAndPaymentBeforeShipping() {
        long product = product(Map.of("WH", 10));
        Address bad = new Address("Emma", "Prinsengracht", "1016 SA", "", "NL");
        OrderPlan badPlan = orders.plan(ams, List.of(new OrderService.Wanted(product, 1)), Destination.deliverTo(bad));
        assertThatThrownBy(() -> orders.place(ams, "AMS-KIOSK-1", badPlan, PaymentChoice.AT_KIOSK, Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidAddressException.class, e -> assertThat(e.problems()).containsExactly(
                        Address.Problem.HOUSE_NUMBER_MISSING, Address.Problem.CITY_MISSING, Address.Problem.POSTCODE_INVALID));
        assertThat(stock("WH", product)).isEqualTo(10);

        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(product, 1)), Destination.deliverTo(HOME));
        OrderView placed = orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_KIOSK, Locale.ENGLISH);
        assertThat(placed.address().postcode()).isEqualTo("1016 GV");
        assertThat(orders.find(placed.code()).orElseThrow().address()).as("stored apart from the order, read back")
                .isEqualTo(placed.address());
        assertThat(placed.notice()).as("every kiosk reads notices: a delivery's names no place")
                .contains("the address you gave").doesNotContain(HOME.city()).doesNotContain(HOME.street());
        assertThat(placed.readyInDays()).isEqualTo(2);
        assertThatThrownBy(() -> orders.markReady(placed.code(), DemoStaff.signIn(db, "AMS", "1234", clock)))
                .isInstanceOf(OrderTransitionException.class)
                .hasMessageEndingWith("it is delivered to the customer's home");
        assertThatThrownBy(() -> orders.ship(placed.code(), "WH")).hasMessageEndingWith("it is not paid yet");

        orders.paid(placed.code(), APPROVED, "AMS-KIOSK-1");
        orders.ship(placed.code(), "WH");
        OrderView delivered = orders.delivered(placed.code(), "carrier");
        assertThat(delivered.events()).extracting(OrderView.Event::kind)
                .containsExactly("PLACED", "PAID", "SHIPPED", "DELIVERED");
        assertThat(stock("WH", product)).isEqualTo(9);
    }

    @Test
    void aSourceThatSoldOutAfterPlanningReservesNothingAndPlanningAgainFindsAnother() {
        long plenty = product(Map.of("AMS", 5));
        long scarce = product(Map.of("AMS", 1, "WH", 3));
        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(plenty, 1), new OrderService.Wanted(scarce, 1)),
                Destination.pickUpAt(ams.id()));
        pickUpHere(scarce, 1); // somebody else takes the last one here

        assertThatThrownBy(() -> orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH))
                .isInstanceOfSatisfying(SoldOutException.class, e -> {
                    assertThat(e.productId()).isEqualTo(scarce);
                    assertThat(e.sourceName()).isEqualTo(ams.name());
                    assertThat(e.left()).isZero();
                });
        assertThat(stock("AMS", plenty)).isEqualTo(5);

        OrderPlan again = orders.plan(ams, plan.lines().stream()
                .map(l -> new OrderService.Wanted(l.productId(), l.quantity())).toList(), Destination.pickUpAt(ams.id()));
        assertThat(again.lines()).filteredOn(l -> l.productId() == scarce).singleElement()
                .extracting(OrderPlan.Line::sourceName).isEqualTo(wh.name());
    }

    @Test
    void eightKiosksOrderingTheLastUnitAtOnceReserveItOnce() throws Exception {
        long product = product(Map.of("AMS", 1));
        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(product, 1)), Destination.pickUpAt(ams.id()));
        ExecutorService kiosks = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            String terminal = "AMS-KIOSK-" + k;
            outcomes.add(kiosks.submit((Callable<Boolean>) () -> {
                start.await();
                try {
                    orders.place(ams, terminal, plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH);
                    return true;
                } catch (SoldOutException soldOut) {
                    return false;
                }
            }));
        }
        start.countDown();
        int placed = 0;
        for (Future<Boolean> outcome : outcomes) {
            placed += outcome.get() ? 1 : 0;
        }
        kiosks.shutdown();
        assertThat(placed).isEqualTo(1);
        assertThat(stock("AMS", product)).isZero();
        long holding = db.transactor().read(s -> s.createSelectionQuery("select sum(r.quantity) from Reservation r"
                + " where r.product.id = :p and r.status = 'HELD'", Long.class).setParameter("p", product).getSingleResult());
        assertThat(holding).isEqualTo(1);
    }

    @Test
    void ordersAreFoundByTheirQrCodeOrTypedCodeOnly() {
        OrderView placed = pickUpHere(product(Map.of("AMS", 1)), 1);
        assertThat(orders.find(placed.qrText())).map(OrderView::code).contains(placed.code());
        assertThat(orders.find(placed.displayCode().toLowerCase())).map(OrderView::code).contains(placed.code());
        assertThat(orders.find("CSORDER:AAAA2222")).isEmpty();
        assertThat(orders.find("hello")).isEmpty();
        assertThat(orders.find(null)).isEmpty();
    }

    @Test
    void anOrderCannotBePickedUpInAnotherCurrencyOrAtTheWarehouse() {
        long product = product(Map.of("WH", 5));
        for (StoreInfo wrong : List.of(cph, wh)) {
            OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(product, 1)), Destination.pickUpAt(wrong.id()));
            assertThatThrownBy(() -> orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot hand over");
        }
        assertThat(stock("WH", product)).isEqualTo(5);
        assertThat(orders.pickupStores(ams, Services.on(db.transactor()).stores().stores()))
                .extracting(StoreInfo::code).containsExactly("AMS", "GNT");
    }

    @Test
    void noticesAreWrittenInTheCustomersLanguage() {
        long product = product(Map.of("AMS", 1));
        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(product, 1)), Destination.pickUpAt(ams.id()));
        OrderView placed = orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, new Locale("nl", "NL"));
        assertThat(placed.notice()).startsWith("Bedankt! Bestelling " + placed.displayCode());
    }

    @Test
    void theHoldDateIsWrittenAsTheStoresScreensWriteDates() {
        long product = product(Map.of("AMS", 1));
        OrderPlan plan = orders.plan(ams, List.of(new OrderService.Wanted(product, 1)), Destination.pickUpAt(ams.id()));
        OrderView placed = orders.place(ams, "AMS-KIOSK-1", plan, PaymentChoice.AT_COUNTER, Locale.ENGLISH);
        // day first and a 24-hour clock, as the counter writes "Placed 5 Jun 2026, 11:36" beside it; not the
        // American "Jun 5, 2026, 11:36 AM" of English without a country
        assertThat(placed.notice()).containsPattern("until \\d{1,2} [A-Z][a-z]{2} 2026, \\d{2}:\\d{2} ")
                .doesNotContain(" AM ").doesNotContain(" PM ");
    }
}
