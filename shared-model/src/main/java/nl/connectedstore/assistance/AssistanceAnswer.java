package nl.connectedstore.assistance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A clerk's answer to one request, stored where the kiosk's database user can read but not write (see
 * docs/decisions/0006-database-rights-per-app.md): what a sale's age check and the waiting kiosk believe, not
 * the request row the kiosk itself updates when it cancels. One per request (the primary key).
 */
@Entity
@Table(name = "assistance_answer")
public class AssistanceAnswer {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssistanceStatus status;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "staff_name", nullable = false, length = 100)
    private String staffName;

    @Column(name = "staff_session_id")
    private Long staffSessionId;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected AssistanceAnswer() {
    }

    AssistanceAnswer(long requestId, AssistanceStatus status, long staffId, String staffName, long staffSessionId,
                     Instant answeredAt) {
        this.requestId = requestId;
        this.status = status;
        this.staffId = staffId;
        this.staffName = staffName;
        this.staffSessionId = staffSessionId;
        this.answeredAt = answeredAt;
    }

    AssistanceStatus status() {
        return status;
    }

    String staffName() {
        return staffName;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
