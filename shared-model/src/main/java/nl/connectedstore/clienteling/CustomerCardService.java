package nl.connectedstore.clienteling;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.connectedstore.catalog.ProductTexts;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentHistory;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StaffSession;
import org.hibernate.Session;

/**
 * Opening a customer card at the counter. It opens only while the customer allows RECOGNITION; it shows
 * their purchases only while they allow PERSONAL_ADVICE; both checked in the same transaction as the read,
 * which is written to the staff access log the customer sees in their portal.
 */
public final class CustomerCardService {

    /** The reason the access log gives for opening a card from the arrival feed (a fixed text, nothing typed). */
    public static final String REASON = "Customer card (arrival)";
    /** Purchase lines a card shows. */
    public static final int PURCHASE_LINES = 12;

    private final Transactor tx;
    private final AccessLog accessLog;
    private final ConsentService consents;
    private final Clock clock;

    public CustomerCardService(Transactor tx, AccessLog accessLog, ConsentService consents, Clock clock) {
        this.tx = tx;
        this.accessLog = accessLog;
        this.consents = consents;
        this.clock = clock;
    }

    /**
     * The card of a customer who arrived; empty (and nothing logged) when they no longer allow recognition or
     * no longer exist.
     */
    public Optional<CustomerCard> open(long customerId, StaffSession staff,
                                       String terminalCode) {
        return open(customerId, staff, terminalCode, null);
    }

    /**
     * As {@link #open(long, StaffSession, String)}, with the purchases named in {@code language} (the clerk's) where
     * the catalogue has a translation; null keeps the products' own names.
     */
    public Optional<CustomerCard> open(long customerId, StaffSession staff, String terminalCode, Locale language) {
        return accessLog.readLogged(session -> read(session, customerId, language), CustomerCard::customerId, staff,
                terminalCode, REASON);
    }

    private Optional<CustomerCard> read(Session session, long customerId, Locale language) {
        Instant now = clock.instant();
        Customer customer = session.find(Customer.class, customerId);
        // the consents are read in this unit of work (the one that writes the access log entry): they join it
        if (customer == null || !consents.allows(customerId, Purpose.RECOGNITION, now)) {
            return Optional.empty();
        }
        Instant recognitionEnds = ConsentHistory.latest(consents.history(customerId, Purpose.RECOGNITION),
                Purpose.RECOGNITION, now).map(ConsentHistory.Fact::expiresAt).orElse(null);
        boolean advice = consents.allows(customerId, Purpose.PERSONAL_ADVICE, now);
        List<CustomerCard.Purchase> purchases = new ArrayList<>();
        if (advice) {
            List<Object[]> rows = session.createSelectionQuery("select s.createdAt, s.store.name, l.product.id,"
                            + " l.product.name, l.quantity from SaleLine l join l.sale s where s.customer.id = :c"
                            + " order by s.createdAt desc, l.lineNo", Object[].class)
                    .setParameter("c", customerId)
                    .setMaxResults(PURCHASE_LINES)
                    .getResultList();
            Map<Long, String> names = language == null ? Map.of()
                    : ProductTexts.names(tx, rows.stream().map(row -> (Long) row[2]).toList(), language);
            for (Object[] row : rows) {
                purchases.add(new CustomerCard.Purchase((Instant) row[0], (String) row[1], (Long) row[2],
                        ProductTexts.name(names, (Long) row[2], (String) row[3]), (BigDecimal) row[4]));
            }
        }
        return Optional.of(new CustomerCard(customerId, customer.firstName(), customer.lastName(),
                customer.createdAt(), advice, purchases, recognitionEnds));
    }
}
