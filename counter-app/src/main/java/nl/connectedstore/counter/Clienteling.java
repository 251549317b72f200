package nl.connectedstore.counter;

import java.time.Clock;
import java.time.Duration;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CustomerCardService;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;

/**
 * What the counter needs to serve regulars: who arrived, their card, what to offer, reserving elsewhere; the services
 * made once by the composition root.
 *
 * @param fade      how long an arrival stays in the feed after the card was last scanned
 * @param pollEvery how often the feed asks the database
 */
record Clienteling(ArrivalService arrivals, CustomerCardService cards, ConsentService consents, SuggestionService suggestions,
                   ReservationService reservations, CurrentModel model, Clock clock, Duration fade,
                   Duration pollEvery) {
}
