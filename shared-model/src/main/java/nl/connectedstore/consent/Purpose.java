package nl.connectedstore.consent;

/** What a customer can allow, each on its own. */
public enum Purpose {
    /** Staff are told when the customer arrives. */
    RECOGNITION,
    /** Purchase history may be used for suggestions. */
    PERSONAL_ADVICE,
    /** We may contact the customer (WhatsApp, e-mail). */
    MESSAGES
}
