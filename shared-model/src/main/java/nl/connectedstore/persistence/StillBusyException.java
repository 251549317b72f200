package nl.connectedstore.persistence;

/**
 * Work that other terminals kept changing under it: every attempt of {@link Transactor#writeRetrying} met a
 * conflict, so nothing was stored. A person sees "busy, please try again", not the database's exception.
 */
public final class StillBusyException extends RuntimeException {

    private final int attempts;

    public StillBusyException(int attempts, Throwable lastConflict) {
        super("Still changed by another terminal after " + attempts + " attempts; nothing was stored", lastConflict);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
