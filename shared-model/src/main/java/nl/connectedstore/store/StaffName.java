package nl.connectedstore.store;

/**
 * A member of staff as a customer or a manager picks them: by first name ("who helped you today?", the dashboard's
 * clerk filter). Nothing else of them (no role, no PIN hash).
 */
public record StaffName(long staffId, String firstName) {

    /** The first word of a full name as stored ("Sanne de Vries" is "Sanne"). */
    public static StaffName of(long staffId, String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        int space = name.indexOf(' ');
        return new StaffName(staffId, space < 0 ? name : name.substring(0, space));
    }
}
