package nl.connectedstore.customers;

/** Why a sign-up was refused; the screen shows a message per problem and keeps what was typed. */
public enum SignUpProblem {
    EMPTY_NAME, NAME_TOO_LONG, BAD_EMAIL, BAD_PHONE, NO_SIGNATURE, BAD_DURATION
}
