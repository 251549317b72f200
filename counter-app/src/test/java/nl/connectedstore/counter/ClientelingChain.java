package nl.connectedstore.counter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * One small demo chain per test JVM for the counter's presenter tests, which change data (consents, stock,
 * reservations, cards): each test takes customers and products of its own (a fresh sign-up, or its own demo
 * regular through {@link #regular}), so they share the database without meeting. The counter's services run with the
 * counter's database rights ({@link CounterStage#asCounter}); set-up that a kiosk or the chain does runs as owner.
 */
final class ClientelingChain {

    private static ClientelingChain chain;

    final Database owner;
    final Database counter;
    final StoreInfo amsterdam;
    /** The counter's clienteling services, the co-purchase model learnt from the chain's baskets. */
    final Clienteling clienteling;
    final CatalogService catalog;
    final InventoryService inventory;
    final CustomerService customers;
    final ConsentService consents;
    private int regularsHandedOut;

    private ClientelingChain() {
        owner = DemoDatabase.fresh("counter-presenters-", new DemoChain.Size(300, 3_000, 40));
        Runtime.getRuntime().addShutdownHook(new Thread(owner::close));
        counter = CounterStage.asCounter(owner);
        amsterdam = Services.on(counter.transactor()).stores().store("AMS").orElseThrow();
        clienteling = TestKits.clienteling(counter.transactor(), Clock.systemUTC(), Duration.ofMinutes(20),
                Duration.ofMillis(250));
        clienteling.model().retrain(ProgressListener.NONE);
        catalog = new CatalogService(counter.transactor());
        inventory = new InventoryService(counter.transactor());
        customers = Services.on(owner.transactor(), Clock.systemUTC()).customers();
        consents = new ConsentService(owner.transactor(), Clock.systemUTC());
    }

    static synchronized ClientelingChain get() {
        if (chain == null) {
            chain = new ClientelingChain();
        }
        return chain;
    }

    /**
     * A demo customer who bought several times in Amsterdam, not handed to another test before, with these consents
     * given now at a kiosk (and PERSONAL_ADVICE withdrawn unless among them).
     */
    synchronized CardView regular(Purpose... purposes) {
        List<Long> ids = owner.transactor().read(s -> s.createSelectionQuery("select c.id from Customer c where"
                + " (select count(x) from Sale x where x.customer = c and x.store.code = 'AMS') > 2"
                + " order by c.id desc", Long.class).getResultList());
        long id = ids.get(regularsHandedOut++);
        List<Purpose> wanted = List.of(purposes);
        for (Purpose p : Purpose.values()) {
            if (wanted.contains(p)) {
                consents.grant(id, ConsentText.current(p, "en"), 3, Channel.KIOSK, "AMS-KIOSK-1", new byte[] {1});
            } else if (consents.mayWe(id, p)) {
                consents.withdraw(id, p, Channel.KIOSK, "AMS-KIOSK-1");
            }
        }
        String number = owner.transactor().read(s -> s.createSelectionQuery(
                        "select k.cardNumber from LoyaltyCard k where k.customer.id = :c", String.class)
                .setParameter("c", id).setMaxResults(1).getSingleResult());
        return customers.card(number).orElseThrow();
    }

    /**
     * A product Amsterdam carries and the warehouse too, sold out in every store, with {@code inWarehouse} left in the
     * warehouse; {@code n} picks another product for each test that needs one.
     */
    long soldOutHere(int n, int inWarehouse) {
        return owner.transactor().write(s -> {
            long id = s.createSelectionQuery("select p.id from Product p where exists (select 1 from StockLevel a"
                            + " where a.product = p and a.store.code = 'AMS') and exists (select 1 from StockLevel w"
                            + " where w.product = p and w.store.code = 'WH') and p.soldByWeight = false"
                            + " order by p.id desc", Long.class)
                    .setFirstResult(n).setMaxResults(1).getSingleResult();
            s.createMutationQuery("update StockLevel l set l.quantity = case when l.store.code = 'WH' then :left"
                            + " else 0 end where l.product.id = :p")
                    .setParameter("p", id).setParameter("left", inWarehouse).executeUpdate();
            return id;
        });
    }

    /** How many of {@code productId} the location {@code storeCode} holds. */
    int stock(long productId, String storeCode) {
        return owner.transactor().read(s -> s.createSelectionQuery("select l.quantity from StockLevel l"
                        + " where l.product.id = :p and l.store.code = :s", Integer.class)
                .setParameter("p", productId).setParameter("s", storeCode).getSingleResult());
    }
}
