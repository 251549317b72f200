package nl.connectedstore.counter;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.orders.Destination;
import nl.connectedstore.orders.OrderPlan;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.orders.PaymentChoice;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;

/** Web orders as far as the counter's feedback prompt needs them: ordered at the kiosk, paid, handed over. */
final class HandedOverOrders {

    private HandedOverOrders() {
    }

    private static final java.util.Map<Database, Database> KIOSKS = new java.util.IdentityHashMap<>();

    /** The kiosk's login to {@code owner}'s database, opened once and closed when the JVM ends. */
    static synchronized Database kioskOf(Database owner) {
        return KIOSKS.computeIfAbsent(owner, o -> {
            Database kiosk = nl.connectedstore.persistence.DemoDatabase.as(o,
                    nl.connectedstore.persistence.AppRole.KIOSK);
            Runtime.getRuntime().addShutdownHook(new Thread(kiosk::close));
            return kiosk;
        });
    }

    /**
     * A web order placed at Amsterdam's kiosk in {@code language}, paid there, prepared and handed over by
     * {@code clerk}, in {@code owner}'s database.
     */
    static OrderView handedOver(Database owner, Locale language, StaffSession clerk) {
        Database counter = CounterStage.asCounter(owner);
        StoreInfo amsterdam = Services.on(counter.transactor()).stores().store("AMS").orElseThrow();
        OrderService kiosk = Services.on(kioskOf(owner).transactor(), Clock.systemUTC())
                .orders(OrderService.DEFAULT_HOLD);
        OrderService desk = Services.on(counter.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        ProductCard product = new CatalogService(counter.transactor()).search(amsterdam,
                        new SearchQuery("", null, 200)).stream()
                .filter(p -> p.stock() == StockStatus.IN_STOCK && p.price() != null && !p.soldByWeight()
                        && p.minimumAge() == 0 && p.quantityHere() > 3)
                .reduce((a, b) -> b).orElseThrow();
        OrderPlan plan = kiosk.plan(amsterdam, List.of(new OrderService.Wanted(product.id(), 1)),
                Destination.pickUpAt(amsterdam.id()));
        OrderView placed = kiosk.place(amsterdam, "AMS-KIOSK-1", plan, PaymentChoice.AT_KIOSK, language);
        kiosk.paid(placed.code(), new PaymentTerminal.Outcome(PaymentStatus.APPROVED, "T-" + placed.code()),
                "AMS-KIOSK-1");
        desk.markReady(placed.code(), clerk);
        return desk.handOver(placed.code(), clerk);
    }

}
