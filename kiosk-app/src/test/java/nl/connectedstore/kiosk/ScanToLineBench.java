package nl.connectedstore.kiosk;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.EAN13Writer;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.FrameDecoder;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTaskExecutor;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.Ticker;

/**
 * Scan-to-line latency through the real kiosk: a 640x480 camera frame is decoded on a camera-like thread and
 * published; the checkout screen (FX thread, worker threads, the demo database through the shared H2 server)
 * checks the code, looks it up and adds the line. Measured from the frame that reads the code reaching the
 * decoder to the line node being in the basket and laid out. JavaFX runs headless (Monocle), so painting is not included.
 *
 * Arguments: scans (300), other tills selling on the same database meanwhile (0), pause between their
 * sales in ms (0: flat out).
 *
 * <pre>mvn -q -pl kiosk-app -am test-compile &amp;&amp; mvn -q -pl kiosk-app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.kiosk.ScanToLineBench -Dexec.args="300 8 0"</pre>
 */
public final class ScanToLineBench {

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        int scans = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int loadTills = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long pauseMillis = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Database db = Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("scan-bench-")),
                ProgressListener.NONE, DemoChain.Size.DEMO);
        StoreService stores = Services.on(db.transactor()).stores();
        StoreInfo store = stores.store("AMS").orElseThrow();
        List<ProductCard> items = new CatalogService(db.transactor())
                .search(store, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> p.price() != null && !p.soldByWeight() && p.minimumAge() == 0
                        && p.stock() == StockStatus.IN_STOCK).limit(40).toList();
        List<byte[]> frames = items.stream().map(p -> frame(p.gtin())).toList();

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskExecutor executor = new FxTaskExecutor();
        ScanStream stream = new ScanStream();
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CheckoutKit kit = new CheckoutKit("AMS-CHECKOUT-1", Services.on(db.transactor(), Clock.systemUTC()).checkout(),
                new AssistanceService(db.transactor(), stores, Clock.systemUTC()), stream,
                new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal, CameraHolder.none(), Beeper.SILENT,
                ReceiptPrinter.none(), Duration.ofMillis(400));
        CheckoutScreen[] screen = new CheckoutScreen[1];
        long[] lineAt = new long[1];
        CountDownLatch[] line = {new CountDownLatch(1)};
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            screen[0] = new CheckoutScreen(new CheckoutPresenter(kit, store, executor, Ticker.onFxThread(), r -> { }),
                    kit.camera(), Messages.of(new Locale("en", "NL")), () -> { }, null);
            Stage stage = new Stage();
            stage.setScene(new Scene(screen[0], 1280, 800));
            stage.show();
            Pane lines = (Pane) screen[0].lookup("#basketLines");
            lines.getChildren().addListener((ListChangeListener<javafx.scene.Node>) change -> {
                lines.getParent().layout();
                lineAt[0] = System.nanoTime();
                line[0].countDown();
            });
            stream.subscribe(scan -> Platform.runLater(() -> screen[0].presenter().scan(scan)));
            shown.countDown();
        });
        shown.await();

        Load load = loadTills > 0 ? Load.start(db, stores, loadTills, pauseMillis) : null;
        FrameDecoder decoder = new FrameDecoder();
        long[] nanos = new long[scans];
        int warmUp = 50;
        for (int i = -warmUp; i < scans; i++) {
            line[0] = new CountDownLatch(1);
            byte[] frame = frames.get(Math.floorMod(i, frames.size()));
            // like a camera: frames until one confirms a code; timed from that frame
            long start;
            java.util.Optional<FrameDecoder.Decoded> found;
            do {
                start = System.nanoTime();
                found = decoder.decode(frame, 640, 480);
            } while (found.isEmpty() || !found.get().confirmed());
            String code = found.get().text();
            stream.publish(new Scan(code, Scan.Source.CAMERA, start));
            if (!line[0].await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("No line after 5 s");
            }
            if (i >= 0) {
                nanos[i] = lineAt[0] - start;
            }
            if (i % 20 == 0) {
                // a customer's basket does not hold hundreds of lines
                CountDownLatch cleared = new CountDownLatch(1);
                Platform.runLater(() -> {
                    screen[0].presenter().basket().clear();
                    cleared.countDown();
                });
                cleared.await();
            }
            Thread.sleep(30);
        }
        Arrays.sort(nanos);
        String loadText = load == null ? "no other load"
                : load.describe();
        System.out.printf(Locale.ROOT, "| scan to line (640x480 frame decoded and confirmed, looked up, line laid out), %s | %d | %.1f | %.1f | %.1f |%n",
                loadText, scans, nanos[scans / 2] / 1e6, nanos[(int) (scans * 0.95)] / 1e6, nanos[scans - 1] / 1e6);
        if (load != null) {
            load.stop();
        }
        db.close();
        Platform.exit();
        System.exit(0);
    }

    /**
     * Other tills on the same database while the kiosk scans: each looks up a scanned item and sells a
     * basket of 1 to 5 items its store carries, over and over (with a pause between sales if asked), on its
     * own thread, as the checkouts of three stores would.
     */
    private static final class Load {
        private static final List<String> TILLS = List.of("AMS-KIOSK-1", "AMS-COUNTER-1", "GNT-CHECKOUT-1",
                "GNT-KIOSK-1", "GNT-COUNTER-1", "CPH-CHECKOUT-1", "CPH-KIOSK-1", "CPH-COUNTER-1");
        private final java.util.concurrent.ExecutorService pool;
        private final java.util.concurrent.atomic.AtomicInteger sales = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger lookUps = new java.util.concurrent.atomic.AtomicInteger();
        private final int tills;
        private final long pauseMillis;
        private final long started = System.nanoTime();
        private volatile boolean running = true;

        private Load(int tills, long pauseMillis) {
            this.tills = tills;
            this.pauseMillis = pauseMillis;
            this.pool = java.util.concurrent.Executors.newFixedThreadPool(tills);
        }

        static Load start(Database db, StoreService stores, int tills, long pauseMillis) {
            Load load = new Load(tills, pauseMillis);
            CheckoutService checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout();
            CatalogService catalog = new CatalogService(db.transactor());
            java.util.Map<String, List<ProductCard>> byStore = new java.util.HashMap<>();
            for (String code : List.of("AMS", "GNT", "CPH")) {
                StoreInfo s = stores.store(code).orElseThrow();
                byStore.put(code, catalog.search(s, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                        .filter(p -> !p.soldByWeight() && p.price() != null && p.minimumAge() == 0).toList());
            }
            CodeReader reader = new CodeReader(VariableMeasureScheme.DEMO);
            for (int t = 0; t < tills; t++) {
                String till = TILLS.get(t % TILLS.size());
                java.util.Random random = new java.util.Random(t);
                List<ProductCard> carried = byStore.get(till.substring(0, 3));
                load.pool.submit(() -> {
                    SimulatedPaymentTerminal payments = new SimulatedPaymentTerminal();
                    while (load.running) {
                        try {
                            List<nl.connectedstore.sales.CartLine> basket = new java.util.ArrayList<>();
                            int items = 1 + random.nextInt(5);
                            for (int i = 0; i < items; i++) {
                                ProductCard p = carried.get(random.nextInt(carried.size()));
                                if (reader.read(p.gtin()) instanceof CodeReader.Result.Read read) {
                                    checkout.lookUp(till, read.code());
                                    load.lookUps.incrementAndGet();
                                }
                                basket.add(nl.connectedstore.sales.CartLine.of(p.id(), 1));
                            }
                            checkout.checkout(till, basket, payments);
                            load.sales.incrementAndGet();
                        } catch (RuntimeException e) {
                            if (load.errors.getAndIncrement() == 0) {
                                org.slf4j.LoggerFactory.getLogger(ScanToLineBench.class)
                                        .error("A loading till's sale failed (counted; only the first is logged)", e);
                            }
                        }
                        if (load.pauseMillis > 0) {
                            Thread.sleep(load.pauseMillis);
                        }
                    }
                    return null;
                });
            }
            return load;
        }

        String describe() {
            double seconds = (System.nanoTime() - started) / 1e9;
            return String.format(Locale.ROOT, "%d other tills selling%s (%.0f sales/s, %.0f look-ups/s, %d failed)",
                    tills, pauseMillis > 0 ? " with " + pauseMillis + " ms between sales" : " flat out",
                    sales.get() / seconds, lookUps.get() / seconds, errors.get());
        }

        void stop() throws InterruptedException {
            running = false;
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** A camera-like frame: the code's bars, 3 px a module, on a light grey background. */
    private static byte[] frame(String gtin) {
        BitMatrix m = new EAN13Writer().encode(gtin, BarcodeFormat.EAN_13, 0, 0);
        byte[] frame = new byte[640 * 480];
        Arrays.fill(frame, (byte) 200);
        int w = m.getWidth() * 3;
        int x0 = (640 - w) / 2;
        for (int y = 150; y < 330; y++) {
            for (int x = 0; x < w; x++) {
                frame[y * 640 + x0 + x] = (byte) (m.get(x / 3, 0) ? 25 : 235);
            }
        }
        return frame;
    }
}
