package nl.connectedstore.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;

/**
 * Who gave a response: only when they showed their card and allowed recognition at that moment. Erasure deletes
 * these rows ({@link FeedbackService#forgetCustomer}); the response stays, anonymous.
 */
@Entity
@Table(name = "feedback_author")
public class FeedbackAuthor {

    @Id
    @Column(name = "response_id")
    private long responseId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    protected FeedbackAuthor() {
    }

    FeedbackAuthor(long responseId, long customerId) {
        this.responseId = responseId;
        this.customerId = customerId;
    }

    /** The one erasure step for feedback: the customer's responses stay, without the link to them. */
    static int unlinkCustomer(Session session, long customerId) {
        return session.createMutationQuery("delete from FeedbackAuthor a where a.customerId = :c")
                .setParameter("c", customerId).executeUpdate();
    }
}
