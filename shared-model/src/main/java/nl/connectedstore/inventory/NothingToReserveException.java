package nl.connectedstore.inventory;

/** The location has none left to hold (another terminal may just have taken the last one). */
public final class NothingToReserveException extends RuntimeException {

    public NothingToReserveException(String productName, String storeName) {
        super("No " + productName + " left to reserve at " + storeName);
    }
}
