package nl.connectedstore.kiosk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.suggest.SuggestionService;

/**
 * What the kiosk's webshop (the endless aisle) works with, made once by the composition root.
 *
 * @param pickupStores where an order placed here can be picked up, this store first
 * @param payments     the card terminal; empty on a kiosk without one (the mode has no checkout): then only "pay at
 *                     the counter"
 * @param simulator    the simulated card terminal when no real one is connected (its buttons are shown); else empty
 * @param indexProgress how far building the typo-tolerant search index is: 0..1, 1 when ready
 */
record OrderKit(ShopSearch search, OrderService orders, SuggestionService suggestions, List<StoreInfo> pickupStores,
                Optional<PaymentTerminal> payments, Optional<SimulatedPaymentTerminal> simulator,
                DoubleProperty indexProgress) {

    OrderKit {
        pickupStores = List.copyOf(pickupStores);
        payments = Objects.requireNonNull(payments);
        simulator = Objects.requireNonNull(simulator);
        if (indexProgress == null) {
            indexProgress = new SimpleDoubleProperty(search.ready() ? 1 : 0);
        }
    }
}
