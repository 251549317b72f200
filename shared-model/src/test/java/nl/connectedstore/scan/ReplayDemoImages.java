package nl.connectedstore.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.Gtin;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * Writes the replay camera's demo folder (kiosk-app/replay-demo): what a customer in Amsterdam holds up to
 * the camera, one image each: two everyday items (EAN-13), a bottle of wine (18+), a weighed item's scale
 * label and an item whose code is a QR. The demo chain is deterministic, so the codes stay valid;
 * {@code ReplayDemoImagesTest} checks that they do.
 *
 * <p>{@code mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.connectedstore.scan.ReplayDemoImages -Dexec.args=kiosk-app/replay-demo} (from the repository root)
 */
public final class ReplayDemoImages {

    private ReplayDemoImages() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "kiosk-app/replay-demo");
        Files.createDirectories(folder);
        List<String> codes = codes(DemoDatabase.get());
        Frames.ean13(codes.get(0), 640, 480, 3).writePng(folder.resolve("1-item.png"));
        Frames.ean13(codes.get(1), 640, 480, 3).rotate(12).writePng(folder.resolve("2-item-tilted.png"));
        Frames.ean13(codes.get(2), 640, 480, 3).writePng(folder.resolve("3-wine-18plus.png"));
        Frames.ean13(codes.get(3), 640, 480, 3).writePng(folder.resolve("4-scale-label.png"));
        Frames.qr(codes.get(4), 640, 480, 8).writePng(folder.resolve("5-qr-item.png"));
        System.out.println("Wrote " + codes + " to " + folder.toAbsolutePath());
        System.exit(0);
    }

    /** The five codes, in file order. */
    static List<String> codes(Database db) {
        StoreInfo amsterdam = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
        List<ProductCard> all = new CatalogService(db.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT));
        List<ProductCard> everyday = all.stream().filter(p -> !p.soldByWeight() && p.minimumAge() == 0
                && p.price() != null && p.stock() == StockStatus.IN_STOCK).limit(3).toList();
        ProductCard wine = all.stream().filter(p -> p.minimumAge() >= 18 && p.price() != null
                && p.stock() == StockStatus.IN_STOCK).findFirst().orElseThrow();
        ProductCard loose = all.stream().filter(p -> p.soldByWeight() && p.price() != null).findFirst().orElseThrow();
        List<String> codes = new ArrayList<>();
        codes.add(everyday.get(0).gtin());
        codes.add(everyday.get(1).gtin());
        codes.add(wine.gtin());
        codes.add(Gtin.withCheckDigit("21" + String.format("%05d", loose.id()) + "00512"));
        codes.add(everyday.get(2).gtin());
        return codes;
    }
}
