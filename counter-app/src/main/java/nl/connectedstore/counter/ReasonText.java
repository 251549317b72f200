package nl.connectedstore.counter;

import nl.connectedstore.inventory.ReservationView;
import nl.connectedstore.suggest.Reason;
import nl.connectedstore.ui.Messages;

/** What a clerk reads about a suggestion and a reservation, in their language: one wording everywhere. */
final class ReasonText {

    private ReasonText() {
    }

    /** "Often bought with Spaghetti", "In stock in Gent (7): reserve for pick-up here?", … */
    static String of(Messages messages, Reason reason) {
        return messages.get("suggest.reason." + reason.kind().name(), reason.relatedName(),
                reason.storeName() == null ? "" : reason.storeName(), reason.quantity());
    }

    /** "Reserved: Gent holds one until 25 Nov 2026, 14:05." */
    static String reserved(Messages messages, ReservationView held) {
        return messages.get("suggest.reserved", held.sourceStoreName(),
                messages.dateTime(held.expiresAt()));
    }
}
