package nl.connectedstore.clienteling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.connectedstore.consent.ConsentHistory;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Arrivals: a loyalty card scanned anywhere in a store (kiosk, self-checkout, the counter's door camera)
 * tells the store's counters who came in, but only when the customer allows {@link Purpose#RECOGNITION} at
 * that moment; without it nothing is written at all. The counters read the recent arrivals with one indexed
 * query per poll that brings each customer's recognition consent along, so consent is checked again when the
 * card is shown: a withdrawal between the scan and the counter's next poll means no card.
 */
public final class ArrivalService {

    private static final Logger log = LoggerFactory.getLogger(ArrivalService.class);

    private final Transactor tx;
    private final CustomerService customers;
    private final ConsentService consents;
    private final Clock clock;

    public ArrivalService(Transactor tx, CustomerService customers, ConsentService consents, Clock clock) {
        this.tx = tx;
        this.customers = customers;
        this.consents = consents;
        this.clock = clock;
    }

    /** A card was scanned at {@code terminalCode} in store {@code storeId}. */
    public CheckIn checkIn(String scanned, long storeId, String terminalCode) {
        String number = CustomerService.cardNumberIn(scanned);
        if (number == null) {
            return new CheckIn(CheckIn.Outcome.UNKNOWN_CARD, "", null);
        }
        Instant now = clock.instant();
        // the kiosk reads a customer only as the holder of the card it was shown (CardViews)
        CheckIn result = tx.asHolderOf(number).write(session -> {
            // the card and the consent are read in this unit of work: both join it, as the same card's holder
            Optional<CustomerService.Holder> found = customers.asHolderOf(number).holderOf(number);
            if (found.isEmpty()) {
                return new CheckIn(CheckIn.Outcome.UNKNOWN_CARD, "", null);
            }
            CustomerService.Holder holder = found.get();
            if (holder.card().status() != CardStatus.ACTIVE) {
                return new CheckIn(CheckIn.Outcome.BLOCKED_CARD, "", null);
            }
            long customerId = holder.card().customerId();
            if (!consents.asHolderOf(number).allows(customerId, Purpose.RECOGNITION, now)) {
                return new CheckIn(CheckIn.Outcome.NOT_ANNOUNCED, holder.firstName(), holder.preferredLanguage());
            }
            session.persist(new Arrival(session.getReference(Store.class, storeId),
                    session.getReference(Customer.class, customerId), terminalCode, now));
            return new CheckIn(CheckIn.Outcome.ANNOUNCED, holder.firstName(), holder.preferredLanguage());
        });
        log.info("Card scanned at {}: {}", terminalCode, result.outcome());
        return result;
    }

    /**
     * The customers whose card was scanned in this store within {@code window} and who allow recognition
     * now, most recently seen first; one row per customer. One query, on the store and time index.
     */
    public List<ArrivalView> recent(long storeId, Duration window) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        List<Object[]> rows = tx.read(session -> session.createSelectionQuery(
                        "select c.id, c.firstName, a.arrivedAt, a.terminalCode, f.kind, f.recordedAt, f.expiresAt, f.id"
                                + " from Arrival a join a.customer c"
                                + " left join ConsentFact f on f.customerId = c.id and f.purpose = :recognition"
                                + " where a.store.id = :store and a.arrivedAt > :since", Object[].class)
                .setParameter("recognition", Purpose.RECOGNITION)
                .setParameter("store", storeId)
                .setParameter("since", since)
                .getResultList());
        Map<Long, Building> byCustomer = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Building b = byCustomer.computeIfAbsent((Long) row[0], id -> new Building(id, (String) row[1]));
            b.seen((Instant) row[2], (String) row[3]);
            if (row[7] != null) {
                b.facts.put((Long) row[7], new ConsentHistory.Fact(Purpose.RECOGNITION, "GRANT".equals(row[4]),
                        (Instant) row[5], (Instant) row[6], (Long) row[7]));
            }
        }
        List<ArrivalView> shown = new ArrayList<>();
        for (Building b : byCustomer.values()) {
            if (ConsentHistory.allows(b.facts.values(), Purpose.RECOGNITION, now)) {
                shown.add(new ArrivalView(b.customerId, b.firstName, b.first, b.last, b.terminal));
            }
        }
        shown.sort(Comparator.comparing(ArrivalView::lastSeenAt).reversed()
                .thenComparing(ArrivalView::customerId));
        return shown;
    }

    /** Arrivals are for today's counter only: older ones are deleted (by the retention clean-up). */
    public int removeBefore(Instant before) {
        return tx.write(session -> session.createMutationQuery("delete from Arrival a where a.arrivedAt < :before")
                .setParameter("before", before).executeUpdate());
    }

    private static final class Building {
        final long customerId;
        final String firstName;
        final Map<Long, ConsentHistory.Fact> facts = new LinkedHashMap<>();
        Instant first;
        Instant last;
        String terminal;

        Building(long customerId, String firstName) {
            this.customerId = customerId;
            this.firstName = firstName;
        }

        void seen(Instant at, String terminalCode) {
            if (first == null || at.isBefore(first)) {
                first = at;
            }
            if (last == null || at.isAfter(last)) {
                last = at;
                terminal = terminalCode;
            }
        }
    }

    /** Erasure's step for arrivals: the customer's arrivals go. Joins the caller's unit of work. */
    public int forgetCustomer(long customerId) {
        return tx.writeJoining(session -> session.createMutationQuery("delete from Arrival a where a.customer.id = :c")
                .setParameter("c", customerId).executeUpdate());
    }
}
