package nl.connectedstore.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.sarxos.webcam.Webcam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.Basket;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.ScanLookup;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The camera path end to end, with the replay camera standing in for a webcam: images of an EAN-13 and a
 * QR code (drawn by ZXing) go through webcam-capture, the decoder, the repeat filter and the scan stream,
 * and come out as basket lines, each item once although the camera shows it for many frames.
 */
class ReplayCameraTest {

    private CameraScanner scanner;

    @AfterEach
    void closeCamera() {
        if (scanner != null) {
            scanner.close();
        }
        Webcam.resetDriver();
    }

    @Test
    void anEan13AndAQrCodeShownToTheCameraBecomeOneBasketLineEach(@TempDir Path folder) throws Exception {
        Database db = DemoDatabase.get();
        StoreInfo amsterdam = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
        List<ProductCard> products = new CatalogService(db.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> !p.soldByWeight() && p.price() != null && p.minimumAge() == 0).limit(2).toList();
        Frames.ean13(products.get(0).gtin(), 640, 480, 3).writePng(folder.resolve("1-ean13.png"));
        Frames.qr(products.get(1).gtin(), 640, 480, 6).writePng(folder.resolve("2-qr.png"));

        ReplayCamera replay = new ReplayCamera(folder, 8, 4, false);
        Webcam.setDriver(replay);
        ScanStream stream = new ScanStream();
        List<Scan> scans = new CopyOnWriteArrayList<>();
        stream.subscribe(scans::add);
        scanner = CameraScanner.of(Webcam.getDefault(5, TimeUnit.SECONDS), stream, Clock.systemUTC());
        assertThat(scanner.start()).isTrue();
        // two rounds of the camera thread with no checkout showing: it looked twice and took no frame
        assertThat(scanner.awaitIdleRounds(2, Duration.ofSeconds(10))).as("camera thread running").isTrue();
        assertThat(replay.framesServed()).as("no frames while no checkout is showing").isZero();
        scanner.setActive(true);
        replay.awaitFinished(Duration.ofSeconds(30));
        scanner.close();

        assertThat(replay.finished()).as("the replay ran to its end").isTrue();
        assertThat(scans).extracting(Scan::source).containsOnly(Scan.Source.CAMERA);
        CheckoutService checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout();
        CodeReader reader = new CodeReader(VariableMeasureScheme.DEMO);
        Basket basket = new Basket(amsterdam.currency());
        for (Scan scan : scans) {
            ScannedCode code = ((CodeReader.Result.Read) reader.read(scan.text())).code();
            basket.add(((ScanLookup.Found) checkout.lookUp("AMS-CHECKOUT-1", code)).item());
        }
        assertThat(basket.lines()).extracting(line -> line.item().productId())
                .containsExactly(products.get(0).id(), products.get(1).id());
        assertThat(basket.lines()).allSatisfy(line -> assertThat(line.quantity()).isEqualByComparingTo("1"));
    }

    @Test
    void aReplayFolderWithoutImagesIsRefusedWithItsName(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "no images here");
        assertThatThrownBy(() -> CameraScanner.open("replay:" + folder, new ScanStream(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(folder.toString());
        assertThatThrownBy(() -> CameraScanner.open("replay:" + folder.resolve("missing"), new ScanStream(),
                Clock.systemUTC())).hasMessageContaining("does not exist");
    }

    @Test
    void aCameraSwitchedOffIsUnavailableAndStartsNothing() {
        CameraScanner off = CameraScanner.open("none", new ScanStream(), Clock.systemUTC());
        assertThat(off.available()).isFalse();
        assertThat(off.start()).isFalse();
        off.close();
    }
}
