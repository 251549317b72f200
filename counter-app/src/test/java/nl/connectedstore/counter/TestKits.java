package nl.connectedstore.counter;

import java.time.Clock;
import java.time.Duration;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CustomerCardService;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.privacy.RetentionJob;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.testing.Services;

/** The tests' one place to build the counter's kits as {@code CounterApp} does, on one database and clock. */
final class TestKits {

    private TestKits() {
    }

    static CounterPrivacy privacy(Transactor tx, Clock clock, String terminalCode) {
        Services services = Services.on(tx, clock);
        return new CounterPrivacy(services.customers(), services.accessLog(), services.retention(),
                services.erasureRequests(), terminalCode);
    }

    static Clienteling clienteling(Transactor tx, Clock clock, Duration fade, Duration pollEvery) {
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(tx, clock));
        return new Clienteling(Services.on(tx, clock).arrivals(),
                Services.on(tx, clock).customerCards(), new ConsentService(tx, clock),
                new SuggestionService(tx, new CatalogService(tx), new InventoryService(tx),
                        Services.on(tx, clock).consents(), model, clock),
                Services.on(tx, clock).reservations(), model, clock, fade, pollEvery);
    }
}
