package nl.connectedstore.store;

/** A staff action named a sign-in that does not exist, has ended or expired, or is another store's. */
public final class StaffSessionEndedException extends RuntimeException {

    public StaffSessionEndedException(long sessionId) {
        super("Staff session " + sessionId + " is not signed in (unknown, ended, expired or another store's)");
    }
}
