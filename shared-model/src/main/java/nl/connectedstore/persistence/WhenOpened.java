package nl.connectedstore.persistence;

/**
 * A step a capability runs each time {@link Database#open} has opened the database (e.g. sales moves the payments
 * kept in the data folder during an outage onto the counter's list). Steps are found with {@link
 * java.util.ServiceLoader} ({@code META-INF/services/nl.connectedstore.persistence.WhenOpened}), so persistence
 * depends on no capability; a failing step is logged and never fails the open.
 */
public interface WhenOpened {

    void opened(Database database);
}
