package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.PrivacyPortal;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;

/** The tests' one place to build the kiosk's kits as {@code KioskApp} does, on one database and clock. */
final class TestKits {

    private TestKits() {
    }

    static LoyaltyKit loyalty(Transactor tx, Clock clock, Path exportDir) {
        return new LoyaltyKit(Services.on(tx, clock).customers(), new ConsentService(tx, clock),
                Services.on(tx, clock).privacyPortal(), Services.on(tx, clock).arrivals(), exportDir, clock);
    }

    /**
     * The first product of {@code store}'s catalogue a customer can just scan and pay: counted (not weighed), no age
     * limit, priced, with more than {@code moreThan} in stock here.
     */
    static ProductCard everydayItem(CatalogService catalog, StoreInfo store, int moreThan) {
        return catalog.search(store, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.price() != null
                        && p.stock() == StockStatus.IN_STOCK && p.quantityHere() > moreThan)
                .findFirst().orElseThrow();
    }
}
