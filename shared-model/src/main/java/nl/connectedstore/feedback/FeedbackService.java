package nl.connectedstore.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.CardViews;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StaffName;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Customers' answers to "how was it today?": given at the kiosk after paying, or at the counter. The front door of
 * the feedback capability for the screens that ask; the figures are {@link FeedbackFigures}.
 *
 * <p>A response is anonymous unless the customer showed their card and allows {@link Purpose#RECOGNITION} at that
 * moment: the purpose under which they asked staff to know them (docs/decisions/0008-customer-feedback.md).
 */
public final class FeedbackService {

    private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);

    private final Transactor tx;
    private final CustomerService customers;
    private final ConsentService consents;
    private final Clock clock;

    public FeedbackService(Transactor tx, CustomerService customers, ConsentService consents, Clock clock) {
        this.tx = tx;
        this.customers = customers;
        this.consents = consents;
        this.clock = clock;
    }

    /** What was stored. */
    public record Given(long responseId, boolean linkedToCustomer) {
    }

    /**
     * "Who helped you today?": the staff signed in at this store today ({@code zone}'s day), by first name, in
     * alphabetical order. Read through a view of first names only, so the kiosk can ask it too
     * ({@link CardViews#STAFF_TODAY}).
     */
    public List<StaffName> mayHaveHelped(long storeId, ZoneId zone) {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        return tx.read(session -> session.createNativeQuery("select distinct v.staff_id, v.first_name from "
                                + CardViews.STAFF_TODAY + " v where v.store_id = :store and v.started_at <= :now"
                                + " and v.expires_at > :midnight and (v.ended_at is null or v.ended_at > :midnight)",
                        Object[].class)
                .setParameter("store", storeId)
                .setParameter("now", now)
                .setParameter("midnight", midnight)
                .getResultList().stream()
                .map(r -> new StaffName(((Number) r[0]).longValue(), (String) r[1]))
                .sorted(Comparator.comparing(StaffName::firstName).thenComparing(StaffName::staffId))
                .toList());
    }

    /**
     * The answer's "who helped you" must be someone with a sign-in at the purchase's store that was active in the
     * last 24 hours (everyone {@link #mayHaveHelped} offers, whatever the store's zone): a kiosk (in the customer's
     * hands) cannot pin an answer on any member of staff it likes.
     */
    private void checkHelper(Session session, long storeId, FeedbackAnswer answer) {
        if (answer.staffId() == null) {
            return;
        }
        Instant now = clock.instant();
        Instant dayStart = now.minus(Duration.ofDays(1));
        Number there = (Number) session.createNativeQuery("select count(*) from " + CardViews.STAFF_TODAY
                        + " v where v.store_id = :store and v.staff_id = :staff and v.started_at <= :now"
                        + " and v.expires_at > :dayStart and (v.ended_at is null or v.ended_at > :dayStart)",
                        Object.class)
                .setParameter("store", storeId)
                .setParameter("staff", answer.staffId())
                .setParameter("now", now)
                .setParameter("dayStart", dayStart)
                .getSingleResult();
        if (there.longValue() == 0) {
            throw new FeedbackRefusedException(FeedbackRefusedException.Reason.INVALID,
                    "staff member " + answer.staffId() + " was not signed in at store " + storeId + " today");
        }
    }

    /**
     * Stores the answer about a sale paid at {@code terminalCode} with that receipt number.
     *
     * @param cardNumber the loyalty card the customer showed in this visit, or null: the response is linked to
     *                   them only when they allow recognition now
     * @throws FeedbackRefusedException when the sale has its answer already (nothing is stored) or does not exist
     */
    public Given forSale(String terminalCode, long receiptNumber, FeedbackChannel channel, FeedbackAnswer answer,
                         String cardNumber) {
        Transactor unit = cardNumber == null || cardNumber.isBlank() ? tx : tx.asHolderOf(cardNumber);
        try {
            Given given = unit.write(session -> {
                Object[] sale = session.createNativeQuery("select s.id, s.store_id from sale s"
                                + " join terminal t on t.id = s.terminal_id"
                                + " where t.code = :terminal and s.receipt_number = :number", Object[].class)
                        .setParameter("terminal", terminalCode)
                        .setParameter("number", receiptNumber)
                        .uniqueResultOptional()
                        .orElseThrow(() -> new FeedbackRefusedException(FeedbackRefusedException.Reason.UNKNOWN_PURCHASE,
                                "no sale " + receiptNumber + " at " + terminalCode));
                long saleId = ((Number) sale[0]).longValue();
                long storeId = ((Number) sale[1]).longValue();
                checkHelper(session, storeId, answer);
                return store(session, new FeedbackResponse(storeId, terminalCode, channel, saleId, null,
                        answer.staffId(), answer.rating(), answer.recommend(), answer.comment(), answer.language(),
                        clock.instant()), cardNumber);
            });
            log.info("Feedback {} for sale {} at {} stored{}", given.responseId(), receiptNumber, terminalCode,
                    given.linkedToCustomer() ? " (the customer allows recognition)" : "");
            return given;
        } catch (RuntimeException e) {
            if (isSecondAnswer(e)) {
                log.info("A second answer for sale {} at {} was refused", receiptNumber, terminalCode);
                throw new FeedbackRefusedException(FeedbackRefusedException.Reason.ALREADY_GIVEN,
                        "sale " + receiptNumber + " at " + terminalCode);
            }
            throw e;
        }
    }

    private Given store(Session session, FeedbackResponse response, String cardNumber) {
        session.persist(response);
        session.flush(); // a second answer for the purchase fails here, on the unique constraint
        Optional<Long> customer = Optional.empty();
        if (cardNumber != null && !cardNumber.isBlank()) {
            Instant now = clock.instant();
            // both join this unit of work, which reads as the card's holder
            customer = customers.asHolderOf(cardNumber).holderOf(cardNumber)
                    .filter(holder -> holder.card().status() == CardStatus.ACTIVE)
                    .map(holder -> holder.card().customerId())
                    .filter(id -> consents.asHolderOf(cardNumber).allows(id, Purpose.RECOGNITION, now));
        }
        customer.ifPresent(id -> session.persist(new FeedbackAuthor(response.getId(), id)));
        return new Given(response.getId(), customer.isPresent());
    }

    /** Whether the failure is the unique constraint on the sale or order: a second answer for one purchase. */
    static boolean isSecondAnswer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException v && v.getConstraintName() != null) {
                String name = v.getConstraintName().toLowerCase(Locale.ROOT);
                if (name.contains("uk_feedback_sale") || name.contains("uk_feedback_order")) {
                    return true;
                }
            }
            String message = t.getMessage();
            if (message != null && (message.toLowerCase(Locale.ROOT).contains("uk_feedback_sale")
                    || message.toLowerCase(Locale.ROOT).contains("uk_feedback_order"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stores the answer about a web order: given at the kiosk right after placing it ({@link FeedbackChannel#WEB_ORDER},
     * counted for the store it was placed at) or at the counter after handing it over ({@link FeedbackChannel#COUNTER},
     * counted for the store that handed it over). One answer per order, whichever channel gave it.
     *
     * @param orderCode  the order's code as stored ({@code OrderView.code()})
     * @param cardNumber the loyalty card the customer showed in this visit, or null (see {@link #forSale})
     * @throws FeedbackRefusedException when the order has its answer already (nothing is stored) or does not exist
     */
    public Given forOrder(String orderCode, String terminalCode, FeedbackChannel channel, FeedbackAnswer answer,
                          String cardNumber) {
        Transactor unit = cardNumber == null || cardNumber.isBlank() ? tx : tx.asHolderOf(cardNumber);
        try {
            Given given = unit.write(session -> {
                Object[] order = session.createNativeQuery("select o.id, o.store_id, o.pickup_store_id"
                                + " from customer_order o where o.code = :code", Object[].class)
                        .setParameter("code", orderCode)
                        .uniqueResultOptional()
                        .orElseThrow(() -> new FeedbackRefusedException(FeedbackRefusedException.Reason.UNKNOWN_PURCHASE,
                                "no order " + orderCode));
                long orderId = ((Number) order[0]).longValue();
                long storeId = ((Number) (channel == FeedbackChannel.COUNTER && order[2] != null ? order[2] : order[1]))
                        .longValue();
                checkHelper(session, storeId, answer);
                return store(session, new FeedbackResponse(storeId, terminalCode, channel, null, orderId,
                        answer.staffId(), answer.rating(), answer.recommend(), answer.comment(), answer.language(),
                        clock.instant()), cardNumber);
            });
            log.info("Feedback {} for order {} at {} stored{}", given.responseId(), orderCode, terminalCode,
                    given.linkedToCustomer() ? " (the customer allows recognition)" : "");
            return given;
        } catch (RuntimeException e) {
            if (isSecondAnswer(e)) {
                log.info("A second answer for order {} at {} was refused", orderCode, terminalCode);
                throw new FeedbackRefusedException(FeedbackRefusedException.Reason.ALREADY_GIVEN, "order " + orderCode);
            }
            throw e;
        }
    }

    /**
     * What the counter needs before handing its prompt to a customer: the language the order was placed in (the
     * prompt opens in it) and whether the order has its answer already (then the customer is not asked in vain).
     *
     * @param language the order's language (en, nl, da)
     */
    public record OrderQuestion(String orderCode, String language, boolean answered) {
    }

    /** The order to ask about, if it exists. Read with the counter's rights (the kiosk reads no responses). */
    public Optional<OrderQuestion> orderQuestion(String orderCode) {
        return tx.read(session -> session.createNativeQuery("select o.code, o.language,"
                        + " (select count(*) from feedback_response f where f.order_id = o.id)"
                        + " from customer_order o where o.code = :code", Object[].class)
                .setParameter("code", orderCode)
                .uniqueResultOptional()
                .map(r -> new OrderQuestion((String) r[0], language((String) r[1]), ((Number) r[2]).longValue() > 0)));
    }

    /** "nl-NL" or "nl" is "nl". */
    private static String language(String tag) {
        return tag == null || tag.length() < 2 ? "en" : tag.substring(0, 2).toLowerCase(Locale.ROOT);
    }

    /** One answer a customer gave while linked to their card, as their privacy portal and export show it. */
    public record OwnAnswer(Instant givenAt, String store, FeedbackChannel channel, int rating, Integer recommend,
                            String comment) {
    }

    /** The same, reading as the holder of the card the customer showed ({@link Transactor#asHolderOf}). */
    public FeedbackService asHolderOf(String cardNumber) {
        return new FeedbackService(tx.asHolderOf(cardNumber), customers, consents, clock);
    }

    /**
     * The answers linked to this customer ({@link FeedbackAuthor}), newest first; none once erasure removed the link.
     * Joins the caller's unit of work (the export reads everything in one transaction). At the kiosk this reads only
     * the holder of the card the unit of work was shown (persistence's card views).
     */
    public List<OwnAnswer> ofCustomer(long customerId) {
        return tx.readJoining(session -> session.createNativeQuery("select f.given_at, s.name, f.channel, f.rating,"
                        + " f.recommend, f.comment_text from feedback_response f"
                        + " join feedback_author a on a.response_id = f.id join store s on s.id = f.store_id"
                        + " where a.customer_id = :customer order by f.given_at desc, f.id desc", Object[].class)
                .setParameter("customer", customerId)
                .getResultList().stream()
                .map(r -> new OwnAnswer(FeedbackFigures.instant(r[0]), (String) r[1],
                        FeedbackChannel.valueOf((String) r[2]), ((Number) r[3]).intValue(),
                        r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5]))
                .toList());
    }

    /**
     * Erasure's step for feedback: the customer's responses stay, without the link to them. Joins the caller's unit
     * of work ({@link nl.connectedstore.persistence.Transactor#writeJoining}).
     */
    public int forgetCustomer(long customerId) {
        return tx.writeJoining(session -> FeedbackAuthor.unlinkCustomer(session, customerId));
    }
}
