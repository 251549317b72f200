package nl.connectedstore.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.connectedstore.bench.CatalogueSearchBench;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.ShopQuery;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTaskExecutor;
import nl.connectedstore.ui.Messages;
import org.controlsfx.control.GridView;

/**
 * Catalogue search as the customer sees it: a prefix typed into the real kiosk catalogue (headless JavaFX, worker
 * threads, the shared H2 server over loopback), measured from the text changing to the first screen of tiles laid
 * out in the virtualised grid. Also the search alone (Lucene index, then the page's cards from the database), and
 * how long building the index took. 1,000 queries after 300 warm-up, at 2,000 and 100,000 products.
 *
 * <pre>mvn -q -pl kiosk-app -am install -DskipTests &amp;&amp; mvn -q -pl kiosk-app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.kiosk.SearchToTilesBench</pre>
 */
public final class SearchToTilesBench {

    private static final int QUERIES = 1_000;
    private static final int WARM_UP = 300;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {2_000, 100_000};
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        StringBuilder table = new StringBuilder("| products | index build s | search p50 ms | search p95 ms"
                + " | typed to tiles p50 ms | typed to tiles p95 ms | max ms |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : sizes) {
            table.append(run(size)).append('\n');
        }
        System.out.print(table);
        Platform.exit();
        System.exit(0);
    }

    private static String run(int size) throws Exception {
        Path home = Files.createTempDirectory("tiles-bench-");
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE,
                new DemoChain.Size(size, 2_000, 20))) {
            System.err.printf("(%d products filled)%n", size);
        }
        CatalogueSearchBench.restartServer(home);
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE)) {
            StoreInfo store = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            CatalogService catalog = new CatalogService(db.transactor());
            ShopSearch search = Services.on(db.transactor()).search();
            long buildStart = System.nanoTime();
            search.rebuild(ProgressListener.NONE);
            double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
            List<String> names = catalog.search(store, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                    .map(ProductCard::name).toList();
            List<String> queries = CatalogueSearchBench.queries(names, new Random(42), WARM_UP + QUERIES);

            long[] searchNanos = new long[QUERIES];
            for (int i = -WARM_UP; i < QUERIES; i++) {
                long start = System.nanoTime();
                search.search(store, ShopQuery.text(queries.get(WARM_UP + i)));
                if (i >= 0) {
                    searchNanos[i] = System.nanoTime() - start;
                }
            }

            FxTaskExecutor executor = new FxTaskExecutor();
            CatalogueScreen[] screen = new CatalogueScreen[1];
            long[] shownAt = new long[1];
            CountDownLatch[] shown = {new CountDownLatch(1)};
            CountDownLatch ready = new CountDownLatch(1);
            Platform.runLater(() -> {
                screen[0] = new CatalogueScreen(new CataloguePresenter(catalog, search, store, executor, null),
                        Messages.of(new Locale("en", "NL")), card -> { }, () -> { }, null, null, null, new WebBasket(),
                        () -> { }, null);
                Stage stage = new Stage();
                stage.setScene(new Scene(screen[0], 1280, 800));
                stage.show();
                @SuppressWarnings("unchecked")
                GridView<ProductCard> grid = (GridView<ProductCard>) screen[0].lookup("#productGrid");
                grid.getItems().addListener((ListChangeListener<ProductCard>) change -> {
                    // the first screen of tiles: cells made or refilled, styled and laid out
                    grid.applyCss();
                    grid.layout();
                    shownAt[0] = System.nanoTime();
                    shown[0].countDown();
                });
                ready.countDown();
            });
            ready.await();
            screen[0].load();
            Thread.sleep(1_000);
            long[] nanos = new long[QUERIES];
            for (int i = -WARM_UP; i < QUERIES; i++) {
                shown[0] = new CountDownLatch(1);
                String q = queries.get(WARM_UP + i);
                long[] typedAt = new long[1];
                Platform.runLater(() -> {
                    TextField field = screen[0].searchField();
                    typedAt[0] = System.nanoTime();
                    field.setText(q.equals(field.getText()) ? q + " " : q);
                });
                if (!shown[0].await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("No tiles 10 s after typing '" + q + "'");
                }
                if (i >= 0) {
                    nanos[i] = shownAt[0] - typedAt[0];
                }
                Thread.sleep(5); // the next key stroke
            }
            Arrays.sort(searchNanos);
            Arrays.sort(nanos);
            return String.format(Locale.ROOT, "| %,d | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f |", size, buildSeconds,
                    ms(searchNanos, 0.5), ms(searchNanos, 0.95), ms(nanos, 0.5), ms(nanos, 0.95),
                    nanos[QUERIES - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private SearchToTilesBench() {
    }
}
