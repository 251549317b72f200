package nl.connectedstore.orders;

/**
 * A product sold out at its source between the basket and the order: nothing was reserved, nothing was
 * charged. The kiosk tells the customer and plans again (another source) or offers alternatives.
 */
public final class SoldOutException extends RuntimeException {

    private final long productId;
    private final String productName;
    private final String sourceName;
    private final int wanted;
    private final int left;

    SoldOutException(long productId, String productName, String sourceName, int wanted, int left) {
        super(productName + ": " + wanted + " wanted, " + left + " left at " + sourceName);
        this.productId = productId;
        this.productName = productName;
        this.sourceName = sourceName;
        this.wanted = wanted;
        this.left = left;
    }

    public long productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public String sourceName() {
        return sourceName;
    }

    public int wanted() {
        return wanted;
    }

    public int left() {
        return left;
    }
}
