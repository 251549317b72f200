package nl.connectedstore.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last receipt number a terminal printed. Locked for the length of a sale, so numbers have no gaps. */
@Entity
@Table(name = "receipt_counter")
class ReceiptCounter {

    @Id
    @Column(name = "terminal_id")
    private Long terminalId;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ReceiptCounter() {
    }

    ReceiptCounter(long terminalId, long lastNumber) {
        this.terminalId = terminalId;
        this.lastNumber = lastNumber;
    }

    long next() {
        return ++lastNumber;
    }
}
