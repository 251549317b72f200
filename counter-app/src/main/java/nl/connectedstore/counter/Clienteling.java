package nl.connectedstore.counter;

import java.time.Clock;
import java.time.Duration;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CustomerCardService;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;

/**
 * What the counter needs to serve regulars: who arrived, their card, what to offer, reserving elsewhere.
 *
 * @param fade      how long an arrival stays in the feed after the card was last scanned
 * @param pollEvery how often the feed asks the database
 */
record Clienteling(ArrivalService arrivals, CustomerCardService cards, ConsentService consents, SuggestionService suggestions,
                   ReservationService reservations, CurrentModel model, Clock clock, Duration fade,
                   Duration pollEvery) {

    static Clienteling of(Transactor tx, Clock clock, Duration fade, Duration pollEvery) {
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(tx, clock));
        return new Clienteling(new ArrivalService(tx, clock),
                new CustomerCardService(tx, new AccessLog(tx, clock), clock), new ConsentService(tx, clock),
                new SuggestionService(tx, new CatalogService(tx), new InventoryService(tx), model, clock),
                new ReservationService(tx, clock), model, clock, fade, pollEvery);
    }
}
