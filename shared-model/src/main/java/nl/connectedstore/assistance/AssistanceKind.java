package nl.connectedstore.assistance;

/** Why a terminal calls staff. */
public enum AssistanceKind {
    /** An age-restricted item was scanned: a clerk checks the customer's ID and approves or refuses. */
    AGE_CHECK,
    /** The customer pressed "Call staff". */
    HELP
}
