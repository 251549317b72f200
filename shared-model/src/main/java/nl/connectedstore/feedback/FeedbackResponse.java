package nl.connectedstore.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/**
 * One customer's answer: a 1-5 smiley, optionally 0-10 "would you recommend us" and a comment. It names no customer:
 * the link to one, when they allowed it, is a {@link FeedbackAuthor}. At most one per sale and per web order (the
 * table's unique constraints).
 */
@Entity
@Table(name = "feedback_response")
class FeedbackResponse extends Identified {

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "terminal_code", nullable = false, length = 32)
    private String terminalCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedbackChannel channel;

    @Column(name = "sale_id")
    private Long saleId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(nullable = false)
    private short rating;

    @Column
    private Short recommend;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected FeedbackResponse() {
    }

    FeedbackResponse(long storeId, String terminalCode, FeedbackChannel channel, Long saleId, Long orderId,
                     Long staffId, int rating, Integer recommend, String comment, String language, Instant givenAt) {
        this.storeId = storeId;
        this.terminalCode = terminalCode;
        this.channel = channel;
        this.saleId = saleId;
        this.orderId = orderId;
        this.staffId = staffId;
        this.rating = (short) rating;
        this.recommend = recommend == null ? null : recommend.shortValue();
        this.comment = comment;
        this.language = language;
        this.givenAt = givenAt;
    }
}
