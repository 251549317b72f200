package nl.connectedstore.assistance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import nl.connectedstore.catalog.Product;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.Terminal;
import nl.connectedstore.store.TerminalKind;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one home of age checks, asked by every channel that sells an age-restricted item:
 * <ul>
 *   <li><b>what needs a check</b>: an item with a minimum age; a basket or order needs the highest of its items'
 *       ({@link #limitOf}); an approval for an age covers every item with that limit or a lower one
 *       ({@link #covers});</li>
 *   <li><b>self-checkout</b> (any self-service terminal): a clerk approves at the counter with their PIN
 *       ({@link AssistanceService#answer}), for one visit: {@link #APPROVAL_VALID}. {@link #request} asks,
 *       {@link #approval} says who approved it and until when, {@link #verdict} is what a sale asks before taking
 *       payment. At a counter the clerk sees the customer: no request is needed;</li>
 *   <li><b>web orders</b> (docs/decisions/0009): never delivered ({@link #mayBeDelivered}); handed over only after a
 *       clerk saw the customer's ID at the counter ({@link #mayHandOver}), recorded on the order as an
 *       {@code AGE_CHECKED} event with the clerk's name.</li>
 * </ul>
 * Approvals are read from {@code assistance_answer}, which only the counter can write, never from the request row,
 * which the kiosk itself updates (docs/decisions/0006).
 */
public final class AgeChecks {

    private static final Logger log = LoggerFactory.getLogger(AgeChecks.class);

    /** How long a clerk's approval covers a self-checkout's sale: one customer's visit. */
    public static final Duration APPROVAL_VALID = Duration.ofHours(1);

    /** A clerk's approval: for which request and age, who gave it, when, and until when it may be sold under. */
    public record Approval(long requestId, String terminalCode, int minimumAge, String approvedBy, Instant approvedAt,
                           Instant validUntil) {

        public boolean validAt(Instant now) {
            return !now.isBefore(approvedAt) && now.isBefore(validUntil);
        }
    }

    /** What a sale at a terminal may do about its age-restricted items. */
    public sealed interface Verdict {
        /** Nothing in it has an age limit, or a clerk sells it face to face (a counter). */
        record NotNeeded() implements Verdict {
        }

        /** Sold under this approval. */
        record Approved(Approval approval) implements Verdict {
        }

        /** No valid approval for {@code minimumAge} at this terminal: nothing may be charged. */
        record Missing(int minimumAge) implements Verdict {
        }
    }

    private final Transactor tx;
    private final Clock clock;

    public AgeChecks(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Whether an item with this minimum age (0: none) needs anyone to check the customer's age. */
    public static boolean needsCheck(int minimumAge) {
        return minimumAge > 0;
    }

    /** The age a customer must have for all of these items: the highest of their minimum ages (0: none). */
    public static int limitOf(IntStream minimumAges) {
        return Math.max(0, minimumAges.max().orElse(0));
    }

    /** Whether an approval for {@code approvedAge} covers an item with {@code minimumAge}. */
    public static boolean covers(int approvedAge, int minimumAge) {
        return !needsCheck(minimumAge) || minimumAge <= approvedAge;
    }

    /** Whether a sale at this kind of terminal needs a clerk's approval (self-service) or not (a counter). */
    public static boolean needsApprovalAt(TerminalKind kind) {
        return kind != TerminalKind.COUNTER;
    }

    /** A web order's item with this limit may go to a home address: only without an age limit (ADR 0009). */
    public static boolean mayBeDelivered(int minimumAge) {
        return !needsCheck(minimumAge);
    }

    /** A web order with this limit may be handed over: when it has none, or a clerk has seen the customer's ID. */
    public static boolean mayHandOver(int minimumAge, boolean idChecked) {
        return !needsCheck(minimumAge) || idChecked;
    }

    /** Asks the store's counter to approve the customer's age for one scanned item at this terminal. */
    public AssistanceView request(String terminalCode, long productId) {
        return request(tx, clock, terminalCode, productId);
    }

    /** The one way an age check is asked for (also behind {@link AssistanceService#requestAgeCheck}). */
    static AssistanceView request(Transactor tx, Clock clock, String terminalCode, long productId) {
        AssistanceView view = tx.write(session -> {
            Product product = session.find(Product.class, productId);
            if (product == null) {
                throw new IllegalArgumentException("Unknown product " + productId);
            }
            if (!needsCheck(product.minimumAge())) {
                throw new IllegalArgumentException(product.gtin() + " has no age limit");
            }
            AssistanceRequest request = AssistanceRequest.ageCheck(terminal(session, terminalCode), product,
                    clock.instant());
            session.persist(request);
            return AssistanceService.view(request, null);
        });
        log.info("Age check {} requested at terminal {} ({}+)", view.id(), terminalCode, view.minimumAge());
        return view;
    }

    /** Who approved age check {@code requestId} and until when; empty when it is not (or not yet) approved. */
    public Optional<Approval> approval(long requestId) {
        return tx.read(session -> {
            AssistanceRequest request = session.find(AssistanceRequest.class, requestId);
            AssistanceAnswer answer = session.find(AssistanceAnswer.class, requestId);
            if (request == null || answer == null || request.kind() != AssistanceKind.AGE_CHECK
                    || answer.status() != AssistanceStatus.APPROVED) {
                return Optional.empty();
            }
            return Optional.of(approval(request, answer));
        });
    }

    /**
     * Whether these products may be sold at this terminal now under these approvals (the approved requests' ids):
     * not needed at a counter or without an age limit; otherwise one approval, given to this terminal within the
     * last {@link #APPROVAL_VALID} for the basket's highest limit or more.
     */
    public Verdict verdict(String terminalCode, Collection<Long> productIds, Set<Long> approvals) {
        Verdict verdict = tx.read(session -> {
            Terminal terminal = terminal(session, terminalCode);
            if (!needsApprovalAt(terminal.kind()) || productIds.isEmpty()) {
                return new Verdict.NotNeeded();
            }
            List<Integer> ages = session.createSelectionQuery(
                            "select p.minimumAge from Product p where p.id in :ids", Integer.class)
                    .setParameter("ids", productIds.stream().distinct().toList())
                    .getResultList();
            int age = limitOf(ages.stream().mapToInt(Integer::intValue));
            if (!needsCheck(age)) {
                return new Verdict.NotNeeded();
            }
            if (approvals.isEmpty()) {
                return new Verdict.Missing(age);
            }
            Instant now = clock.instant();
            return session.createSelectionQuery(
                            "select r, a from AssistanceRequest r, AssistanceAnswer a where a.requestId = r.id"
                                    + " and r.id in :ids and r.terminal = :terminal and r.kind = :kind"
                                    + " and a.status = :approved and r.minimumAge >= :age"
                                    + " and a.answeredAt >= :since order by a.answeredAt desc", Object[].class)
                    .setParameter("ids", approvals)
                    .setParameter("terminal", terminal)
                    .setParameter("kind", AssistanceKind.AGE_CHECK)
                    .setParameter("approved", AssistanceStatus.APPROVED)
                    .setParameter("age", age)
                    .setParameter("since", now.minus(APPROVAL_VALID))
                    .setMaxResults(1)
                    .getResultList().stream()
                    .map(row -> (Verdict) new Verdict.Approved(approval((AssistanceRequest) row[0],
                            (AssistanceAnswer) row[1])))
                    .findFirst().orElse(new Verdict.Missing(age));
        });
        if (verdict instanceof Verdict.Missing missing) {
            log.warn("Refused to sell a {}+ item at {} without a clerk's approval", missing.minimumAge(), terminalCode);
        }
        return verdict;
    }

    private static Approval approval(AssistanceRequest request, AssistanceAnswer answer) {
        return new Approval(request.getId(), request.terminal().code(), request.minimumAge(), answer.staffName(),
                answer.answeredAt(), answer.answeredAt().plus(APPROVAL_VALID));
    }

    private static Terminal terminal(Session session, String code) {
        return AssistanceService.terminal(session, code);
    }
}
