package nl.connectedstore.consent;

/** Where a consent was given or withdrawn. */
public enum Channel {
    KIOSK, COUNTER
}
