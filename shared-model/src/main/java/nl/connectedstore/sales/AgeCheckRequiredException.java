package nl.connectedstore.sales;

/**
 * A self-service terminal tried to sell an age-restricted item without a clerk's approval for it. Nothing
 * was charged: the check comes before the payment.
 */
public final class AgeCheckRequiredException extends RuntimeException {

    private final int minimumAge;

    public AgeCheckRequiredException(String terminalCode, int minimumAge) {
        super("Terminal " + terminalCode + " needs a clerk's approval for a " + minimumAge + "+ item");
        this.minimumAge = minimumAge;
    }

    public int minimumAge() {
        return minimumAge;
    }
}
