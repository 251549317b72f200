package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.sarxos.webcam.Webcam;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CameraScanner;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.ReplayCamera;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The webcam path through the kiosk, with the replay camera playing the committed demo folder (what
 * {@code --camera=replay:kiosk-app/replay-demo} shows): the camera switches on with the checkout screen,
 * each picture becomes one basket line, and the camera goes off again when the customer leaves.
 */
@ExtendWith(FxTests.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class KioskCameraTest {

    private static Database db;
    private CameraScanner camera;
    private ReplayCamera replay;

    /** Before TestFX's set-up clock starts: the first demo database of a JVM may take a while on a busy machine. */
    @BeforeAll
    static void openDemoChain() {
        db = DemoDatabase.getAs(AppRole.KIOSK);
    }

    @Start
    void start(Stage stage) throws Exception {
        StoreService stores = Services.on(db.transactor()).stores();
        StoreInfo amsterdam = stores.store("AMS").orElseThrow();
        ScanStream scans = new ScanStream();
        replay = new ReplayCamera(Path.of("replay-demo"), 6, 6, false);
        Webcam.setDriver(replay);
        camera = CameraScanner.of(Webcam.getDefault(5, TimeUnit.SECONDS), scans, Clock.systemUTC());
        camera.start();
        CameraHolder holder = new CameraHolder();
        holder.opened(camera);
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        CheckoutKit kit = new CheckoutKit("AMS-CHECKOUT-1", Services.on(db.transactor(), Clock.systemUTC()).checkout(),
                new AssistanceService(db.transactor(), stores, Clock.systemUTC()), scans,
                new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal, holder, Beeper.SILENT,
                ReceiptPrinter.none(), Duration.ofMillis(200));
        CatalogService catalog = new CatalogService(db.transactor());
        KioskShell shell = new KioskShell(catalog, new InventoryService(db.transactor()),
                amsterdam, TaskExecutor.direct(), KioskOptions.DEFAULT_IDLE, null,
                KioskScreens.checkout(KioskMode.CHECKOUT, new ShopSearch(catalog), kit));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCamera() {
        camera.close();
        Webcam.resetDriver();
    }

    @Test
    void picturesHeldUpToTheCameraBecomeBasketLinesAndTheCameraIsOffOutsideTheCheckout(FxRobot robot)
            throws Exception {
        // the camera thread looked twice while the welcome screen showed, and took no frame
        assertThat(camera.awaitIdleRounds(2, Duration.ofSeconds(10))).as("camera thread running").isTrue();
        assertThat(replay.framesServed()).as("camera off on the welcome screen").isZero();
        robot.clickOn("#language-en");
        assertThat(robot.lookup("#cameraStatus").queryAs(Label.class).getText()).contains("Camera on");
        assertThat(robot.lookup("#cameraPreview").query().isVisible()).isTrue();
        assertThat(replay.awaitFinished(Duration.ofSeconds(30))).as("the replay ran to its end").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Pane lines = robot.lookup("#basketLines").queryAs(Pane.class);
        // two groceries, the aquavit (waiting for a clerk), 512 g of apples from the scale label, the QR item
        // (English in a Dutch store: numbers the Dutch way)
        assertThat(lines.getChildren()).hasSize(5);
        assertThat(robot.lookup("#ageWait").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#line-4").queryAs(Pane.class).lookup(".line-detail"))
                .satisfies(detail -> assertThat(((Label) detail).getText()).contains("0,512 kg"));

        robot.clickOn("#home");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !camera.isActive());
        // the camera thread has seen it and switched the camera off; two more rounds take no frame
        assertThat(camera.awaitIdleRounds(1, Duration.ofSeconds(10))).as("camera switched off").isTrue();
        long served = replay.framesServed();
        assertThat(camera.awaitIdleRounds(2, Duration.ofSeconds(10))).as("camera thread running").isTrue();
        assertThat(replay.framesServed()).as("no frames once the customer has left").isEqualTo(served);
    }
}
