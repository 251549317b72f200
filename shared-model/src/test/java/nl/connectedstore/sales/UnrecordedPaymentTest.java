package nl.connectedstore.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.money.Money;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPayment;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No charge without a record (issue 13): the card terminal approves, then the database write that should record
 * the sale (or the web order's payment) really fails. The charge is reversed; when the terminal cannot reverse it,
 * it is on the counter's list to resolve; when the database is down, a file in the data folder keeps it until the
 * next open. The failing writes come from renaming the table they need (works on H2 and PostgreSQL alike) or from
 * the database going away right after the approval.
 */
class UnrecordedPaymentTest {

    private static final String TILL = "AMS-CHECKOUT-1";
    private static Database db;
    private static CheckoutService checkout;
    private static OrderService orders;
    private static PaymentsToResolve toResolve;
    private static InventoryService inventory;
    private static StoreInfo amsterdam;
    private static ProductCard counted;

    @BeforeAll
    static void open() {
        db = DemoDatabase.fresh("unrecorded-", new DemoChain.Size(200, 0, 0));
        toResolve = PaymentsToResolve.of(db, Clock.systemUTC());
        checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout(toResolve);
        orders = Services.on(db.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD, toResolve);
        inventory = new InventoryService(db.transactor());
        amsterdam = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
        counted = new CatalogService(db.transactor()).search(amsterdam, new SearchQuery("", null, 200)).stream()
                .filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.stock() == StockStatus.IN_STOCK
                        && p.price() != null)
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    // ---- helpers: the core of each test runs against the Database given, so it can run on PostgreSQL too

    private static int stockHere(Database database, long productId) {
        return new InventoryService(database.transactor()).availability(productId, amsterdam.id()).get(0).quantity();
    }

    private static long count(Database database, String entity) {
        return database.transactor().read(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class)
                .getSingleResult());
    }

    /** Makes every write to {@code table} fail, as a broken or unreachable database would, while {@code work} runs. */
    private static <T> T withTableGone(Database database, String table, java.util.function.Supplier<T> work) {
        rename(database, table, table + "_gone");
        try {
            return work.get();
        } finally {
            rename(database, table + "_gone", table);
        }
    }

    /**
     * Makes recording this order's payment fail (a constraint the database enforces), while reading it still works,
     * during {@code work}.
     */
    private static <T> T withPaymentRefused(Database database, OrderView order, java.util.function.Supplier<T> work) {
        database.transactor().write(s -> s.createNativeMutationQuery("alter table order_event add constraint"
                + " refuse_paid_" + order.id() + " check (kind <> 'PAID' or order_id <> " + order.id() + ")")
                .executeUpdate());
        try {
            return work.get();
        } finally {
            database.transactor().write(s -> s.createNativeMutationQuery("alter table order_event drop constraint"
                    + " refuse_paid_" + order.id()).executeUpdate());
        }
    }

    private static void rename(Database database, String from, String to) {
        database.transactor().write(s -> s.createNativeMutationQuery("alter table " + from + " rename to " + to)
                .executeUpdate());
    }

    private static Money quoted(List<CartLine> cart) {
        return checkout.quote(TILL, cart).total();
    }

    // ---- self-checkout

    @Test
    void anApprovedPaymentWhoseSaleCannotBeStoredIsReversedAndNothingIsSold() {
        aSaleThatCannotBeStoredIsReversed(db, checkout);
    }

    protected void aSaleThatCannotBeStoredIsReversed(Database database, CheckoutService service) {
        List<CartLine> cart = List.of(CartLine.of(counted.id(), 2));
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        int stock = stockHere(database, counted.id());
        long sales = count(database, "Sale");
        long listed = count(database, "PaymentToResolve");

        CheckoutResult result = withTableGone(database, "payment", () -> service.checkout(TILL, cart, terminal));

        assertThat(result).isInstanceOf(CheckoutResult.NotRecordedButReversed.class);
        CheckoutResult.NotRecordedButReversed reversed = (CheckoutResult.NotRecordedButReversed) result;
        assertThat(reversed.amount()).isEqualTo(quoted(cart));
        assertThat(terminal.wasReversed(reversed.terminalReference())).as("the terminal gave the money back").isTrue();
        assertThat(terminal.standing(reversed.terminalReference())).isEmpty();
        assertThat(count(database, "Sale")).as("no sale").isEqualTo(sales);
        assertThat(stockHere(database, counted.id())).as("stock unchanged").isEqualTo(stock);
        assertThat(count(database, "PaymentToResolve")).as("nothing for staff to resolve").isEqualTo(listed);
    }

    @Test
    void whenTheTerminalCannotReverseEitherThePaymentIsOnTheCountersListToResolve() {
        List<CartLine> cart = List.of(CartLine.of(counted.id(), 1));
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        terminal.failReversals(true);
        int stock = stockHere(db, counted.id());
        long sales = count(db, "Sale");

        CheckoutResult result = withTableGone(db, "payment", () -> checkout.checkout(TILL, cart, terminal));

        assertThat(result).isInstanceOf(CheckoutResult.NotRecordedToResolve.class);
        UnresolvedPayment note = ((CheckoutResult.NotRecordedToResolve) result).payment();
        assertThat(note.kept()).isEqualTo(UnresolvedPayment.Kept.TO_RESOLVE_LIST);
        assertThat(note.amount()).isEqualTo(quoted(cart));
        assertThat(note.terminalCode()).isEqualTo(TILL);
        assertThat(terminal.standing(note.terminalReference())).as("the charge stands").contains(note.amount());
        assertThat(note.caseCodeShown()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(count(db, "Sale")).isEqualTo(sales);
        assertThat(stockHere(db, counted.id())).isEqualTo(stock);

        List<UnresolvedPayment> open = toResolve.open(amsterdam.id());
        assertThat(open).filteredOn(p -> p.caseCode().equals(note.caseCode())).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(note.amount());
            assertThat(p.terminalReference()).isEqualTo(note.terminalReference());
            assertThat(p.terminalCode()).isEqualTo(TILL);
            assertThat(p.orderCode()).isNull();
            assertThat(p.whatFailed()).startsWith("Sale not stored").contains("reversal failed");
            assertThat(p.open()).isTrue();
        });

        UnresolvedPayment resolved = toResolve.resolve(note.id(), UnresolvedPayment.Resolution.REFUNDED_BY_HAND,
                "Sanne");
        assertThat(resolved.resolvedBy()).isEqualTo("Sanne");
        assertThat(resolved.resolvedAt()).isNotNull();
        assertThat(toResolve.resolve(note.id(), UnresolvedPayment.Resolution.SALE_ENTERED, "Piet"))
                .as("the first answer stands").extracting(UnresolvedPayment::resolvedBy,
                        UnresolvedPayment::resolution)
                .containsExactly("Sanne", UnresolvedPayment.Resolution.REFUNDED_BY_HAND);
        assertThat(toResolve.open(amsterdam.id())).noneMatch(p -> p.caseCode().equals(note.caseCode()));
        assertThat(toResolve.find(note.caseCodeShown().toLowerCase(Locale.ROOT))).get()
                .extracting(UnresolvedPayment::open).isEqualTo(false);
    }

    /** A terminal that approves, and then the database goes away before the sale is stored. */
    private static final class DatabaseGoesDown implements PaymentTerminal {
        private final SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        private final Database database;

        DatabaseGoesDown(Database database) {
            this.database = database;
            terminal.failReversals(true);
        }

        @Override
        public Outcome pay(Money amount, String reference) {
            Outcome outcome = terminal.pay(amount, reference);
            database.close();
            return outcome;
        }

        @Override
        public Reversal reverse(String terminalReference) {
            return terminal.reverse(terminalReference);
        }
    }

    @Test
    void whenTheDatabaseIsDownTheDataFolderKeepsThePaymentAndTheNextOpenPutsItOnTheList() throws Exception {
        Database own = DemoDatabase.fresh("unrecorded-down-", new DemoChain.Size(200, 0, 0));
        Path home = own.home();
        List<CartLine> cart = List.of(CartLine.of(counted.id(), 3));
        Money total = Services.on(own.transactor(), Clock.systemUTC()).checkout().quote(TILL, cart).total();
        PaymentsToResolve ownList = PaymentsToResolve.of(own, Clock.systemUTC());
        CheckoutService service = Services.on(own.transactor(), Clock.systemUTC()).checkout(ownList);

        CheckoutResult result = service.checkout(TILL, cart, new DatabaseGoesDown(own));

        assertThat(result).isInstanceOf(CheckoutResult.NotRecordedToResolve.class);
        UnresolvedPayment note = ((CheckoutResult.NotRecordedToResolve) result).payment();
        assertThat(note.kept()).isEqualTo(UnresolvedPayment.Kept.LOCAL_FILE);
        assertThat(note.amount()).isEqualTo(total);
        Path file = home.resolve(PaymentsToResolve.FILE_NAME);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(note.caseCode())
                .contains(note.terminalReference()).contains(total.amount().toPlainString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        try (Database reopened = DemoDatabase.reopen(own)) {
            List<UnresolvedPayment> open = PaymentsToResolve.of(reopened, Clock.systemUTC()).open(amsterdam.id());
            assertThat(open).singleElement().satisfies(p -> {
                assertThat(p.caseCode()).isEqualTo(note.caseCode());
                assertThat(p.amount()).isEqualTo(total);
                assertThat(p.terminalReference()).isEqualTo(note.terminalReference());
                assertThat(p.paidAt()).isEqualTo(note.paidAt());
                assertThat(p.terminalCode()).isEqualTo(TILL);
            });
            assertThat(Files.size(file)).as("moved, not copied").isZero();
            assertThat(count(reopened, "Sale")).isZero();
        }
        try (Database again = DemoDatabase.reopen(own)) {
            assertThat(PaymentsToResolve.of(again, Clock.systemUTC()).open(amsterdam.id())).as("imported once")
                    .hasSize(1);
        }
    }

    // ---- a web order paid at the kiosk (or the counter)

    private static OrderView placedToPayHere() {
        OrderPlan plan = orders.plan(amsterdam, List.of(new OrderService.Wanted(counted.id(), 1)),
                Destination.pickUpAt(amsterdam.id()));
        return orders.place(amsterdam, "AMS-KIOSK-1", plan, PaymentChoice.AT_KIOSK, Locale.ENGLISH);
    }

    @Test
    void anApprovedOrderPaymentThatCannotBeStoredIsReversedAndTheOrderStaysUnpaid() {
        OrderView order = placedToPayHere();
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();

        OrderPayment result = withPaymentRefused(db, order,
                () -> orders.pay(order.code(), terminal, "AMS-KIOSK-1", "AMS-KIOSK-1"));

        assertThat(result).isInstanceOf(OrderPayment.NotRecordedButReversed.class);
        OrderPayment.NotRecordedButReversed reversed = (OrderPayment.NotRecordedButReversed) result;
        assertThat(reversed.amount()).isEqualTo(order.total());
        assertThat(terminal.wasReversed(reversed.terminalReference())).isTrue();
        assertThat(result.order().paid()).isFalse();
        assertThat(orders.find(order.code()).orElseThrow().paid()).isFalse();
    }

    @Test
    void anOrderPaymentThatCanBeNeitherStoredNorReversedIsOnTheListWithItsOrder() {
        OrderView order = placedToPayHere();
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        terminal.failReversals(true);

        OrderPayment result = withPaymentRefused(db, order,
                () -> orders.pay(order.code(), terminal, "AMS-KIOSK-1", "AMS-KIOSK-1"));

        assertThat(result).isInstanceOf(OrderPayment.NotRecordedToResolve.class);
        UnresolvedPayment note = ((OrderPayment.NotRecordedToResolve) result).payment();
        assertThat(note.orderCode()).isEqualTo(order.code());
        assertThat(note.amount()).isEqualTo(order.total());
        assertThat(toResolve.open(amsterdam.id())).anySatisfy(p -> {
            assertThat(p.caseCode()).isEqualTo(note.caseCode());
            assertThat(p.orderCode()).isEqualTo(order.code());
            assertThat(p.terminalReference()).isEqualTo(note.terminalReference());
            assertThat(p.whatFailed()).startsWith("Order payment not stored");
        });
        assertThat(orders.find(order.code()).orElseThrow().paid()).isFalse();
    }

    @Test
    void aSecondChargeForAnOrderPaidMeanwhileElsewhereIsReversed() {
        OrderView order = placedToPayHere();
        SimulatedPaymentTerminal counter = new SimulatedPaymentTerminal();
        PaymentTerminal kioskWhileTheCounterPays = new PaymentTerminal() {
            private final SimulatedPaymentTerminal kiosk = new SimulatedPaymentTerminal();

            @Override
            public Outcome pay(Money amount, String reference) {
                orders.pay(order.code(), counter, "AMS-COUNTER-1", "Sanne");
                return kiosk.pay(amount, reference);
            }

            @Override
            public Reversal reverse(String terminalReference) {
                return kiosk.reverse(terminalReference);
            }
        };

        OrderPayment result = orders.pay(order.code(), kioskWhileTheCounterPays, "AMS-KIOSK-1", "AMS-KIOSK-1");

        assertThat(result).isInstanceOf(OrderPayment.NotRecordedButReversed.class);
        assertThat(result.order().paid()).as("paid once, at the counter").isTrue();
        assertThat(orders.pay(order.code(), counter, "AMS-COUNTER-1", "Sanne"))
                .as("an order paid already is not charged again").isInstanceOf(OrderPayment.Paid.class);
    }

    @Test
    void theSimulatedTerminalReversesOnlyWhatItApprovedAndOnlyOnce() {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        PaymentTerminal.Outcome paid = terminal.pay(Money.of("4.50", "EUR"), "x");
        terminal.answerNext(PaymentStatus.DECLINED);
        PaymentTerminal.Outcome declined = terminal.pay(Money.of("4.50", "EUR"), "y");

        assertThat(terminal.reverse("SIM-999")).isInstanceOf(PaymentTerminal.Reversal.Failed.class);
        assertThat(terminal.reverse(declined.terminalReference())).isInstanceOf(PaymentTerminal.Reversal.Failed.class);
        assertThat(terminal.reverse(paid.terminalReference())).isInstanceOf(PaymentTerminal.Reversal.Reversed.class);
        assertThat(terminal.reverse(paid.terminalReference())).isInstanceOf(PaymentTerminal.Reversal.Failed.class);
    }
}
