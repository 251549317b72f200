package nl.connectedstore.orders;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.connectedstore.assistance.AgeChecks;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ProductTexts;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.inventory.LocationNames;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.inventory.ReservationStatus;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;
import nl.connectedstore.store.StoreService;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders from the kiosk's webshop: planning where each item comes from, placing (which reserves every unit at
 * its source in the same transaction, or nothing), paying, preparing, handing over, and letting unpaid orders
 * expire so their units go back on the shelf.
 */
public final class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    public static final Duration DEFAULT_HOLD = Duration.ofHours(48);
    /** Working days from a source to the customer: from the pick-up store itself none. */
    static final int FROM_WAREHOUSE_DAYS = 2;
    static final int FROM_OTHER_STORE_DAYS = 3;
    public static final int MAX_QUANTITY = 99;
    /** How long a delivery name and address are kept after the order ended (README, Privacy). */
    public static final Duration ADDRESS_KEPT = Duration.ofDays(30);

    /** One basket line: a product and how many. */
    public record Wanted(long productId, int quantity) {
        public Wanted {
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                throw new IllegalArgumentException("Quantity must be 1.." + MAX_QUANTITY + ", was " + quantity);
            }
        }
    }

    private final Transactor tx;
    private final Clock clock;
    private final Duration hold;
    private final CatalogService catalog;
    private final CustomerService customers;
    private final StoreService stores;
    private final ReservationService reservations;
    private final PaymentsToResolve toResolve;

    /**
     * @param hold      how long an unpaid order's units are held before the expiry job releases them
     * @param toResolve where approved payments go that could be neither stored on the order nor reversed
     * @param catalog   the catalogue of the same database (products and prices of the lines)
     * @param customers the customers of the same database (who placed an order with their card)
     * @param stores    the stores of the same database (the clerk's sign-in behind a change)
     * @param reservations the reservations of the same database (an order's units held, and let go)
     */
    public OrderService(Transactor tx, Clock clock, Duration hold, PaymentsToResolve toResolve,
                        CatalogService catalog, CustomerService customers, StoreService stores,
                        ReservationService reservations) {
        this.toResolve = Objects.requireNonNull(toResolve);
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("The hold must be positive, was " + hold);
        }
        this.tx = tx;
        this.clock = clock;
        this.hold = hold;
        this.catalog = Objects.requireNonNull(catalog);
        this.customers = Objects.requireNonNull(customers);
        this.stores = Objects.requireNonNull(stores);
        this.reservations = Objects.requireNonNull(reservations);
    }

    public Duration hold() {
        return hold;
    }

    /** Working days until a line from {@code source} reaches the customer. */
    public static int readyInDays(Destination destination, long sourceStoreId, StoreKind sourceKind) {
        return readyInDays(destination.pickupStoreId() != null && destination.pickupStoreId() == sourceStoreId,
                sourceKind);
    }

    /** Working days from a location: none from the pick-up store's own shelf, 2 from the warehouse, 3 from a store. */
    public static int readyInDays(boolean fromThePickupStore, StoreKind sourceKind) {
        if (fromThePickupStore) {
            return 0;
        }
        return sourceKind == StoreKind.WAREHOUSE ? FROM_WAREHOUSE_DAYS : FROM_OTHER_STORE_DAYS;
    }

    /** Stores an order placed at {@code store} can be picked up at: the chain's stores in the same currency. */
    public List<StoreInfo> pickupStores(StoreInfo store, List<StoreInfo> chain) {
        return chain.stream().filter(s -> s.kind() == StoreKind.STORE && s.currency().equals(store.currency()))
                .sorted(Comparator.comparing((StoreInfo s) -> s.id() != store.id()).thenComparing(StoreInfo::name))
                .toList();
    }

    /** Where each wanted product would come from now and when it could be ready; reserves nothing. */
    public OrderPlan plan(StoreInfo store, List<Wanted> basket, Destination destination) {
        return plan(store, basket, destination, null);
    }

    /**
     * As {@link #plan(StoreInfo, List, Destination)}, for a customer reading {@code language}: products and locations
     * ("Central warehouse") named in it where they have a translation. Null for English.
     */
    public OrderPlan plan(StoreInfo store, List<Wanted> basket, Destination destination, Locale language) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (Wanted w : basket) {
            quantities.merge(w.productId(), w.quantity(), Integer::sum);
        }
        List<ProductCard> cards = catalog.cards(store, List.copyOf(quantities.keySet()), language);
        record Level(long storeId, String name, StoreKind kind, int quantity) {
        }
        Map<Long, List<Level>> levels = tx.read(session -> {
            Map<Long, List<Level>> byProduct = new HashMap<>();
            if (quantities.isEmpty()) {
                return byProduct;
            }
            Map<Long, String> locations = LocationNames.in(tx, language);
            for (Object[] row : session.createSelectionQuery("select s.product.id, s.store.id, s.store.name,"
                            + " s.store.kind, s.quantity from StockLevel s where s.product.id in :ids and s.quantity > 0",
                            Object[].class)
                    .setParameter("ids", quantities.keySet())
                    .getResultList()) {
                byProduct.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Level((Long) row[1], locations.getOrDefault((Long) row[1], (String) row[2]),
                                (StoreKind) row[3], (Integer) row[4]));
            }
            return byProduct;
        });
        List<OrderPlan.Line> lines = new ArrayList<>();
        List<OrderPlan.Line> unavailable = new ArrayList<>();
        Money total = Money.zero(store.currency());
        int days = 0;
        for (ProductCard card : cards) {
            int wanted = quantities.get(card.id());
            List<Level> there = levels.getOrDefault(card.id(), List.of());
            Optional<Level> best = there.stream().filter(l -> l.quantity() >= wanted)
                    .min(Comparator.comparingInt((Level l) -> readyInDays(destination, l.storeId(), l.kind()))
                            .thenComparing(Comparator.comparingInt(Level::quantity).reversed()));
            // an age limit is checked by staff against ID at hand-over: such items are picked up, never delivered
            boolean ageAtTheDoor = destination.address() != null && !AgeChecks.mayBeDelivered(card.minimumAge());
            if (best.isEmpty() || card.price() == null || card.soldByWeight() || ageAtTheDoor) {
                int most = there.stream().mapToInt(Level::quantity).max().orElse(0);
                unavailable.add(new OrderPlan.Line(card.id(), card.name(), wanted,
                        card.price() == null ? Money.zero(store.currency()) : card.price(), 0, null, null, -1, most,
                        card.minimumAge()));
                continue;
            }
            Level source = best.get();
            int ready = readyInDays(destination, source.storeId(), source.kind());
            OrderPlan.Line line = new OrderPlan.Line(card.id(), card.name(), wanted, card.price(), source.storeId(),
                    source.name(), source.kind(), ready, source.quantity(), card.minimumAge());
            lines.add(line);
            total = total.plus(line.lineTotal());
            days = Math.max(days, ready);
        }
        return new OrderPlan(destination, lines, unavailable, total, days);
    }

    /**
     * Places the order: every line's units are taken off its source and held, in one transaction, or nothing is.
     *
     * @param language the customer's language: notices are written in it
     * @throws InvalidAddressException when a delivery address is incomplete
     * @throws SoldOutException        when a source no longer has enough (plan again)
     */
    public OrderView place(StoreInfo store, String terminalCode, OrderPlan plan, PaymentChoice choice,
                           Locale language) {
        return place(store, terminalCode, plan, choice, language, null);
    }

    /**
     * As {@link #place(StoreInfo, String, OrderPlan, PaymentChoice, Locale)}, for a customer who showed their
     * loyalty card at this kiosk: the order carries them (the portal shows it, the export holds it, erasure
     * clears it). An unknown or blocked card places the order as a guest's.
     *
     * @param cardScanned what the kiosk read from the card (its QR text or number), or null for a guest
     */
    public OrderView place(StoreInfo store, String terminalCode, OrderPlan plan, PaymentChoice choice,
                           Locale language, String cardScanned) {
        Destination destination = plan.destination();
        Address address = destination.address();
        if (address != null && !address.valid()) {
            throw new InvalidAddressException(address.problems());
        }
        if (!plan.orderable()) {
            throw new IllegalArgumentException(plan.lines().isEmpty() ? "The basket is empty"
                    : "Not every product can be ordered: " + plan.unavailable().stream()
                    .map(OrderPlan.Line::name).toList());
        }
        Address delivered = address == null ? null : address.normalised();
        String shownCard = cardScanned == null ? null : CustomerService.cardNumberIn(cardScanned);
        // the kiosk reads a customer only as the holder of the card it was shown (CardViews)
        Transactor placing = shownCard == null ? tx : tx.asHolderOf(shownCard);
        return placing.writeRetrying(session -> {
            Instant now = clock.instant();
            Store placedAt = session.getReference(Store.class, store.id());
            Store pickup = destination.pickupStoreId() == null ? null
                    : session.find(Store.class, destination.pickupStoreId());
            if (pickup != null && (pickup.kind() != StoreKind.STORE || !pickup.currency().equals(store.currency()))) {
                throw new IllegalArgumentException(pickup.name() + " cannot hand over orders placed at " + store.name());
            }
            CustomerOrder order = new CustomerOrder(OrderCode.generate(), session.find(Store.class, store.id()),
                    terminalCode, pickup, delivered, choice, language.getLanguage(), now, now.plus(hold));
            int lineNo = 0;
            for (OrderPlan.Line line : plan.lines()) {
                order.addLine(new OrderLine(order, ++lineNo, session.getReference(Product.class, line.productId()),
                        line.quantity(), line.unitPrice().amount(), session.getReference(Store.class,
                        line.sourceStoreId()), line.readyInDays()));
            }
            String cardNumber = cardScanned == null ? null : CustomerService.cardNumberIn(cardScanned);
            if (cardNumber != null) {
                // joins this unit of work, which reads as the card's holder
                customers.asHolderOf(cardNumber).holderOf(cardNumber)
                        .filter(holder -> holder.card().status() == CardStatus.ACTIVE)
                        .ifPresent(holder -> order.placedBy(session.getReference(Customer.class,
                                holder.card().customerId())));
            }
            if (delivered != null && !AgeChecks.mayBeDelivered(order.minimumAge())) {
                throw new IllegalArgumentException("Items with an age limit are picked up in a store, where staff"
                        + " check ID; they are not delivered");
            }
            session.persist(order);
            OrderDelivery delivery = order.delivery();
            if (delivery != null) {
                session.persist(delivery); // the kiosk's only write of an address: it never reads it back
            }
            // stock rows are locked in one order (product, then source) so two orders never wait on each other
            List<OrderPlan.Line> byRow = plan.lines().stream().sorted(Comparator.comparingLong(OrderPlan.Line::productId)
                    .thenComparingLong(OrderPlan.Line::sourceStoreId)).toList();
            // joins this unit of work (as the card's holder when one was shown)
            ReservationService holding = shownCard == null ? reservations : reservations.asHolderOf(shownCard);
            for (OrderPlan.Line line : byRow) {
                long pickupOrSource = pickup != null ? pickup.getId() : line.sourceStoreId();
                int left = holding.holdForOrder(line.productId(), line.sourceStoreId(),
                        pickupOrSource, line.quantity(), order.getId(), now, order.holdUntil());
                if (left >= 0) {
                    throw new SoldOutException(line.productId(), line.name(), line.sourceName(), line.quantity(), left);
                }
            }
            order.notice(notice(order));
            session.flush();
            log.info("Order {} placed at {} ({} lines, {} {})", order.code(), terminalCode, plan.lines().size(),
                    order.total(), order.currencyCode());
            return view(session, order, language);
        });
    }

    /**
     * Charges the order's total at {@code payments} and records the answer on the order. An order paid already is
     * not charged again. When the terminal approves but the payment cannot be stored (the database fails, or the
     * order was paid, cancelled or expired meanwhile), the charge is reversed through the terminal, or, when that
     * fails too, put on the counter's list of payments to resolve; the result says which.
     *
     * @param terminalCode the terminal that charged (kiosk or counter)
     * @param by           who took the payment, for the order's history (terminal code or staff name)
     */
    public OrderPayment pay(String code, PaymentTerminal payments, String terminalCode, String by) {
        record Due(OrderView order, long storeId) {
        }
        Due due = tx.read(session -> {
            CustomerOrder order = byCode(session, code)
                    .orElseThrow(() -> new IllegalArgumentException("No order " + OrderCode.display(code)));
            return new Due(view(session, order), order.store().getId());
        });
        if (due.order().paid()) {
            return new OrderPayment.Paid(due.order());
        }
        PaymentTerminal.Outcome outcome = payments.pay(due.order().total(), code);
        if (!outcome.approved()) {
            return new OrderPayment.NotPaid(paid(code, outcome, by), outcome.status());
        }
        Instant approvedAt = clock.instant();
        try {
            return new OrderPayment.Paid(paid(code, outcome, by));
        } catch (RuntimeException e) {
            log.error("Order {} could not be marked paid after approved payment {} at {}", code,
                    outcome.terminalReference(), terminalCode, e);
            PaymentsToResolve.Unrecorded settled = toResolve.settle(payments, terminalCode, due.storeId(),
                    due.order().total(), outcome.terminalReference(), approvedAt, code, e);
            OrderView now = stillReadable(code, due.order());
            return settled instanceof PaymentsToResolve.Unrecorded.Reversed r
                    ? new OrderPayment.NotRecordedButReversed(now, r.amount(), r.terminalReference())
                    : new OrderPayment.NotRecordedToResolve(now,
                            ((PaymentsToResolve.Unrecorded.ToResolve) settled).payment());
        }
    }

    /** The order as it stands now, or as it was when the database cannot be read either. */
    private OrderView stillReadable(String code, OrderView before) {
        try {
            return tx.read(session -> byCode(session, code).map(o -> view(session, o))).orElse(before);
        } catch (RuntimeException e) {
            return before;
        }
    }

    /** Records what the card terminal answered for this order: approved marks it paid, anything else is noted. */
    public OrderView paid(String code, PaymentTerminal.Outcome outcome, String by) {
        return change(code, (session, order) -> {
            if (outcome.approved()) {
                order.paid(outcome.terminalReference(), clock.instant(), by);
            } else {
                order.paymentFailed(outcome.status().name(), clock.instant(), by);
            }
        });
    }

    /**
     * The counter has put the order together: it is ready for pick-up, and the customer is told. Like every staff
     * action on an order, it names a signed-in clerk of the pick-up store, checked in the transaction that stores
     * it; the history records the clerk's name from the sign-in, never from the caller.
     *
     * @throws nl.connectedstore.store.StaffSessionEndedException when the sign-in has ended, expired, never existed
     *         or is of another store
     */
    public OrderView markReady(String code, StaffSession staff) {
        return change(code, (session, order) -> {
            order.moveTo(OrderStatus.READY, clock.instant(), clerk(session, staff, order));
            order.notice(notice(order));
        });
    }

    /**
     * A clerk has seen the customer's ID and they are old enough for every item of the order (the order's {@link
     * OrderView#minimumAge()}): recorded with the clerk's name from the sign-in. An order with such items cannot be
     * handed over before this.
     */
    public OrderView confirmAge(String code, StaffSession staff) {
        return change(code, (session, order) -> order.ageChecked(clock.instant(), clerk(session, staff, order)));
    }

    /** Handed to the customer: the held units have left for good. The order must be paid (and ages checked). */
    public OrderView handOver(String code, StaffSession staff) {
        return change(code, (session, order) -> {
            order.moveTo(OrderStatus.PICKED_UP, clock.instant(), clerk(session, staff, order));
            reservations.endForOrder(order.getId(), ReservationStatus.PICKED_UP);
            order.notice(notice(order));
        });
    }

    /** A paid delivery leaves its source. */
    public OrderView ship(String code, String by) {
        return change(code, (session, order) -> {
            order.moveTo(OrderStatus.SHIPPED, clock.instant(), by);
            reservations.endForOrder(order.getId(), ReservationStatus.PICKED_UP);
            order.notice(notice(order));
        });
    }

    public OrderView delivered(String code, String by) {
        return change(code, (session, order) -> {
            order.moveTo(OrderStatus.DELIVERED, clock.instant(), by);
            order.notice(notice(order));
        });
    }

    /** Cancelled by the customer or the store: the held units go back on the shelf. */
    public OrderView cancel(String code, StaffSession staff) {
        return change(code, (session, order) -> {
            order.moveTo(OrderStatus.CANCELLED, clock.instant(), clerk(session, staff, order));
            reservations.endForOrder(order.getId(), ReservationStatus.CANCELLED);
            order.notice(notice(order));
        });
    }

    /**
     * The job: every open order still unpaid when its hold ran out expires, and its units go back on the shelf.
     * Safe to run on several machines at once (an order paid or expired meanwhile is left alone). Returns how
     * many expired.
     */
    public int expireUnpaid() {
        List<String> due = tx.read(session -> session.createSelectionQuery("select o.code from CustomerOrder o"
                        + " where o.status in (:open) and o.paidAt is null and o.holdUntil < :now", String.class)
                .setParameter("open", List.of(OrderStatus.PLACED, OrderStatus.READY))
                .setParameter("now", clock.instant())
                .getResultList());
        int expired = 0;
        for (String code : due) {
            try {
                change(code, (session, order) -> {
                    order.moveTo(OrderStatus.EXPIRED, clock.instant(), "expiry job");
                    reservations.endForOrder(order.getId(), ReservationStatus.EXPIRED);
                    order.notice(notice(order));
                });
                expired++;
            } catch (OrderTransitionException meanwhile) {
                log.info("Order {} changed meanwhile: {}", code, meanwhile.getMessage());
            }
        }
        if (expired > 0) {
            log.info("{} unpaid orders expired; their units are back on the shelf", expired);
        }
        return expired;
    }

    /**
     * Removes the delivery name and address from orders that ended more than {@link #ADDRESS_KEPT} ago
     * (delivered, cancelled or expired), a guest's or a customer's alike: long enough to answer a question about
     * the delivery, no longer. Run by the counter's hold job; the database's freed pages are rewritten afterwards.
     *
     * @return how many orders lost their address
     */
    public int forgetDeliveryAddresses() {
        Instant before = clock.instant().minus(ADDRESS_KEPT);
        int forgotten = tx.write(session -> session.createMutationQuery("delete from OrderDelivery d where d.orderId in"
                        + " (select o.id from CustomerOrder o where o.fulfilment = :delivery and o.status in (:ended)"
                        + " and not exists (select e from OrderEvent e where e.order = o and e.happenedAt >= :before))")
                .setParameter("delivery", Fulfilment.DELIVERY)
                .setParameter("ended", OrderStatus.ENDED)
                .setParameter("before", before)
                .executeUpdate());
        if (forgotten > 0) {
            log.info("{} ended orders lost their delivery address after {} days", forgotten, ADDRESS_KEPT.toDays());
            tx.rewriteFreedPages(List.of("order_delivery"));
        }
        return forgotten;
    }

    /** The order a scanned QR code or typed code names, if there is one. */
    public Optional<OrderView> find(String scannedOrTyped) {
        return find(scannedOrTyped, null);
    }

    /** As {@link #find(String)}, its lines' products and sources named in {@code language} (null: English). */
    public Optional<OrderView> find(String scannedOrTyped, Locale language) {
        return OrderCode.parse(scannedOrTyped).flatMap(code -> tx.read(session -> byCode(session, code)
                .map(o -> view(session, o, language))));
    }

    /**
     * The orders to hand over at this store: open ones (to prepare, ready) and those finished since
     * {@code since} (picked up today), oldest first.
     */
    public List<OrderView> forPickupAt(long storeId, Instant since) {
        return forPickupAt(storeId, since, null);
    }

    /** As {@link #forPickupAt(long, Instant)}, lines named in {@code language} (the clerk's; null: English). */
    public List<OrderView> forPickupAt(long storeId, Instant since, Locale language) {
        return tx.read(session -> session.createSelectionQuery("select distinct o from CustomerOrder o"
                        + " left join fetch o.lines l left join fetch l.source"
                        + " where o.pickupStore.id = :store and (o.status in (:open) or o.placedAt >= :window)"
                        + " order by o.placedAt", CustomerOrder.class)
                .setParameter("store", storeId)
                .setParameter("open", List.of(OrderStatus.PLACED, OrderStatus.READY))
                .setParameter("window", since.minus(Duration.ofDays(30)))
                .getResultList().stream()
                .filter(o -> o.status().open() || o.events().get(o.events().size() - 1).happenedAt().isAfter(since))
                .map(o -> view(session, o, language))
                .toList());
    }

    /** The name of the signed-in clerk acting on this order, checked against the order's pick-up store. */
    private String clerk(Session session, StaffSession staff, CustomerOrder order) {
        Store where = order.pickupStore() != null ? order.pickupStore() : order.store();
        return stores.signedIn(staff, where.getId(), clock.instant()).name(); // joins the change's unit of work
    }

    private interface Change {
        void apply(Session session, CustomerOrder order);
    }

    private OrderView change(String code, Change change) {
        return retrying(session -> {
            CustomerOrder order = byCode(session, code)
                    .orElseThrow(() -> new IllegalArgumentException("No order " + OrderCode.display(code)));
            change.apply(session, order);
            session.flush();
            return view(session, order);
        });
    }

    private <T> T retrying(Function<Session, T> work) {
        return tx.writeRetrying(work);
    }

    private static Optional<CustomerOrder> byCode(Session session, String code) {
        return session.createSelectionQuery("from CustomerOrder o where o.code = :code", CustomerOrder.class)
                .setParameter("code", code)
                .uniqueResultOptional();
    }

    private String notice(CustomerOrder order) {
        Locale locale = Locale.forLanguageTag(order.language());
        ResourceBundle bundle = ResourceBundle.getBundle("orders.notices", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = order.status() == OrderStatus.PLACED ? "PLACED." + order.fulfilment() : order.status().name();
        if (AgeChecks.needsCheck(order.minimumAge())
                && (order.status() == OrderStatus.PLACED || order.status() == OrderStatus.READY)) {
            key += ".AGE"; // bring ID
        }
        // a delivery's notice names no place: the order row is readable by every kiosk, the address is not
        String where = order.fulfilment() == Fulfilment.PICK_UP ? order.pickupStore().name() : "";
        // the date as the screens write it (ui-common's Messages.dateTime): the language with the store's country, so
        // English reads "1 Dec 2026, 10:58" beside the counter's own dates, not the American "Dec 1, 2026, 10:58 AM"
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(new Locale(locale.getLanguage(), order.store().countryCode()))
                .format(order.holdUntil().atZone(clock.getZone()));
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {
                OrderCode.display(order.code()), where, until, order.minimumAge()});
    }

    private OrderView view(Session session, CustomerOrder order) {
        return view(session, order, null);
    }

    /** The order with its lines' products and sources named in {@code language} (null: as stored, English). */
    private OrderView view(Session session, CustomerOrder order, Locale language) {
        Map<Long, String> products = ProductTexts.names(tx,
                order.lines().stream().map(l -> l.product().getId()).toList(), language);
        Map<Long, String> locations = LocationNames.in(tx, language);
        Address address = order.placedTo();
        if (address == null && order.fulfilment() == Fulfilment.DELIVERY) {
            // a kiosk reads it only for the holder of the card it was shown (CardViews): for others it is absent
            OrderDelivery delivery = session.find(OrderDelivery.class, order.getId());
            address = delivery == null ? null : delivery.address(order.deliveryCountry());
        }
        Store pickup = order.pickupStore();
        Currency currency = Currency.getInstance(order.currencyCode());
        List<OrderView.Line> lines = order.lines().stream()
                .map(l -> new OrderView.Line(l.product().getId(),
                        ProductTexts.name(products, l.product().getId(), l.productName()), l.quantity(),
                        new Money(l.unitPrice(), currency), locations.getOrDefault(l.source().getId(), l.source().name()),
                        l.readyInDays()))
                .toList();
        List<OrderView.Event> events = order.events().stream()
                .map(e -> new OrderView.Event(e.kind(), e.happenedAt(), e.doneBy())).toList();
        return new OrderView(order.getId(), order.code(), order.status(), order.fulfilment(), order.store().name(),
                pickup == null ? null : pickup.code(), pickup == null ? null : pickup.name(), address,
                order.paymentChoice(), order.paid(), new Money(order.total(), currency), order.placedAt(),
                order.holdUntil(), lines.stream().mapToInt(OrderView.Line::readyInDays).max().orElse(0),
                order.notice(), lines, events, order.minimumAge(), order.ageCheckedYet());
    }
}
