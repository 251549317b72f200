package nl.connectedstore.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.connectedstore.assistance.AgeChecks;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CustomerCardService;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.inventory.ReservationService;
import nl.connectedstore.orders.CustomerOrders;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.privacy.CustomerExport;
import nl.connectedstore.privacy.Erasure;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.privacy.PrivacyPortal;
import nl.connectedstore.privacy.RetentionJob;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.CustomerSales;
import nl.connectedstore.sales.PaymentsToResolve;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.store.StoreService;

/**
 * The tests' and benchmarks' one place to build services the way a composition root does: each service gets the
 * services it works with handed in (no service builds another). {@code Services.on(tx, clock).checkout()} instead of
 * copying the wiring into every test.
 *
 * <p>One {@code Services} builds each service once and hands that one to every service that works with it.
 *
 * <p>Without a database file, an approved payment whose sale cannot be stored and not be reversed goes onto the
 * database's to-resolve list with no file to fall back on (the log only), as the services' old convenience
 * constructors did.
 */
public final class Services {

    private final Transactor tx;
    private final Clock clock;
    private final Map<Class<?>, Object> built = new HashMap<>();

    private Services(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The services of this database, reading the time from {@code clock}. */
    public static Services on(Transactor tx, Clock clock) {
        return new Services(tx, clock);
    }

    /** The services of this database, on the system's UTC clock. */
    public static Services on(Transactor tx) {
        return on(tx, Clock.systemUTC());
    }

    public static Services on(Database db, Clock clock) {
        return on(db.transactor(), clock);
    }

    public static Services on(Database db) {
        return on(db.transactor());
    }

    public StoreService stores() {
        return once(StoreService.class, () -> new StoreService(tx, clock, new PinGuard(tx, clock)));
    }

    public CatalogService catalog() {
        return once(CatalogService.class, () -> new CatalogService(tx));
    }

    public AgeChecks ageChecks() {
        return once(AgeChecks.class, () -> new AgeChecks(tx, clock));
    }

    /** The to-resolve list with no file to fall back on. */
    public PaymentsToResolve toResolve() {
        return new PaymentsToResolve(tx, clock, null);
    }

    public CheckoutService checkout() {
        return checkout(toResolve());
    }

    public CheckoutService checkout(PaymentsToResolve toResolve) {
        return new CheckoutService(tx, clock, toResolve, ageChecks());
    }

    public OrderService orders(Duration hold) {
        return orders(hold, toResolve());
    }

    public OrderService orders(Duration hold, PaymentsToResolve toResolve) {
        return new OrderService(tx, clock, hold, toResolve, catalog(), customers(), stores(),
                reservations());
    }

    /** Search of the chain in this database; {@link ShopSearch#rebuild} builds its index. */
    public ShopSearch search() {
        return new ShopSearch(catalog(), tx);
    }

    public ConsentService consents() {
        return once(ConsentService.class, () -> new ConsentService(tx, clock));
    }

    public AccessLog accessLog() {
        return once(AccessLog.class, () -> new AccessLog(tx, stores(), clock));
    }

    public CustomerService customers() {
        return once(CustomerService.class, () -> new CustomerService(tx, consents(), stores(), clock));
    }

    public ArrivalService arrivals() {
        return once(ArrivalService.class, () -> new ArrivalService(tx, customers(), consents(), clock));
    }

    public CustomerCardService customerCards() {
        return once(CustomerCardService.class, () -> new CustomerCardService(tx, accessLog(), consents(), clock));
    }

    public FeedbackService feedback() {
        return once(FeedbackService.class, () -> new FeedbackService(tx, customers(), consents(), clock));
    }

    public FeedbackComments feedbackComments(ZoneId zone, Themes themes) {
        return new FeedbackComments(tx, consents(), clock, zone, themes);
    }

    public ReservationService reservations() {
        return once(ReservationService.class, () -> new ReservationService(tx, stores(), clock));
    }

    public CustomerSales customerSales() {
        return once(CustomerSales.class, () -> new CustomerSales(tx));
    }

    public CustomerOrders customerOrders() {
        return once(CustomerOrders.class, () -> new CustomerOrders(tx));
    }

    public Erasure erasure() {
        return once(Erasure.class, () -> new Erasure(tx, customers(), customerSales(), consents(), arrivals(),
                reservations(), customerOrders(), feedback()));
    }

    public CustomerExport export() {
        return once(CustomerExport.class, () -> new CustomerExport(tx, customers(), customerSales(),
                customerOrders(), consents(), accessLog(), feedback(), clock));
    }

    public ErasureRequests erasureRequests() {
        return once(ErasureRequests.class, () -> new ErasureRequests(tx, customers(), erasure(), clock));
    }

    public RetentionJob retention() {
        return once(RetentionJob.class, () -> new RetentionJob(tx, consents(), erasure(), arrivals(), clock));
    }

    public PrivacyPortal privacyPortal() {
        return once(PrivacyPortal.class, () -> new PrivacyPortal(customers(), consents(), export(),
                erasureRequests(), clock));
    }

    /** Each service once per {@code Services}, as a composition root builds it; its collaborators likewise. */
    private <T> T once(Class<T> type, Supplier<T> build) {
        Object built = this.built.get(type);
        if (built == null) {
            built = build.get();
            this.built.put(type, built);
        }
        return type.cast(built);
    }
}
