package nl.connectedstore.store;

public enum TerminalKind {
    KIOSK, CHECKOUT, COUNTER
}
