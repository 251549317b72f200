package nl.connectedstore.privacy;

import java.util.List;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.orders.CustomerOrders;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.sales.CustomerSales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a customer for good: name, contact details, cards, consents with their signatures. Their sales, orders,
 * reservations and feedback stay for the books but no longer point at anyone; the staff access log keeps only the
 * old number, which nothing links to a person any more. One transaction: all of it or none.
 *
 * <p>Erasure sits above the capabilities and asks each one for its part through its own service; every step joins
 * this one unit of work ({@link Transactor#writeJoining}), so no package's tables are touched from here but the
 * privacy package's own (the erasure requests).
 */
public final class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final Transactor tx;
    private final CustomerService customers;
    private final CustomerSales sales;
    private final ConsentService consents;
    private final ArrivalService arrivals;
    private final ReservationService reservations;
    private final CustomerOrders orders;
    private final FeedbackService feedback;

    public Erasure(Transactor tx, CustomerService customers, CustomerSales sales, ConsentService consents,
                   ArrivalService arrivals, ReservationService reservations, CustomerOrders orders,
                   FeedbackService feedback) {
        this.tx = tx;
        this.customers = customers;
        this.sales = sales;
        this.consents = consents;
        this.arrivals = arrivals;
        this.reservations = reservations;
        this.orders = orders;
        this.feedback = feedback;
    }

    /**
     * Erases the customer; afterwards the database rewrites the pages the deleted rows freed
     * ({@link PersonalData#REWRITTEN}).
     *
     * @return how many sales were unlinked
     * @throws IllegalArgumentException when there is no such customer (erased meanwhile); nothing changes
     */
    public int erase(long customerId) {
        int sales = tx.write(session -> {
            List<String> cards = customers.cardNumbersOf(customerId);
            int unlinked = this.sales.forgetCustomer(customerId);
            consents.forgetCustomer(customerId);
            arrivals.forgetCustomer(customerId);
            reservations.forgetCustomer(customerId);
            // Web orders stay for the books, without the person (and, once they no longer travel, without the
            // delivery address)
            orders.forget(customerId);
            if (!cards.isEmpty()) {
                session.createMutationQuery("delete from ErasureRequest r where r.cardNumber in (:cards)")
                        .setParameterList("cards", cards).executeUpdate();
            }
            feedback.forgetCustomer(customerId);
            customers.forget(customerId);
            return unlinked;
        });
        log.info("Customer {} erased; {} sales kept without a link to them", customerId, sales);
        // Deleted rows linger in the database file's free pages until they are overwritten: rewrite them now.
        tx.rewriteFreedPages(PersonalData.REWRITTEN);
        return sales;
    }
}
