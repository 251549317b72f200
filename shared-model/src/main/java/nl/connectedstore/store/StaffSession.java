package nl.connectedstore.store;

/**
 * Who is signed in at a counter: what the screens show. A staff action hands it to the service, which checks
 * {@code sessionId} against the stored sign-in where the action is stored ({@link StoreService#signedIn}) and
 * takes the staff member's id and name from there, never from these fields. {@code language} is the one they chose
 * for the counter (en, nl, da), or null for the store's own.
 */
public record StaffSession(long sessionId, long staffId, String name, StaffRole role, String storeCode,
                           String language) {

    /** A sign-in of someone who never chose a language: the counter speaks the store's. */
    public StaffSession(long sessionId, long staffId, String name, StaffRole role, String storeCode) {
        this(sessionId, staffId, name, role, storeCode, null);
    }

    /** The same sign-in after its member of staff chose {@code language} (en, nl, da). */
    public StaffSession speaking(String language) {
        return new StaffSession(sessionId, staffId, name, role, storeCode, language);
    }
}
