package nl.connectedstore.clienteling;

/**
 * What a card scan at a terminal came to.
 *
 * @param firstName the card holder's first name, to greet them on the screen they scanned at; empty for an
 *                  unknown or blocked card
 * @param language  the holder's preferred language (a language tag), or null
 */
public record CheckIn(Outcome outcome, String firstName, String language) {

    public enum Outcome {
        /** Checked in, and the counters were told: RECOGNITION allowed it at this moment. */
        ANNOUNCED,
        /** A good card without RECOGNITION: welcomed here, nobody else is told, nothing is stored. */
        NOT_ANNOUNCED,
        UNKNOWN_CARD,
        BLOCKED_CARD
    }

    public boolean known() {
        return outcome == Outcome.ANNOUNCED || outcome == Outcome.NOT_ANNOUNCED;
    }
}
