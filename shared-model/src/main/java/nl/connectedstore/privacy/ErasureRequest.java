package nl.connectedstore.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.connectedstore.persistence.Identified;

/**
 * A customer's wish, made at a kiosk, to have their account erased (V13). The kiosk may only insert these; a
 * terminal with staff rights carries them out ({@link ErasureRequests#carryOut}) and deletes them. Holds nothing but
 * the card number, and no longer than until it is carried out.
 */
@Entity
@Table(name = "erasure_request")
class ErasureRequest extends Identified {

    @Column(name = "card_number", nullable = false, length = 32)
    private String cardNumber;

    @Column(name = "terminal_code", nullable = false, length = 32)
    private String terminalCode;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected ErasureRequest() {
    }

    ErasureRequest(String cardNumber, String terminalCode, Instant requestedAt) {
        this.cardNumber = cardNumber;
        this.terminalCode = terminalCode;
        this.requestedAt = requestedAt;
    }

    String cardNumber() {
        return cardNumber;
    }

    Instant requestedAt() {
        return requestedAt;
    }
}
