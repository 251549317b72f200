package nl.connectedstore.orders;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.connectedstore.assistance.AgeChecks;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.orders.OrderTransitionException.Refusal;
import nl.connectedstore.persistence.Identified;
import nl.connectedstore.store.Store;

/**
 * An order placed at a kiosk. Its status changes only through {@link #moveTo}, which enforces the
 * transitions of {@link OrderStatus} and what each needs, and records every change as an {@link OrderEvent}
 * with its time. Table name {@code customer_order}: {@code order} is a reserved word.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends Identified {

    /** The order event a clerk's ID check writes. */
    static final String AGE_CHECKED = "AGE_CHECKED";

    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @Column(name = "terminal_code", nullable = false, length = 32)
    private String terminalCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Fulfilment fulfilment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pickup_store_id")
    private Store pickupStore;

    /** Who placed it, when they showed their loyalty card first; null for a guest or after erasure. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /** The delivery address's country (the books need it); name and address live in {@link OrderDelivery}. */
    @Column(name = "delivery_country", length = 2)
    private String deliveryCountry;

    /** The address typed when this order was placed, for that unit of work's answer; never read back from here. */
    @jakarta.persistence.Transient
    private Address placedTo;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_choice", nullable = false, length = 16)
    private PaymentChoice paymentChoice;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "payment_reference", length = 64)
    private String paymentReference;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "hold_until", nullable = false)
    private Instant holdUntil;

    /** The language the customer ordered in: notices are written in it. */
    @Column(nullable = false, length = 8)
    private String language;

    @Column(length = 400)
    private String notice;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedAt, id")
    private List<OrderEvent> events = new ArrayList<>();

    protected CustomerOrder() {
    }

    CustomerOrder(String code, Store store, String terminalCode, Store pickupStore, Address address,
                  PaymentChoice paymentChoice, String language, Instant placedAt, Instant holdUntil) {
        if ((pickupStore == null) == (address == null)) {
            throw new IllegalArgumentException("An order is either picked up at a store or delivered to an address");
        }
        this.code = code;
        this.store = store;
        this.terminalCode = terminalCode;
        this.fulfilment = pickupStore != null ? Fulfilment.PICK_UP : Fulfilment.DELIVERY;
        this.pickupStore = pickupStore;
        if (address != null) {
            this.placedTo = address;
            this.deliveryCountry = address.countryCode();
        }
        this.currencyCode = store.currency().getCurrencyCode();
        this.total = BigDecimal.ZERO;
        this.status = OrderStatus.PLACED;
        this.paymentChoice = paymentChoice;
        this.language = language;
        this.placedAt = placedAt;
        this.holdUntil = holdUntil;
        events.add(new OrderEvent(this, OrderStatus.PLACED.name(), placedAt, terminalCode));
    }

    void placedBy(Customer customer) {
        this.customer = customer;
    }

    /** The delivery name and address to store with this order when it is placed (null for a pick-up). */
    OrderDelivery delivery() {
        return placedTo == null ? null : new OrderDelivery(getId(), placedTo);
    }

    void addLine(OrderLine line) {
        lines.add(line);
        total = total.add(line.lineTotal());
    }

    /**
     * Moves the order on. Refuses, with the reason, any move {@link OrderStatus#next()} does not list, READY for
     * a delivery, SHIPPED for a pick-up, SHIPPED or PICKED_UP before payment, EXPIRED once paid.
     */
    void moveTo(OrderStatus to, Instant at, String by) {
        if (!status.next().contains(to)) {
            throw new OrderTransitionException(code, status, to,
                    status.finished() ? Refusal.FINISHED : Refusal.NOT_NEXT);
        }
        if (to == OrderStatus.READY && fulfilment != Fulfilment.PICK_UP) {
            throw new OrderTransitionException(code, status, to, Refusal.DELIVERED_HOME);
        }
        if (to == OrderStatus.SHIPPED && fulfilment != Fulfilment.DELIVERY) {
            throw new OrderTransitionException(code, status, to, Refusal.PICKED_UP_IN_STORE);
        }
        if ((to == OrderStatus.SHIPPED || to == OrderStatus.PICKED_UP) && !paid()) {
            throw new OrderTransitionException(code, status, to, Refusal.NOT_PAID);
        }
        if (to == OrderStatus.PICKED_UP && !AgeChecks.mayHandOver(minimumAge(), ageCheckedYet())) {
            throw new OrderTransitionException(code, status, to, Refusal.AGE_NOT_CHECKED,
                    minimumAge());
        }
        if (to == OrderStatus.EXPIRED && paid()) {
            throw new OrderTransitionException(code, status, to, Refusal.PAID);
        }
        status = to;
        events.add(new OrderEvent(this, to.name(), at, by));
    }

    /** The age the customer must have for every item: the highest minimum age of its products (0: none). */
    int minimumAge() {
        return AgeChecks.limitOf(lines.stream().mapToInt(l -> l.product().minimumAge()));
    }

    /** Whether a clerk has checked the customer's ID for this order's {@link #minimumAge()}. */
    boolean ageCheckedYet() {
        return events.stream().anyMatch(e -> AGE_CHECKED.equals(e.kind()));
    }

    /** A clerk saw the customer's ID: recorded once, for an open order that needs it. */
    void ageChecked(Instant at, String by) {
        if (!AgeChecks.needsCheck(minimumAge())) {
            throw new OrderTransitionException(code, status, null, Refusal.NO_AGE_LIMIT);
        }
        if (!status.open()) {
            throw new OrderTransitionException(code, status, null, status.finished()
                    ? Refusal.FINISHED : Refusal.NOT_NEXT);
        }
        if (!ageCheckedYet()) {
            events.add(new OrderEvent(this, AGE_CHECKED, at, by));
        }
    }

    /** Records a payment; only an open, unpaid order can be paid. */
    void paid(String reference, Instant at, String by) {
        if (paid()) {
            throw new OrderTransitionException(code, status, null, Refusal.PAID_ALREADY);
        }
        if (!status.open()) {
            throw new OrderTransitionException(code, status, null, Refusal.NOT_NEXT);
        }
        paidAt = at;
        paymentReference = reference;
        events.add(new OrderEvent(this, "PAID", at, by));
    }

    /** A payment attempt the card terminal did not approve: noted, nothing else changes. */
    void paymentFailed(String outcome, Instant at, String by) {
        events.add(new OrderEvent(this, "PAYMENT_" + outcome, at, by));
    }

    void notice(String text) {
        this.notice = text;
    }

    public boolean paid() {
        return paidAt != null;
    }

    public String code() {
        return code;
    }

    public OrderStatus status() {
        return status;
    }

    public Fulfilment fulfilment() {
        return fulfilment;
    }

    Store store() {
        return store;
    }

    Store pickupStore() {
        return pickupStore;
    }

    /** The address typed when this order was placed, in that unit of work only; otherwise null. */
    Address placedTo() {
        return placedTo;
    }

    String deliveryCountry() {
        return deliveryCountry;
    }

    String currencyCode() {
        return currencyCode;
    }

    BigDecimal total() {
        return total;
    }

    PaymentChoice paymentChoice() {
        return paymentChoice;
    }

    Instant placedAt() {
        return placedAt;
    }

    Instant holdUntil() {
        return holdUntil;
    }

    String language() {
        return language;
    }

    String notice() {
        return notice;
    }

    List<OrderLine> lines() {
        return lines;
    }

    List<OrderEvent> events() {
        return events;
    }
}
