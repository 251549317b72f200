package nl.connectedstore.feedback;

/** Where a customer answered: after paying at a self-checkout, after a web order, or at the counter after a sale. */
public enum FeedbackChannel {
    SELF_CHECKOUT, WEB_ORDER, COUNTER
}
