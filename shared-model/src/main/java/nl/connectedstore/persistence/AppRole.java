package nl.connectedstore.persistence;

/**
 * Who is connecting, and so which database rights the connection gets (see {@link DatabaseRights} and
 * docs/decisions/0006-database-rights-per-app.md).
 */
public enum AppRole {
    /** Owns the schema: migrations, the demo fill, grants. Tests and tools; never a till in a customer's hands. */
    OWNER(null, null),
    /** The staff's app: answers requests, reads and logs customers' profiles, blocks cards. */
    COUNTER("connectedstore_counter", "counter"),
    /** The customer's app: sells, asks staff, signs customers up; cannot act as staff. */
    KIOSK("connectedstore_kiosk", "kiosk");

    private final String databaseRole;
    private final String embeddedUser;

    AppRole(String databaseRole, String embeddedUser) {
        this.databaseRole = databaseRole;
        this.embeddedUser = embeddedUser;
    }

    /** The database role (group) that holds this app's grants; null for the owner. */
    public String databaseRole() {
        return databaseRole;
    }

    /** The login the app uses on the embedded database (its password in {@code db/<user>.secret}). */
    String embeddedUser() {
        return embeddedUser;
    }
}
