package nl.connectedstore.store;

public enum StoreKind {
    STORE, WAREHOUSE
}
