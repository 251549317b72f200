package nl.connectedstore.assistance;

/** Where a request stands. Only {@link #OPEN} can change, and only once. */
public enum AssistanceStatus {
    OPEN, APPROVED, REFUSED, DONE, CANCELLED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
