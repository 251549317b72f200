package nl.connectedstore.feedback;

/** Feedback that was not stored, and why; {@link #messageKey()} is what the customer is told. */
public final class FeedbackRefusedException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** This sale (or order) already has its answer: one per purchase. */
        ALREADY_GIVEN,
        /** No such sale or order: nothing to answer about. */
        UNKNOWN_PURCHASE,
        /** A value out of range (a rating of 7, an unknown language). */
        INVALID
    }

    private final Reason reason;

    public FeedbackRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The resource bundle key of the text the person in front of the screen reads. */
    public String messageKey() {
        return switch (reason) {
            case ALREADY_GIVEN -> "feedback.refused.alreadyGiven";
            case UNKNOWN_PURCHASE -> "feedback.refused.unknownPurchase";
            case INVALID -> "feedback.refused.invalid";
        };
    }
}
