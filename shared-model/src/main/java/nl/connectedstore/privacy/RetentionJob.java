package nl.connectedstore.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.persistence.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps only what may be kept. Two rules, run at the counter's start-up and from its admin menu:
 * <ol>
 *   <li>A consent that ended (ran out or was withdrawn) {@link #ENDED_CONSENT_KEPT} ago and was not given
 *       again is removed with its signature. Until then the customer still sees it in the portal, and a
 *       question about it can still be answered.</li>
 *   <li>A customer with no running consent, no purchase and no consent activity for
 *       {@link #INACTIVE_MONTHS} months is erased like an erasure they asked for themselves: their sales stay
 *       for the books without a link to them.</li>
 * </ol>
 * "May we?" never waits for this job: an expired consent is a no the second it expires.
 */
public final class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    public static final Duration ENDED_CONSENT_KEPT = Duration.ofDays(30);
    public static final int INACTIVE_MONTHS = 24;
    /** A counter's arrival feed is about today: arrival rows older than this go. */
    public static final Duration ARRIVALS_KEPT = Duration.ofDays(1);

    /** What one run removed. */
    public record Report(int consentFactsRemoved, int customersErased, int arrivalsRemoved) {
    }

    private final Transactor tx;
    private final Clock clock;
    private final ConsentService consents;
    private final Erasure erasure;
    private final ArrivalService arrivals;

    public RetentionJob(Transactor tx, ConsentService consents, Erasure erasure, ArrivalService arrivals,
                        Clock clock) {
        this.tx = tx;
        this.clock = clock;
        this.consents = consents;
        this.erasure = erasure;
        this.arrivals = arrivals;
    }

    public Report run() {
        Instant now = clock.instant();
        int facts = consents.removeEnded(now.minus(ENDED_CONSENT_KEPT));
        Instant cutoff = now.atZone(ZoneOffset.UTC).minusMonths(INACTIVE_MONTHS).toInstant();
        List<Long> inactive = tx.read(session -> session.createSelectionQuery(
                        "select c.id from Customer c where c.createdAt < :cutoff"
                                + " and not exists (select 1 from Sale s where s.customer = c and s.createdAt >= :cutoff)"
                                + " and not exists (select 1 from ConsentFact f where f.customerId = c.id and f.recordedAt >= :cutoff)",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .getResultList().stream()
                .filter(id -> !consents.anyAllowed(id, now))
                .toList());
        int erased = 0;
        for (long id : inactive) {
            try {
                erasure.erase(id);
                erased++;
            } catch (IllegalArgumentException gone) {
                log.info("Customer {} was already erased by another terminal", id);
            }
        }
        int arrivals = this.arrivals.removeBefore(now.minus(ARRIVALS_KEPT));
        Report report = new Report(facts, erased, arrivals);
        log.info("Retention: {} ended consent facts removed, {} inactive customers erased, {} old arrivals removed",
                facts, erased, arrivals);
        return report;
    }
}
