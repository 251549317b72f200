package nl.connectedstore.assistance;

/** Another clerk (or the customer, by cancelling) got there first. */
public final class AlreadyAnsweredException extends RuntimeException {

    private final AssistanceStatus status;

    public AlreadyAnsweredException(AssistanceStatus status) {
        super("The request was already " + status);
        this.status = status;
    }

    public AssistanceStatus status() {
        return status;
    }
}
