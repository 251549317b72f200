package nl.connectedstore.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one "may we?" every feature asks at the moment of use (recognition, history-based suggestions,
 * messages), and the only way consents are given and withdrawn. Expiry is part of the answer, not a
 * nightly job: a consent that ran out a second ago is a no.
 */
public final class ConsentService {

    private static final Logger log = LoggerFactory.getLogger(ConsentService.class);
    /** How long a customer may choose to consent for, in months. */
    public static final Set<Integer> DURATIONS = Set.of(3, 6, 12);
    /** A drawn signature, as PNG, is at most this big (a 600x200 line drawing is a few KB). */
    public static final int MAX_SIGNATURE_BYTES = 512 * 1024;

    private final Transactor tx;
    private final Clock clock;

    public ConsentService(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The same service, reading as the holder of the card the customer showed ({@link Transactor#asHolderOf}): how
     * the kiosk reads and changes a customer's consents.
     */
    public ConsentService asHolderOf(String cardNumber) {
        return new ConsentService(tx.asHolderOf(cardNumber), clock);
    }

    /** Whether {@code purpose} is granted, unexpired and not withdrawn for this customer, now. */
    public boolean mayWe(long customerId, Purpose purpose) {
        Instant now = clock.instant();
        return tx.read(session -> ConsentHistory.allows(facts(session, customerId, purpose), purpose, now));
    }

    /** Every purpose as it stands now, in the order of {@link Purpose}. */
    public List<ConsentView> consents(long customerId) {
        Instant now = clock.instant();
        return tx.read(session -> {
            List<ConsentView> views = new ArrayList<>();
            for (Purpose purpose : Purpose.values()) {
                views.add(view(facts(session, customerId, purpose), purpose, now));
            }
            return views;
        });
    }

    /**
     * The customer grants {@code purpose} for {@code months} (3, 6 or 12) after reading {@code text}, signed
     * with a drawing (PNG). Granting again renews: a new fact, the old one stays.
     */
    public ConsentView grant(long customerId, ConsentText text, int months, Channel channel, String terminalCode,
                             byte[] signaturePng) {
        if (!DURATIONS.contains(months)) {
            throw new IllegalArgumentException("A consent runs 3, 6 or 12 months, not " + months);
        }
        if (signaturePng == null || signaturePng.length == 0) {
            throw new IllegalArgumentException("A consent needs the customer's signature");
        }
        if (signaturePng.length > MAX_SIGNATURE_BYTES) {
            throw new IllegalArgumentException("The signature image is too large");
        }
        Instant now = clock.instant();
        try {
            return tx.write(session -> grantIn(session, customerId, text, months, channel, terminalCode, signaturePng,
                    now));
        } catch (ConstraintViolationException e) {
            if (e.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
                throw new IllegalArgumentException("Unknown customer " + customerId, e);
            }
            throw e;
        }
    }

    /**
     * A grant at {@code now} inside the caller's unit of work ({@link Transactor#writeJoining}): sign-up stores
     * customer, card and consents as one.
     */
    public ConsentView grantJoining(long customerId, ConsentText text, int months, Channel channel,
                                    String terminalCode, byte[] signaturePng, Instant now) {
        return tx.writeJoining(session -> grantIn(session, customerId, text, months, channel, terminalCode,
                signaturePng, now));
    }

    private static ConsentView grantIn(Session session, long customerId, ConsentText text, int months,
                                       Channel channel, String terminalCode, byte[] signaturePng, Instant now) {
        if (!DURATIONS.contains(months)) {
            throw new IllegalArgumentException("A consent runs 3, 6 or 12 months, not " + months);
        }
        if (signaturePng == null || signaturePng.length == 0) {
            throw new IllegalArgumentException("A consent needs the customer's signature");
        }
        Instant until = now.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
        session.persist(ConsentFact.grant(customerId, text, now, until, channel, terminalCode, signaturePng));
        session.flush();
        log.info("Customer {} granted {} until {} ({} at {})", customerId, text.purpose(), until, channel,
                terminalCode);
        return view(facts(session, customerId, text.purpose()), text.purpose(), now);
    }

    /** One tap: the purpose is no longer allowed, from this moment on. Nothing happens if it was not allowed. */
    public ConsentView withdraw(long customerId, Purpose purpose, Channel channel, String terminalCode) {
        Instant now = clock.instant();
        ConsentView view = tx.write(session -> {
            if (ConsentHistory.allows(facts(session, customerId, purpose), purpose, now)) {
                session.persist(ConsentFact.withdrawal(customerId, purpose, now, channel, terminalCode));
                session.flush();
                log.info("Customer {} withdrew {} ({} at {})", customerId, purpose, channel, terminalCode);
            }
            return view(facts(session, customerId, purpose), purpose, now);
        });
        return view;
    }

    /** One fact with the text that was shown, as the customer's export lists it. */
    public record FactRecord(Purpose purpose, String kind, Instant recordedAt, Instant expiresAt, Channel channel,
                             String terminalCode, String language, String textVersion, String textHash, String text,
                             boolean signed) {
    }

    /**
     * Every consent fact of a customer, oldest first, read inside the caller's unit of work when there is one
     * ({@link Transactor#readJoining}): the export reads everything in one.
     */
    public List<FactRecord> factsOf(long customerId) {
        return tx.readJoining(session -> factsIn(session, customerId));
    }

    private static List<FactRecord> factsIn(Session session, long customerId) {
        return session.createSelectionQuery(
                        "from ConsentFact f where f.customerId = :customer order by f.recordedAt, f.id", ConsentFact.class)
                .setParameter("customer", customerId)
                .getResultList().stream()
                .map(f -> new FactRecord(f.purpose(), f.isGrant() ? "GRANT" : "WITHDRAW", f.recordedAt(),
                        f.expiresAt(), f.channel(), f.terminalCode(), f.language(), f.textVersion(), f.textHash(),
                        f.isGrant() ? ConsentText.of(f.textVersion(), f.purpose(), f.language()).text() : null,
                        f.isGrant()))
                .toList();
    }

    /**
     * Retention: removes, signatures included, the facts of every consent that ended (ran out, or was
     * withdrawn) before {@code endedBefore} and was not given again since. What is still running, or ended
     * after that moment, stays untouched.
     *
     * @return how many facts were removed
     */
    public int removeEnded(Instant endedBefore) {
        Instant now = clock.instant();
        return tx.write(session -> {
            // the facts' times only, not their signature images: this reads every consent in the database
            Map<CustomerPurpose, List<ConsentHistory.Fact>> histories = new LinkedHashMap<>();
            for (Object[] row : session.createSelectionQuery("select f.customerId, f.purpose, f.kind, f.recordedAt,"
                    + " f.expiresAt, f.id from ConsentFact f order by f.id", Object[].class).getResultList()) {
                Purpose purpose = (Purpose) row[1];
                histories.computeIfAbsent(new CustomerPurpose((Long) row[0], purpose), k -> new ArrayList<>())
                        .add(new ConsentHistory.Fact(purpose, "GRANT".equals(row[2]), (Instant) row[3],
                                (Instant) row[4], (Long) row[5]));
            }
            List<Long> ended = new ArrayList<>();
            histories.forEach((key, history) -> {
                if (history.stream().anyMatch(f -> f.recordedAt().isAfter(now))
                        || ConsentHistory.allows(history, key.purpose(), now)) {
                    return;
                }
                ConsentHistory.latest(history, key.purpose(), now)
                        .map(latest -> latest.grant() ? latest.expiresAt() : latest.recordedAt())
                        .filter(end -> end.isBefore(endedBefore))
                        .ifPresent(end -> history.forEach(f -> ended.add(f.sequence())));
            });
            if (ended.isEmpty()) {
                return 0;
            }
            int removed = 0;
            for (int from = 0; from < ended.size(); from += 500) {
                removed += session.createMutationQuery("delete from ConsentFact f where f.id in :ids")
                        .setParameter("ids", ended.subList(from, Math.min(ended.size(), from + 500)))
                        .executeUpdate();
            }
            return removed;
        });
    }

    private record CustomerPurpose(long customerId, Purpose purpose) {
    }

    /**
     * Whether {@code purpose} is allowed for this customer at {@code now}, read inside the caller's unit of work when
     * there is one ({@link Transactor#readJoining}): the check another capability makes in the transaction that uses
     * the answer (a card opened, an arrival stored).
     */
    public boolean allows(long customerId, Purpose purpose, Instant now) {
        return tx.readJoining(session -> ConsentHistory.allows(facts(session, customerId, purpose), purpose, now));
    }

    /** The facts of one purpose for this customer, inside the caller's unit of work when there is one. */
    public List<ConsentHistory.Fact> history(long customerId, Purpose purpose) {
        return tx.readJoining(session -> facts(session, customerId, purpose));
    }

    /** Whether any purpose is allowed for this customer at {@code now}, inside the caller's unit of work if any. */
    public boolean anyAllowed(long customerId, Instant now) {
        return tx.readJoining(session -> {
            for (Purpose purpose : Purpose.values()) {
                if (ConsentHistory.allows(facts(session, customerId, purpose), purpose, now)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static List<ConsentHistory.Fact> facts(Session session, long customerId, Purpose purpose) {
        return session.createSelectionQuery(
                        "from ConsentFact f where f.customerId = :customer and f.purpose = :purpose", ConsentFact.class)
                .setParameter("customer", customerId)
                .setParameter("purpose", purpose)
                .getResultList().stream().map(ConsentFact::asFact).toList();
    }

    private static ConsentView view(List<ConsentHistory.Fact> facts, Purpose purpose, Instant now) {
        ConsentHistory.Fact latest = ConsentHistory.latest(facts, purpose, now).orElse(null);
        ConsentHistory.Fact lastGrant = facts.stream().filter(ConsentHistory.Fact::grant)
                .filter(f -> !f.recordedAt().isAfter(now))
                .max(Comparator.comparing(ConsentHistory.Fact::recordedAt)
                        .thenComparingLong(ConsentHistory.Fact::sequence)).orElse(null);
        return new ConsentView(purpose, ConsentHistory.allows(facts, purpose, now),
                lastGrant == null ? null : lastGrant.recordedAt(), lastGrant == null ? null : lastGrant.expiresAt(),
                latest != null && !latest.grant() ? latest.recordedAt() : null);
    }

    /**
     * Erasure's step for consent: the customer's consent facts go, with their signatures. Joins the caller's unit of
     * work ({@link Transactor#writeJoining}), so it commits or rolls back with the rest of the erasure.
     */
    public int forgetCustomer(long customerId) {
        return tx.writeJoining(session -> session.createMutationQuery("delete from ConsentFact f where f.customerId = :c")
                .setParameter("c", customerId).executeUpdate());
    }
}
