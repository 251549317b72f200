package nl.connectedstore.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sales against a real H2 database through the shared server, as the tills use it. */
class CheckoutServiceTest {

    private static Database db;
    private static CheckoutService checkout;
    private static InventoryService inventory;
    private static StoreInfo amsterdam;
    private static ProductCard counted;
    private static ProductCard weighed;

    @BeforeAll
    static void open() throws IOException {
        db = DemoDatabase.fresh("checkout-test-", new DemoChain.Size(300, 200, 10));
        checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout();
        inventory = new InventoryService(db.transactor());
        amsterdam = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
        List<ProductCard> all = new CatalogService(db.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT));
        counted = all.stream().filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.stock() == StockStatus.IN_STOCK)
                .findFirst()
                .orElseThrow();
        weighed = all.stream().filter(ProductCard::soldByWeight).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static int stockHere(long productId) {
        return inventory.availability(productId, amsterdam.id()).get(0).quantity();
    }

    private static long sales() {
        return db.transactor().read(s -> s.createSelectionQuery("select count(*) from Sale", Long.class)
                .getSingleResult());
    }

    private static void setStock(long productId, int quantity) {
        db.transactor().write(s -> s.createNativeMutationQuery(
                        "update stock_level set quantity = :q where product_id = :p and store_id = :s")
                .setParameter("q", quantity).setParameter("p", productId).setParameter("s", amsterdam.id())
                .executeUpdate());
    }

    @Test
    void anAgeRestrictedItemSellsAtASelfCheckoutOnlyWithAClerksApprovalForThatTerminal() {
        ProductCard spirit = new CatalogService(db.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> p.minimumAge() >= 18 && p.price() != null && p.stock() == StockStatus.IN_STOCK)
                .findFirst().orElseThrow();
        setStock(spirit.id(), 10);
        List<CartLine> cart = List.of(CartLine.of(counted.id(), 1), CartLine.of(spirit.id(), 1));
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        long salesBefore = sales();

        assertThatThrownBy(() -> checkout.checkout("AMS-CHECKOUT-1", cart, terminal))
                .isInstanceOf(AgeCheckRequiredException.class);
        AssistanceService assistance = new AssistanceService(db.transactor(), Services.on(db.transactor()).stores(),
                Clock.systemUTC());
        long elsewhere = assistance.requestAgeCheck("AMS-KIOSK-1", spirit.id()).id();
        assistance.answer(elsewhere, "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.APPROVED);
        long refused = assistance.requestAgeCheck("AMS-CHECKOUT-1", spirit.id()).id();
        assistance.answer(refused, "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.REFUSED);
        assertThatThrownBy(() -> checkout.checkout("AMS-CHECKOUT-1", cart, java.util.Set.of(elsewhere, refused),
                terminal)).as("another terminal's approval, or a refusal, does not count")
                .isInstanceOf(AgeCheckRequiredException.class);
        assertThat(sales()).isEqualTo(salesBefore);
        assertThat(stockHere(spirit.id())).isEqualTo(10);

        long approved = assistance.requestAgeCheck("AMS-CHECKOUT-1", spirit.id()).id();
        assistance.answer(approved, "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.APPROVED);
        assertThat(checkout.checkout("AMS-CHECKOUT-1", cart, java.util.Set.of(approved), terminal))
                .isInstanceOf(CheckoutResult.Paid.class);
        // at the counter the clerk sees the customer: no request needed
        assertThat(checkout.checkout("AMS-COUNTER-1", cart, terminal)).isInstanceOf(CheckoutResult.Paid.class);
        assertThat(stockHere(spirit.id())).isEqualTo(8);
    }

    @Test
    void aPaidSaleStoresLinesVatAndPaymentAndTakesTheItemsOffTheShelf() {
        setStock(counted.id(), 50);
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        List<CartLine> cart = List.of(CartLine.of(counted.id(), 2), new CartLine(weighed.id(), new BigDecimal("0.735")));

        CheckoutResult result = checkout.checkout("AMS-CHECKOUT-1", cart, terminal);

        assertThat(result).isInstanceOf(CheckoutResult.Paid.class);
        Receipt receipt = ((CheckoutResult.Paid) result).receipt();
        Money expected = counted.price().times(BigDecimal.valueOf(2))
                .plus(weighed.price().times(new BigDecimal("0.735")));
        assertThat(receipt.total()).isEqualTo(expected);
        assertThat(receipt.lines()).hasSize(2);
        assertThat(receipt.vat().stream().map(Receipt.VatLine::gross).reduce(Money::plus).orElseThrow())
                .isEqualTo(expected);
        assertThat(receipt.vat()).allSatisfy(v -> assertThat(v.net().plus(v.vat())).isEqualTo(v.gross()));
        assertThat(receipt.paymentReference()).startsWith("SIM-");
        assertThat(stockHere(counted.id())).isEqualTo(48);
    }

    @Test
    void aQuoteShowsWhatThePaidReceiptWillSayAndStoresNothing() {
        long before = sales();
        List<CartLine> cart = List.of(CartLine.of(counted.id(), 3), new CartLine(weighed.id(), new BigDecimal("1.250")));
        Receipt quote = checkout.quote("AMS-CHECKOUT-1", cart);
        assertThat(quote.receiptNumber()).isZero();
        assertThat(quote.lines()).extracting(Receipt.Line::name).containsExactly(counted.name(), weighed.name());
        assertThat(quote.lines().get(1).total()).isEqualTo(weighed.price().times(new BigDecimal("1.250")));
        assertThat(sales()).isEqualTo(before);
        Receipt paid = ((CheckoutResult.Paid) checkout.checkout("AMS-CHECKOUT-1", cart,
                new SimulatedPaymentTerminal())).receipt();
        assertThat(paid.total()).isEqualTo(quote.total());
        assertThat(paid.vat()).isEqualTo(quote.vat());
    }

    @Test
    void aDeclinedOrCancelledPaymentStoresNothingAndLeavesStockAlone() {
        setStock(counted.id(), 30);
        long before = sales();
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        for (PaymentStatus refusal : List.of(PaymentStatus.DECLINED, PaymentStatus.CANCELLED, PaymentStatus.TIMED_OUT)) {
            terminal.answerNext(refusal);
            assertThat(checkout.checkout("AMS-CHECKOUT-1", List.of(CartLine.of(counted.id(), 3)), terminal))
                    .isEqualTo(new CheckoutResult.NotPaid(refusal));
        }
        assertThat(stockHere(counted.id())).isEqualTo(30);
        assertThat(sales()).isEqualTo(before);
    }

    @Test
    void receiptNumbersFollowOnWithoutGaps() {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        long first = ((CheckoutResult.Paid) checkout.checkout("AMS-KIOSK-1",
                List.of(CartLine.of(counted.id(), 1)), terminal)).receipt().receiptNumber();
        terminal.answerNext(PaymentStatus.DECLINED);
        checkout.checkout("AMS-KIOSK-1", List.of(CartLine.of(counted.id(), 1)), terminal);
        terminal.answerNext(PaymentStatus.APPROVED);
        long second = ((CheckoutResult.Paid) checkout.checkout("AMS-KIOSK-1",
                List.of(CartLine.of(counted.id(), 1)), terminal)).receipt().receiptNumber();
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void badCartsAreRefusedBeforeAnyPaymentIsTaken() {
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        assertThatThrownBy(() -> checkout.checkout("AMS-CHECKOUT-1", List.of(), terminal))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> checkout.checkout("AMS-CHECKOUT-1", List.of(CartLine.of(-1, 1)), terminal))
                .hasMessageContaining("Unknown product");
        assertThatThrownBy(() -> checkout.checkout("NOPE", List.of(CartLine.of(counted.id(), 1)), terminal))
                .hasMessageContaining("Unknown terminal");
        assertThatThrownBy(() -> checkout.checkout("AMS-CHECKOUT-1",
                List.of(new CartLine(counted.id(), new BigDecimal("1.5"))), terminal))
                .hasMessageContaining("by the piece");
    }

    @Test
    void eightTillsSellingTheSameItem200TimesEachLoseNoUpdate() throws Exception {
        setStock(counted.id(), 5_000);
        long salesBefore = sales();
        List<String> tills = List.of("AMS-CHECKOUT-1", "AMS-KIOSK-1", "AMS-COUNTER-1");
        Map<String, List<Long>> receipts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String till = tills.get(t % tills.size());
            done.add(pool.submit(() -> {
                SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
                for (int i = 0; i < 200; i++) {
                    CheckoutResult.Paid paid = (CheckoutResult.Paid) checkout.checkout(till,
                            List.of(CartLine.of(counted.id(), 1)), terminal);
                    receipts.computeIfAbsent(till, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(paid.receipt().receiptNumber());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        assertThat(stockHere(counted.id())).isEqualTo(5_000 - 1_600);
        assertThat(sales()).isEqualTo(salesBefore + 1_600);
        receipts.forEach((till, numbers) -> {
            List<Long> sorted = numbers.stream().sorted().toList();
            assertThat(sorted).doesNotHaveDuplicates();
            assertThat(sorted.get(sorted.size() - 1) - sorted.get(0) + 1).as("gapless on %s", till)
                    .isEqualTo(sorted.size());
        });
    }
}
