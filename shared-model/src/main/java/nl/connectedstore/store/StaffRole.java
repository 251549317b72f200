package nl.connectedstore.store;

public enum StaffRole {
    CLERK, MANAGER
}
