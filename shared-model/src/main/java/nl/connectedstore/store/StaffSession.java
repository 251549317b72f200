package nl.connectedstore.store;

/**
 * Who is signed in at a counter: what the screens show. A staff action hands it to the service, which checks
 * {@code sessionId} against the stored sign-in where the action is stored ({@link StoreService#signedIn}) and
 * takes the staff member's id and name from there, never from these fields.
 */
public record StaffSession(long sessionId, long staffId, String name, StaffRole role, String storeCode) {
}
