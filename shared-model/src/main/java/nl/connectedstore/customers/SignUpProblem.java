package nl.connectedstore.customers;

/**
 * Why a sign-up was refused; the screen shows a message per problem ({@code signup.problem.<NAME>}) and keeps
 * what was typed. The limits are the columns of {@code customer} (V1): names 100, e-mail 200, phone 40.
 */
public enum SignUpProblem {
    EMPTY_NAME, NAME_TOO_LONG,
    /** A name with characters that cannot be stored or exported: control characters, NUL, half an emoji. */
    NAME_UNREADABLE,
    BAD_EMAIL,
    /** Longer than the 200 characters an e-mail address may have here. */
    EMAIL_TOO_LONG,
    BAD_PHONE, NO_SIGNATURE, BAD_DURATION,
    /** Not one of the languages the kiosk speaks (en, nl, da). */
    UNSUPPORTED_LANGUAGE
}
