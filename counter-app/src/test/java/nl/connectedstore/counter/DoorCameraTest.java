package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.sarxos.webcam.Webcam;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.scan.CameraScanner;
import nl.connectedstore.scan.QrCode;
import nl.connectedstore.scan.ReplayCamera;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The door camera: loyalty cards held up to it (a replayed camera showing pictures of their QR codes) check
 * the customers in through the same scanning stream as the checkout; only the consented one is announced.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class DoorCameraTest {

    @TempDir
    Path pictures;

    private static void drawQr(String text, Path png) throws Exception {
        QrCode qr = QrCode.of(text);
        int module = 6;
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(235, 235, 230));
        g.fillRect(0, 0, 640, 480);
        int size = qr.size() * module;
        int x0 = (640 - size) / 2;
        int y0 = (480 - size) / 2;
        g.setColor(Color.WHITE);
        g.fillRect(x0 - 4 * module, y0 - 4 * module, size + 8 * module, size + 8 * module);
        g.setColor(Color.BLACK);
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.isDark(x, y)) {
                    g.fillRect(x0 + x * module, y0 + y * module, module, module);
                }
            }
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    @Test
    void aCardHeldUpAtTheDoorChecksTheCustomerIn() throws Exception {
        try (Database db = DemoDatabase.fresh("door-camera-", new DemoChain.Size(100, 10, 3))) {
            StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            CustomerService customers = Services.on(db.transactor(), Clock.systemUTC()).customers();
            CardView greeted = customers.signUp(new CustomerService.SignUp("Sofie", "Door", "", "", "da"),
                    Map.of(Purpose.RECOGNITION, 6), new byte[] {1}, Channel.COUNTER, "AMS-COUNTER-1").card();
            CardView quiet = customers.signUp(new CustomerService.SignUp("Magnus", "Door", "", "", "da"),
                    Map.of(), null, Channel.COUNTER, "AMS-COUNTER-1").card();
            drawQr(greeted.qrPayload(), pictures.resolve("1-greeted.png"));
            drawQr(quiet.qrPayload(), pictures.resolve("2-quiet.png"));
            Files.writeString(pictures.resolve("notes.txt"), "not a picture");
            ArrivalService arrivals = Services.on(db.transactor(), Clock.systemUTC()).arrivals();

            // the camera publishes on its own stream; each scan is handed to the door first, then counted here
            ScanStream camera = new ScanStream();
            ScanStream scans = new ScanStream();
            Set<String> cardsRead = ConcurrentHashMap.newKeySet();
            CountDownLatch bothCardsRead = new CountDownLatch(1);
            camera.subscribe(scan -> {
                scans.publish(scan);
                if (CustomerService.isCardCode(scan.text()) && cardsRead.add(scan.text()) && cardsRead.size() == 2) {
                    bothCardsRead.countDown();
                }
            });
            Webcam.setDriver(new ReplayCamera(pictures, 6, 6, false));
            CameraScanner scanner = CameraScanner.of(Webcam.getDefault(5, TimeUnit.SECONDS), camera,
                    Clock.systemUTC());
            try (DoorCamera door = DoorCamera.start(scanner, scans, arrivals, ams.id(), "AMS-COUNTER-1-DOOR")) {
                assertThat(bothCardsRead.await(30, TimeUnit.SECONDS)).as("both cards read").isTrue();
                // both were handed to the door before they were counted: wait until it has dealt with them
                assertThat(door.awaitCheckIns(Duration.ofSeconds(30))).as("check-ins done").isTrue();
            } finally {
                Webcam.resetDriver();
            }

            assertThat(arrivals.recent(ams.id(), Duration.ofMinutes(5))).singleElement().satisfies(a -> {
                assertThat(a.customerId()).isEqualTo(greeted.customerId());
                assertThat(a.terminalCode()).isEqualTo("AMS-COUNTER-1-DOOR");
            });
            long written = db.transactor().read(s -> s.createSelectionQuery("select count(a) from Arrival a",
                    Long.class).getSingleResult());
            assertThat(written).as("the card without recognition wrote nothing").isEqualTo(1);
        }
    }
}
