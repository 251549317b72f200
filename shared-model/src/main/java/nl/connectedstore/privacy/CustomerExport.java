package nl.connectedstore.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.orders.CustomerOrders;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.sales.CustomerSales;

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
                           List<WebOrder> orders, List<AccessLog.Entry> accessLog, List<Feedback> feedback) {
    }

    /**
     * An answer to "how was it today?" that is linked to the customer (they showed their card and allowed recognition
     * when they gave it); anonymous answers are nobody's and are not here.
     */
    public record Feedback(Instant givenAt, String store, String channel, int rating, Integer recommend,
                           String comment) {
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

    private final CustomerService customers;
    private final CustomerSales sales;
    private final CustomerOrders orders;
    private final ConsentService consents;
    private final AccessLog accessLog;
    private final FeedbackService feedback;

    public CustomerExport(Transactor tx, CustomerService customers, CustomerSales sales, CustomerOrders orders,
                          ConsentService consents, AccessLog accessLog, FeedbackService feedback, Clock clock) {
        this.tx = tx;
        this.clock = clock;
        this.customers = customers;
        this.sales = sales;
        this.orders = orders;
        this.consents = consents;
        this.accessLog = accessLog;
        this.feedback = feedback;
    }

    /**
     * The same export, read as the holder of the card the customer showed ({@link Transactor#asHolderOf}), each
     * part's service too, so their reads join the document's one read: how the kiosk's portal reads it.
     */
    public CustomerExport asHolderOf(String cardNumber) {
        return new CustomerExport(tx.asHolderOf(cardNumber), customers.asHolderOf(cardNumber),
                sales.asHolderOf(cardNumber), orders.asHolderOf(cardNumber), consents.asHolderOf(cardNumber),
                accessLog.asHolderOf(cardNumber), feedback.asHolderOf(cardNumber), clock);
    }

    public Document document(long customerId) {
        return document(customerId, null);
    }

    /** As {@link #document(long)}, the purchased products named in {@code language} (null: their own names). */
    public Document document(long customerId, Locale language) {
        Instant now = clock.instant();
        return tx.read(session -> {
            // one transaction: each service's read joins it (Transactor.readJoining)
            CustomerService.Details c = customers.details(customerId);
            List<Card> cards = customers.cardsOf(customerId).stream()
                    .map(k -> new Card(k.cardNumber(), k.status().name())).toList();
            List<Purchase> purchases = sales.purchasesOf(customerId, language).stream()
                    .map(p -> new Purchase(p.store(), p.terminal(), p.receiptNumber(), p.at(), p.currency(),
                            p.total(), p.items().stream()
                                    .map(i -> new Item(i.name(), i.quantity(), i.lineTotal())).toList()))
                    .toList();
            return new Document(FORMAT, VERSION, now,
                    new Person(c.id(), c.firstName(), c.lastName(), c.email(), c.phone(), c.preferredLanguage(),
                            c.createdAt()),
                    cards, consents.factsOf(customerId), purchases, orders.of(customerId).stream()
                            .map(o -> new WebOrder(o.code(), o.placedAt(), o.status(), o.fulfilment(),
                                    o.deliveryName(), o.deliveryStreet(), o.deliveryPostcode(), o.deliveryCity(),
                                    o.deliveryCountry(), o.currency(), o.total())).toList(),
                    accessLog.entriesFor(customerId), feedback.ofCustomer(customerId).stream()
                            .map(f -> new Feedback(f.givenAt(), f.store(), f.channel().name(), f.rating(),
                                    f.recommend(), f.comment())).toList());
        });
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
