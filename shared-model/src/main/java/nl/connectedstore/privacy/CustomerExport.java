package nl.connectedstore.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.Customer;
import nl.connectedstore.customers.LoyaltyCard;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.sales.Sale;
import nl.connectedstore.sales.SaleLine;

/**
 * "Export everything": all we hold about one customer as one JSON document, read in one transaction.
 * The format is documented in docs/customer-export.md; {@code format} and {@code version} let a reader know
 * what it holds. Signatures are listed as present, not embedded (the image is kept as proof, not handed out).
 */
public final class CustomerExport {

    public static final String FORMAT = "connectedstore.customer-export";
    public static final int VERSION = 1;

    public record Document(String format, int version, Instant exportedAt, Person customer, List<Card> cards,
                           List<ConsentService.FactRecord> consents, List<Purchase> purchases,
                           List<WebOrder> orders, List<AccessLog.Entry> accessLog) {
    }

    /**
     * A web order placed after showing the loyalty card; the delivery fields are null for a pick-up (and once
     * an order of an erased customer has arrived).
     */
    public record WebOrder(String code, Instant placedAt, String status, String fulfilment, String deliveryName,
                           String deliveryStreet, String deliveryPostcode, String deliveryCity,
                           String deliveryCountry, String currency, BigDecimal total) {
    }

    public record Person(long id, String firstName, String lastName, String email, String phone,
                         String preferredLanguage, Instant createdAt) {
    }

    public record Card(String cardNumber, String status) {
    }

    public record Purchase(String store, String terminal, long receiptNumber, Instant at, String currency,
                           BigDecimal total, List<Item> items) {
    }

    public record Item(String name, BigDecimal quantity, BigDecimal lineTotal) {
    }

    private final Transactor tx;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public CustomerExport(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public Document document(long customerId) {
        Instant now = clock.instant();
        return tx.read(session -> {
            Customer c = session.find(Customer.class, customerId);
            if (c == null) {
                throw new IllegalArgumentException("Unknown customer " + customerId);
            }
            List<Card> cards = session.createSelectionQuery(
                            "from LoyaltyCard k where k.customer = :c order by k.issuedAt", LoyaltyCard.class)
                    .setParameter("c", c).getResultList().stream()
                    .map(k -> new Card(k.cardNumber(), k.status().name())).toList();
            List<Purchase> purchases = session.createSelectionQuery(
                            "from Sale s join fetch s.store join fetch s.terminal where s.customer = :c"
                                    + " order by s.createdAt", Sale.class)
                    .setParameter("c", c).getResultList().stream()
                    .map(s -> new Purchase(s.store().name(), s.terminal().code(), s.receiptNumber(), s.createdAt(),
                            s.total().currency().getCurrencyCode(), s.total().amount(),
                            s.lines().stream().map(CustomerExport::item).toList()))
                    .toList();
            return new Document(FORMAT, VERSION, now,
                    new Person(c.getId(), c.firstName(), c.lastName(), c.email(), c.phone(), c.preferredLanguage(),
                            c.createdAt()),
                    cards, ConsentService.factsIn(session, customerId), purchases, ordersIn(session, customerId),
                    AccessLog.entriesIn(session, customerId));
        });
    }

    private static List<WebOrder> ordersIn(org.hibernate.Session session, long customerId) {
        List<Object[]> rows = session.createNativeQuery("select o.code, o.placed_at, o.status, o.fulfilment, d.name,"
                        + " d.street, d.postcode, d.city, o.delivery_country, o.currency_code, o.total"
                        + " from customer_order o left join order_delivery d on d.order_id = o.id"
                        + " where o.customer_id = :c order by o.placed_at", Object[].class)
                .setParameter("c", customerId).getResultList();
        return rows.stream().map(r -> new WebOrder((String) r[0], instant(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                (BigDecimal) r[10])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return value == null ? null : java.time.ZonedDateTime.parse(value.toString()).toInstant();
    }

    private static Item item(SaleLine line) {
        return new Item(line.product().name(), line.quantity(), line.lineTotal().amount());
    }

    /** The document as JSON text, ready to save as a file. */
    public String json(long customerId) {
        try {
            return json.writeValueAsString(document(customerId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the export", e);
        }
    }
}
