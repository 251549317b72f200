package nl.connectedstore.sales;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.connectedstore.assistance.AgeChecks;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.catalog.ProductTexts;
import nl.connectedstore.inventory.StockLevel;
import nl.connectedstore.money.Money;
import nl.connectedstore.money.VatClass;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.scan.ScannedCode;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.Terminal;
import nl.connectedstore.store.VatRate;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes payment for a cart and records the sale: lines, payment, a gapless receipt number and the stock
 * decrements, all in one transaction, or nothing at all. Two tills selling the same item at once both
 * succeed: a conflict on the stock row is detected ({@code @Version}) and the sale is retried, never shown
 * to the customer.
 */
public final class CheckoutService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);
    static final int MAX_ATTEMPTS = 100;
    /** A sale whose payment is approved tries hard to be stored: 100 attempts, short pauses (Transactor's loop). */
    private static final Transactor.Retry SALE_RETRY =
            new Transactor.Retry(MAX_ATTEMPTS, Transactor::isConflict, 2, 20);
    /** How long a clerk's age approval covers a self-checkout's sale: {@link AgeChecks#APPROVAL_VALID}. */
    public static final Duration AGE_APPROVAL_VALID = AgeChecks.APPROVAL_VALID;

    private final Transactor tx;
    private final Clock clock;
    private final PaymentsToResolve toResolve;
    private final AgeChecks ageChecks;
    /** The language products are named in on scans, quotes and receipts; null for their own (English) names. */
    private final Locale language;

    /**
     * @param toResolve where approved payments go whose sale could not be stored nor the payment reversed
     * @param ageChecks what a sale with age-restricted items asks before it takes payment
     */
    public CheckoutService(Transactor tx, Clock clock, PaymentsToResolve toResolve, AgeChecks ageChecks) {
        this(tx, clock, toResolve, ageChecks, null);
    }

    private CheckoutService(Transactor tx, Clock clock, PaymentsToResolve toResolve, AgeChecks ageChecks,
                            Locale language) {
        this.tx = tx;
        this.clock = clock;
        this.toResolve = Objects.requireNonNull(toResolve);
        this.ageChecks = Objects.requireNonNull(ageChecks);
        this.language = language;
    }

    /**
     * The same checkout for a customer reading {@code language}: scanned products, quotes and receipts name the
     * products in it (English where one has no translation). What is sold and stored does not change.
     */
    public CheckoutService in(Locale language) {
        return new CheckoutService(tx, clock, toResolve, ageChecks, language);
    }

    /**
     * What the cart costs at this terminal's store at today's prices, line by line, with VAT per rate: what
     * the customer sees before paying. Nothing is stored.
     */
    public Receipt quote(String terminalCode, List<CartLine> lines) {
        requireLines(lines);
        return tx.read(session -> {
            Terminal terminal = terminal(session, terminalCode);
            Sale draft = draft(session, terminal, 0, lines);
            return receipt(terminal, draft, null, names(session, draft));
        });
    }

    /**
     * What a scanned code is at this terminal's store: the product, priced, with the quantity a weight or
     * price label carries. One read; nothing is stored.
     */
    public ScanLookup lookUp(String terminalCode, ScannedCode code) {
        return tx.read(session -> {
            Store store = terminal(session, terminalCode).store();
            Product product = code instanceof ScannedCode.TradeItem t ? byGtin(session, t.gtin())
                    : session.createSelectionQuery("from Product p where p.scaleCode = :code", Product.class)
                            .setParameter("code", ((ScannedCode.VariableMeasure) code).itemCode())
                            .uniqueResult();
            if (product == null) {
                return new ScanLookup.Unknown(code.raw());
            }
            String name = ProductTexts.name(ProductTexts.names(tx, List.of(product.getId()), language),
                    product.getId(), product.name());
            Optional<Money> price = product.priceIn(store.currency());
            if (price.isEmpty()) {
                return new ScanLookup.NoPrice(name);
            }
            BigDecimal rate = vatRate(session, store, product.vatClass());
            Money unit = price.get();
            BigDecimal quantity = BigDecimal.ONE;
            Money labelTotal = null;
            if (code instanceof ScannedCode.VariableMeasure v) {
                if (v.measure() == VariableMeasureScheme.Measure.WEIGHT_GRAMS) {
                    if (!product.soldByWeight() || v.amount() == 0) {
                        return new ScanLookup.NeedsWeighing(name);
                    }
                    quantity = BigDecimal.valueOf(v.amount(), 3);
                } else {
                    labelTotal = new Money(BigDecimal.valueOf(v.amount(), 2), store.currency());
                    if (product.soldByWeight()) {
                        quantity = unit.isZero() ? BigDecimal.ONE : labelTotal.amount()
                                .divide(unit.amount(), 3, RoundingMode.HALF_UP).max(new BigDecimal("0.001"));
                    }
                }
            } else if (product.soldByWeight()) {
                // a loose item's own barcode says nothing of its weight
                return new ScanLookup.NeedsWeighing(name);
            }
            return new ScanLookup.Found(new BasketItem(product.getId(), product.gtin(), name, product.brand(), unit, rate,
                    product.soldByWeight(), product.minimumAge(), quantity, labelTotal));
        });
    }

    private static Product byGtin(Session session, String gtin) {
        return session.createSelectionQuery("from Product p where p.gtin = :gtin", Product.class)
                .setParameter("gtin", gtin)
                .uniqueResult();
    }

    /**
     * Asks the payment terminal for the total and, only when it approves, stores the sale. A declined,
     * cancelled or timed-out payment stores nothing and leaves stock as it was. An approved payment whose sale
     * cannot be stored (the database fails, not a race that a retry resolves) is reversed through the terminal;
     * when that fails too it goes on the counter's list of payments to resolve, and the result says which.
     */
    public CheckoutResult checkout(String terminalCode, List<CartLine> lines, PaymentTerminal payments) {
        return checkout(terminalCode, lines, Set.of(), payments);
    }

    /**
     * As {@link #checkout(String, List, PaymentTerminal)}, for a basket with age-restricted items: at a
     * self-service terminal (kiosk, self-checkout) they are sold only as {@link AgeChecks#verdict} allows: with a
     * clerk's approval for that age, one of {@code ageChecks} (the approved requests' ids). Checked before the
     * payment, so a refusal charges nothing. At a counter the clerk sees the customer, so no request is needed.
     *
     * @throws AgeCheckRequiredException when an approval is missing
     */
    public CheckoutResult checkout(String terminalCode, List<CartLine> lines, Set<Long> ageChecks,
                                   PaymentTerminal payments) {
        requireLines(lines);
        requireAgeChecks(terminalCode, lines, ageChecks);
        Priced priced = tx.read(session -> {
            Terminal terminal = terminal(session, terminalCode);
            return new Priced(draft(session, terminal, 0, lines).total(), terminal.store().getId());
        });
        PaymentTerminal.Outcome outcome = payments.pay(priced.total(), terminalCode + "-" + UUID.randomUUID());
        if (!outcome.approved()) {
            log.info("Payment {} at terminal {}; nothing stored", outcome.status(), terminalCode);
            return new CheckoutResult.NotPaid(outcome.status());
        }
        Instant approvedAt = clock.instant();
        try {
            return new CheckoutResult.Paid(tx.writeRetrying(session -> record(session, terminalCode, lines, outcome),
                    SALE_RETRY));
        } catch (RuntimeException e) {
            log.error("Sale at terminal {} failed after approved payment {}", terminalCode,
                    outcome.terminalReference(), e);
            PaymentsToResolve.Unrecorded settled = toResolve.settle(payments, terminalCode, priced.storeId(),
                    priced.total(), outcome.terminalReference(), approvedAt, null, e);
            return settled instanceof PaymentsToResolve.Unrecorded.Reversed r
                    ? new CheckoutResult.NotRecordedButReversed(r.amount(), r.terminalReference())
                    : new CheckoutResult.NotRecordedToResolve(
                            ((PaymentsToResolve.Unrecorded.ToResolve) settled).payment());
        }
    }

    private record Priced(Money total, long storeId) {
    }

    private void requireAgeChecks(String terminalCode, List<CartLine> lines, Set<Long> ageChecks) {
        AgeChecks.Verdict verdict = this.ageChecks.verdict(terminalCode,
                lines.stream().map(CartLine::productId).toList(), ageChecks);
        if (verdict instanceof AgeChecks.Verdict.Missing missing) {
            throw new AgeCheckRequiredException(terminalCode, missing.minimumAge());
        }
    }

    private Receipt record(Session session, String terminalCode, List<CartLine> lines,
                           PaymentTerminal.Outcome outcome) {
        Terminal terminal = terminal(session, terminalCode);
        Store store = terminal.store();
        ReceiptCounter counter = session.find(ReceiptCounter.class, terminal.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ReceiptCounter(terminal.getId(), lastReceipt(session, terminal));
            session.persist(counter);
        }
        Sale sale = draft(session, terminal, counter.next(), lines);
        for (CartLine line : lines) {
            Product product = product(session, line);
            if (!product.soldByWeight()) {
                sellFromStock(session, store, product, line.quantity().intValueExact());
            }
        }
        sale.pay(PaymentMethod.CARD, PaymentStatus.APPROVED, outcome.terminalReference());
        session.persist(sale);
        return receipt(terminal, sale, outcome.terminalReference(), names(session, sale));
    }

    /** The sale as it would be: lines priced and taxed for this terminal's store; not persisted. */
    private Sale draft(Session session, Terminal terminal, long receiptNumber, List<CartLine> lines) {
        Store store = terminal.store();
        Sale sale = new Sale(terminal, receiptNumber, clock.instant(), null);
        Map<VatClass, BigDecimal> rates = new HashMap<>();
        for (CartLine line : lines) {
            Product product = product(session, line);
            BigDecimal rate = rates.computeIfAbsent(product.vatClass(), vatClass -> vatRate(session, store, vatClass));
            sale.addLine(product, line.quantity(), price(session, product, store), rate,
                    line.labelTotal() == null ? null : new Money(line.labelTotal(), store.currency()));
        }
        return sale;
    }

    private static void sellFromStock(Session session, Store store, Product product, int count) {
        StockLevel level = session.createSelectionQuery(
                        "from StockLevel s where s.store = :store and s.product = :product", StockLevel.class)
                .setParameter("store", store)
                .setParameter("product", product)
                .uniqueResult();
        if (level == null) {
            log.warn("Sold {} x {} at {}, which the system thinks the store does not carry", count, product.gtin(),
                    store.code());
            return;
        }
        int shortfall = level.sell(count);
        if (shortfall > 0) {
            log.warn("Sold {} more of {} at {} than the system had in stock", shortfall, product.gtin(), store.code());
        }
    }

    /** The sale's products' names in this checkout's language (only those translated). */
    private Map<Long, String> names(Session session, Sale sale) {
        return ProductTexts.names(tx, sale.lines().stream().map(l -> l.product().getId()).toList(), language);
    }

    private static Receipt receipt(Terminal terminal, Sale sale, String reference, Map<Long, String> names) {
        List<Receipt.Line> lines = new ArrayList<>();
        Map<BigDecimal, Money> grossByRate = new TreeMap<>();
        for (SaleLine line : sale.lines()) {
            lines.add(new Receipt.Line(ProductTexts.name(names, line.product().getId(), line.product().name()),
                    line.product().brand(), line.quantity(), line.unitPrice(), line.lineTotal(), line.vatRate()));
            grossByRate.merge(line.vatRate(), line.lineTotal(), Money::plus);
        }
        List<Receipt.VatLine> vat = Receipt.vatLines(grossByRate);
        return new Receipt(terminal.code(), sale.receiptNumber(), sale.createdAt(), lines, sale.total(), vat,
                reference);
    }

    private static Terminal terminal(Session session, String code) {
        return session.createSelectionQuery("from Terminal t join fetch t.store where t.code = :code", Terminal.class)
                .setParameter("code", code)
                .uniqueResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("Unknown terminal " + code));
    }

    private static Product product(Session session, CartLine line) {
        Product product = session.find(Product.class, line.productId());
        if (product == null) {
            throw new IllegalArgumentException("Unknown product " + line.productId());
        }
        if (!product.soldByWeight() && line.quantity().stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(product.gtin() + " is sold by the piece, not " + line.quantity());
        }
        return product;
    }

    private static Money price(Session session, Product product, Store store) {
        return product.priceIn(store.currency()).orElseThrow(() ->
                new IllegalArgumentException(product.gtin() + " has no price in " + store.currency()));
    }

    private static BigDecimal vatRate(Session session, Store store, VatClass vatClass) {
        return session.createSelectionQuery(
                        "from VatRate v where v.countryCode = :country and v.vatClass = :vatClass", VatRate.class)
                .setParameter("country", store.countryCode())
                .setParameter("vatClass", vatClass)
                .uniqueResultOptional()
                .map(VatRate::rate)
                .orElseThrow(() -> new IllegalStateException("No " + vatClass + " VAT rate for " + store.countryCode()));
    }

    private static long lastReceipt(Session session, Terminal terminal) {
        Long last = session.createSelectionQuery(
                        "select max(s.receiptNumber) from Sale s where s.terminal = :terminal", Long.class)
                .setParameter("terminal", terminal)
                .uniqueResult();
        return last == null ? 0 : last;
    }

    private static void requireLines(List<CartLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("The cart is empty");
        }
    }

    /** Lost races that a retry resolves: stock version conflicts, lock waits, two first sales on a new till. */
    /** Whether this failure is another transaction having changed or locked the same rows first. */
    public static boolean isConflict(Throwable e) {
        return Transactor.isConflict(e);
    }
}
