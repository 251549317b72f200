package nl.connectedstore.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;
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
                    .filter(holder -> holder.card().status() == nl.connectedstore.customers.CardStatus.ACTIVE)
                    .map(holder -> holder.card().customerId())
                    .filter(id -> consents.asHolderOf(cardNumber).allows(id, Purpose.RECOGNITION, now));
        }
        customer.ifPresent(id -> session.persist(new FeedbackAuthor(response.getId(), id)));
        return new Given(response.getId(), customer.isPresent());
    }

    /** Whether the failure is the unique constraint on the sale or order: a second answer for one purchase. */
    static boolean isSecondAnswer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException v && v.getConstraintName() != null) {
                String name = v.getConstraintName().toLowerCase(java.util.Locale.ROOT);
                if (name.contains("uk_feedback_sale") || name.contains("uk_feedback_order")) {
                    return true;
                }
            }
            String message = t.getMessage();
            if (message != null && (message.toLowerCase(java.util.Locale.ROOT).contains("uk_feedback_sale")
                    || message.toLowerCase(java.util.Locale.ROOT).contains("uk_feedback_order"))) {
                return true;
            }
        }
        return false;
    }

    /** A member of staff the customer may name under "who helped you today?". */
    public record Helper(long staffId, String firstName) {
    }

    /**
     * The staff signed in at this store today (since {@code since}), by first name: the choices for "who helped you
     * today?". Read with the counter's rights (the kiosk cannot read staff).
     */
    public List<Helper> helpersSince(long storeId, Instant since) {
        return tx.read(session -> session.createNativeQuery("select distinct m.id, m.name from staff_session s"
                        + " join staff_member m on m.id = s.staff_id"
                        + " where s.store_id = :store and s.started_at >= :since order by m.name", Object[].class)
                .setParameter("store", storeId)
                .setParameter("since", since)
                .getResultList().stream()
                .map(r -> new Helper(((Number) r[0]).longValue(), ((String) r[1]).split(" ")[0]))
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
