package nl.connectedstore.counter;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The counter as the UI tests put it on screen: English in the Netherlands, background work run at once. */
final class CounterStage {

    static final Messages ENGLISH = Messages.of(new Locale("en", "NL"));

    private CounterStage() {
    }

    /** A counter with the card desk and (when given) the arrival feed, on {@code database}. */
    static CounterShell shell(Database database, StoreInfo store, Clienteling clienteling) {
        return shell(database, store, clienteling, null);
    }

    /** The same counter, also handing over webshop orders when {@code orders} is given. */
    static CounterShell shell(Database database, StoreInfo store, Clienteling clienteling, CounterOrders orders) {
        return shell(database, store, clienteling, orders, null);
    }

    /** The same counter, also listing card payments to resolve when {@code toResolve} is given. */
    static CounterShell shell(Database owner, StoreInfo store, Clienteling clienteling, CounterOrders orders,
                              nl.connectedstore.sales.PaymentsToResolve toResolve) {
        return shell(owner, store, clienteling, orders, toResolve, TaskExecutor.direct());
    }

    /** The same counter, its background work run by {@code executor} (a {@link HeldExecutor}: a slow database). */
    static CounterShell shell(Database owner, StoreInfo store, Clienteling clienteling, CounterOrders orders,
                              nl.connectedstore.sales.PaymentsToResolve toResolve, TaskExecutor executor) {
        return shell(owner, store, clienteling, orders, toResolve, executor, ENGLISH);
    }

    /** The counter with its card desk only, in {@code language} until a clerk signs in. */
    static CounterShell shell(Database owner, StoreInfo store, Messages language, TaskExecutor executor) {
        return shell(owner, store, null, null, null, executor, language);
    }

    private static CounterShell shell(Database owner, StoreInfo store, Clienteling clienteling, CounterOrders orders,
                                      nl.connectedstore.sales.PaymentsToResolve toResolve, TaskExecutor executor,
                                      Messages language) {
        Database database = asCounter(owner);
        StoreService stores = Services.on(database.transactor()).stores();
        return new CounterShell(stores, new CatalogService(database.transactor()),
                new InventoryService(database.transactor()),
                new AssistanceService(database.transactor(), stores, Clock.systemUTC()), store, language,
                executor, store.code() + "-COUNTER-1", new CounterTools(
                        Optional.of(TestKits.privacy(database.transactor(), Clock.systemUTC(), "AMS-COUNTER-1")),
                        Optional.ofNullable(clienteling), Optional.ofNullable(orders), Optional.ofNullable(toResolve),
                        Optional.empty()));
    }

    /**
     * Every member of staff of {@code database} reads the counter in {@code language} (en, nl, da) from their next
     * sign-in. The demo chain's staff read Dutch and Danish and the counter follows the clerk who signs in: the UI
     * tests that check English texts have their clerks read English.
     */
    static void clerksRead(Database database, String language) {
        database.transactor().write(s -> s.createNativeMutationQuery("update staff_member set language = :language")
                .setParameter("language", language).executeUpdate());
    }

    private static final java.util.Map<Database, Database> AS_COUNTER = new java.util.IdentityHashMap<>();

    /**
     * The same database as the counter opens it, with the counter's own database user: the counter's services
     * in these tests run with exactly its rights. Closed when the JVM ends.
     */
    static synchronized Database asCounter(Database owner) {
        return AS_COUNTER.computeIfAbsent(owner, o -> {
            Database counter = nl.connectedstore.persistence.DemoDatabase.as(o,
                    nl.connectedstore.persistence.AppRole.COUNTER);
            Runtime.getRuntime().addShutdownHook(new Thread(counter::close));
            return counter;
        });
    }

    /** Shows {@code root} at the headless screen's size with the counter's styles. */
    static void show(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        Theme.applyTo(scene, CounterApp.class.getResource("counter.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    static void signIn(FxRobot robot, String pin) {
        robot.clickOn("#pin").write(pin);
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
