package nl.connectedstore.sales;

import java.time.Instant;
import java.util.Objects;
import nl.connectedstore.money.Money;

/**
 * A card payment that was approved but has no sale or order payment behind it and could not be reversed: what the
 * customer's note and the counter's "Payments to resolve" list show. No card data: the terminal's reference only.
 *
 * @param id          the row in the to-resolve list; 0 while it is kept elsewhere ({@link #kept})
 * @param caseCode    short code the customer shows staff, e.g. "P7K3-Q9XD"
 * @param orderCode   the web order it was meant to pay, or null for a sale
 * @param whatFailed  for staff: what could not be stored and why the reversal failed
 * @param resolution  null while open
 */
public record UnresolvedPayment(long id, String caseCode, String terminalCode, long storeId, Money amount,
                                Instant paidAt, String terminalReference, String orderCode, String whatFailed,
                                Kept kept, Resolution resolution, String resolvedBy, Instant resolvedAt) {

    public UnresolvedPayment {
        Objects.requireNonNull(caseCode);
        Objects.requireNonNull(terminalCode);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(paidAt);
        Objects.requireNonNull(kept);
    }

    /** How staff settled it. */
    public enum Resolution {
        /** The amount was given back to the customer by hand. */
        REFUNDED_BY_HAND,
        /** The sale (or the order's payment) was entered after all. */
        SALE_ENTERED
    }

    /** Where the record of it is kept. */
    public enum Kept {
        /** In the database's to-resolve list, shown at the counter. */
        TO_RESOLVE_LIST,
        /** The database was unreachable: in a file in this machine's data folder, moved into the list at next start. */
        LOCAL_FILE,
        /** Neither could be written: only the app's log and the customer's note hold it. */
        LOG_ONLY
    }

    public boolean open() {
        return resolution == null;
    }

    /** The case code as shown: two groups of four. */
    public String caseCodeShown() {
        return caseCode.length() == 8 ? caseCode.substring(0, 4) + "-" + caseCode.substring(4) : caseCode;
    }

    UnresolvedPayment kept(Kept where) {
        return new UnresolvedPayment(id, caseCode, terminalCode, storeId, amount, paidAt, terminalReference, orderCode,
                whatFailed, where, resolution, resolvedBy, resolvedAt);
    }
}
