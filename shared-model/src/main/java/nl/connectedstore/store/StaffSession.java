package nl.connectedstore.store;

/** Who is signed in at a counter. */
public record StaffSession(long staffId, String name, StaffRole role, String storeCode) {
}
