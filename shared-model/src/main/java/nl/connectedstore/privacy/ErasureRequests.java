package nl.connectedstore.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Erase my account", split along the trust boundary (docs/decisions/0006-database-rights-per-app.md). The kiosk,
 * in the customer's hands, may not delete customers: a database login that can delete rows can read them on H2, and
 * could delete anyone's by guessing ids. So the kiosk records the wish ({@link #request}, an insert it may do, for
 * the holder of the card it was shown) and a terminal with staff rights, the counter, carries it out within seconds
 * ({@link #carryOut}, polled). From the moment the wish is recorded the kiosk's views no longer show that customer.
 */
public final class ErasureRequests {

    private static final Logger log = LoggerFactory.getLogger(ErasureRequests.class);

    private final Transactor tx;
    private final CustomerService customers;
    private final Erasure erasure;
    private final Clock clock;

    /** @param erasure how {@link #carryOut} erases (the counter's); the kiosk only records and asks */
    public ErasureRequests(Transactor tx, CustomerService customers, Erasure erasure, Clock clock) {
        this.tx = tx;
        this.customers = customers;
        this.erasure = erasure;
        this.clock = clock;
    }

    /**
     * Records that the holder of this card wants their account erased (the kiosk). Refused (false) when the card is
     * unknown or not active, or its holder's erasure is already under way.
     */
    public boolean request(String cardNumber, String terminalCode) {
        Transactor holder = tx.asHolderOf(cardNumber);
        boolean recorded = holder.write(session -> {
            // read in this unit of work: customers.card joins it, as the same card's holder
            Optional<CardView> card = customers.card(cardNumber).filter(c -> c.status() == CardStatus.ACTIVE);
            if (card.isEmpty()) {
                return false;
            }
            session.persist(new ErasureRequest(cardNumber, terminalCode, clock.instant()));
            return true;
        });
        if (recorded) {
            log.info("Erasure of a customer's account requested at {}", terminalCode);
        }
        return recorded;
    }

    /** Whether an erasure asked for with this card is still waiting to be carried out (the kiosk may ask). */
    public boolean pending(String cardNumber) {
        return tx.asHolderOf(cardNumber).read(session -> session.createSelectionQuery(
                        "select count(r) from ErasureRequest r where r.cardNumber = :n", Long.class)
                .setParameter("n", cardNumber)
                .getSingleResult() > 0);
    }

    /**
     * Carries out every recorded erasure (the counter, with staff rights): the card's holder is erased like any
     * erasure ({@link Erasure#erase}), which also deletes the request. A request whose card no longer exists
     * (erased meanwhile, by another counter or the retention job) is simply deleted. Safe on several counters at
     * once.
     *
     * @return how many customers were erased
     */
    public int carryOut() {
        List<Object[]> waiting = tx.read(session -> session.createSelectionQuery(
                        "select r.id, c.customer.id from ErasureRequest r left join LoyaltyCard c"
                                + " on c.cardNumber = r.cardNumber order by r.requestedAt", Object[].class)
                .getResultList());
        int erased = 0;
        for (Object[] row : waiting) {
            long requestId = (Long) row[0];
            Long customerId = (Long) row[1];
            if (customerId != null) {
                try {
                    erasure.erase(customerId);
                    erased++;
                } catch (IllegalArgumentException gone) {
                    log.info("Customer {} was already erased", customerId);
                }
            }
            tx.write(session -> session.createMutationQuery("delete from ErasureRequest r where r.id = :id")
                    .setParameter("id", requestId).executeUpdate());
        }
        if (erased > 0) {
            log.info("{} requested erasures carried out", erased);
        }
        return erased;
    }
}
