package nl.connectedstore.bench;

import java.util.Map;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * Opens a PostgreSQL database the way the apps do (Flyway, Hibernate validation, demo fill) and runs the
 * services once. For checking a PostgreSQL set-up by hand; not part of the test suite, which needs no server.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.bench.PostgresSmoke \
 *     -Dexec.args="jdbc:postgresql://localhost:5432/connectedstore USER PASSWORD"</pre>
 */
public final class PostgresSmoke {

    public static void main(String[] args) {
        DatabaseConfig config = DatabaseConfig.resolve(
                Map.of("db-url", args[0], "db-user", args[1], "db-password", args[2]), Map.of());
        try (Database db = Database.open(config, (f, k) -> System.out.println(k), DemoChain.Size.DEMO)) {
            StoreService stores = Services.on(db.transactor()).stores();
            StoreInfo ams = stores.store("AMS").orElseThrow();
            CatalogService catalog = new CatalogService(db.transactor());
            System.out.println("search 'creme': " + catalog.search(ams, SearchQuery.text("creme")).size());
            System.out.println("search 'gre yog': " + catalog.search(ams, SearchQuery.text("gre yog")).size());
            long id = catalog.search(ams, SearchQuery.text("olive")).get(0).id();
            System.out.println("availability: " + new InventoryService(db.transactor()).availability(id, ams.id()));
            System.out.println("sign-in 1234: " + stores.signIn("AMS-COUNTER-1", "1234".toCharArray()));
        }
    }
}
