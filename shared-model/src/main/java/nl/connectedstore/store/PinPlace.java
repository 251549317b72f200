package nl.connectedstore.store;

/** Where a PIN was typed: what the failure log says about an attempt besides terminal and time. */
public enum PinPlace {
    SIGN_IN, AGE_CHECK, HELP_CALL, PIN_CHANGE
}
