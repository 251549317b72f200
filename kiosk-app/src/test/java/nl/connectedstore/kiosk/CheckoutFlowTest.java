package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceKind;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTaskExecutor;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.Shown;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Self-checkout clicked through headless, on its own H2 database (it sells): a hand scanner's bursts, an age
 * check answered through the service the counter uses, the simulated card terminal, the receipt; and a customer who
 * walked away. The flow's other branches (refused, withdrawn, declined, help calls, quantities, double taps) are
 * {@link CheckoutPresenterTest}'s, without a toolkit.
 */
@ExtendWith(FxTests.class)
class CheckoutFlowTest {

    private static final String TERMINAL = "AMS-CHECKOUT-1";
    private static Database database;
    /** What the kiosk's services use: the kiosk's own database user. */
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static AssistanceService assistance;
    private static InventoryService inventory;
    private static List<ProductCard> everyday;
    private static ProductCard wine;

    private Stage stage;
    private KioskShell shell;
    private ScanStream scans;

    @BeforeAll
    static void openDatabase() throws IOException {
        database = DemoDatabase.fresh("kiosk-checkout-", new DemoChain.Size(300, 0, 0));
        kiosk = DemoDatabase.as(database, nl.connectedstore.persistence.AppRole.KIOSK);
        StoreService stores = Services.on(database.transactor()).stores();
        amsterdam = stores.store("AMS").orElseThrow();
        assistance = new AssistanceService(database.transactor(), stores, Clock.systemUTC());
        inventory = new InventoryService(database.transactor());
        List<ProductCard> all = new CatalogService(database.transactor())
                .search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT));
        everyday = all.stream().filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.price() != null
                && p.stock() == StockStatus.IN_STOCK && p.quantityHere() > 3).limit(3).toList();
        wine = all.stream().filter(p -> p.minimumAge() >= 18 && p.price() != null
                && p.stock() == StockStatus.IN_STOCK).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        kiosk.close();
        database.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(kiosk(KioskOptions.DEFAULT_IDLE));
        stage.show();
    }

    private Scene kiosk(Duration idle) {
        return kiosk(idle, ReceiptPrinter.none());
    }

    private Scene kiosk(Duration idle, ReceiptPrinter printer) {
        if (shell != null) {
            shell.showAttract();
        }
        SimulatedPaymentTerminal terminal = new SimulatedPaymentTerminal();
        scans = new ScanStream();
        CheckoutKit kit = new CheckoutKit(TERMINAL, Services.on(kiosk.transactor(), Clock.systemUTC()).checkout(),
                new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(), Clock.systemUTC()), scans, new CodeReader(VariableMeasureScheme.DEMO), terminal, terminal,
                CameraHolder.none(), Beeper.SILENT, printer, Duration.ofMillis(100));
        CatalogService catalog = new CatalogService(kiosk.transactor());
        shell = new KioskShell(catalog, new InventoryService(kiosk.transactor()), amsterdam,
                TaskExecutor.direct(), idle, null, KioskScreens.checkout(KioskMode.CHECKOUT, new ShopSearch(catalog), kit));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        return scene;
    }

    /**
     * A scanned code, as the scanners hand it on (the key bursts of a USB hand scanner are told from typing by their
     * timing, which a loaded test machine does not keep: {@code KeyboardWedgeTest} covers that part).
     */
    private void handScan(FxRobot robot, String code) {
        robot.interact(() -> scans.publish(Scan.now(code, Scan.Source.HAND_SCANNER)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The age check this test's kiosk just asked for (the queue is oldest first). */
    private static AssistanceView newestAgeCheck() {
        List<AssistanceView> open = assistance.open(amsterdam.id()).stream()
                .filter(r -> r.kind() == AssistanceKind.AGE_CHECK && r.terminalCode().equals(TERMINAL)).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private static int stockHere(long productId) {
        return inventory.availability(productId, amsterdam.id()).get(0).quantity();
    }

    private static long sales() {
        return database.transactor().read(s -> s.createSelectionQuery("select count(*) from Sale", Long.class)
                .getSingleResult());
    }

    private static int lineCount(FxRobot robot) {
        return robot.lookup("#basketLines").queryAs(Pane.class).getChildren().size();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aScanOnTheWelcomeScreenStartsACheckoutWhoseAgeCheckedItemsArePaidAndTheReceiptShowsItsQrCode(FxRobot robot)
            throws Exception {
        int[] before = {stockHere(everyday.get(0).id()), stockHere(everyday.get(1).id()), stockHere(wine.id())};
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
        handScan(robot, everyday.get(0).gtin());
        assertThat(robot.lookup("#checkout").tryQuery()).isPresent();
        assertThat(lineCount(robot)).isEqualTo(1);
        handScan(robot, wine.gtin());
        handScan(robot, everyday.get(1).gtin());
        assertThat(lineCount(robot)).isEqualTo(3);
        assertThat(robot.lookup("#pay").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#ageWait").queryAs(Label.class).isVisible()).isTrue();

        // the clerk at the counter approves through the same service the counter app uses
        AssistanceView request = newestAgeCheck();
        assertThat(request.productName()).isEqualTo(wine.name());
        assistance.answer(request.id(), "AMS-COUNTER-1", "2345".toCharArray(), AssistanceStatus.APPROVED);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, OnFx.test(() -> !robot.lookup("#pay").queryButton().isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ageWait").queryAs(Label.class).isVisible()).isFalse();

        String total = text(robot, "#total").replaceAll("[^0-9.,]", "");
        robot.clickOn("#pay");
        assertThat(text(robot, "#paymentAmount")).contains(total);
        long salesBefore = sales();
        robot.clickOn("#sim-approved");

        assertThat(robot.lookup("#receipt").tryQuery()).isPresent();
        assertThat(text(robot, "#receiptTotal")).contains(total);
        assertThat(sales()).isEqualTo(salesBefore + 1);
        assertThat(stockHere(everyday.get(0).id())).isEqualTo(before[0] - 1);
        assertThat(stockHere(everyday.get(1).id())).isEqualTo(before[1] - 1);
        assertThat(stockHere(wine.id())).isEqualTo(before[2] - 1);
        String number = text(robot, "#receiptNumber");
        assertThat(number).contains(TERMINAL);
        assertThat(QrOnScreen.decode(robot, robot.lookup("#receiptQr").query()))
                .startsWith("CSRECEIPT:" + TERMINAL + ":").satisfies(qr ->
                        assertThat(number).contains(qr.substring(qr.lastIndexOf(':') + 1)));

        robot.clickOn("#done");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }

    @Test
    void onePrintTapSendsThePaidReceiptToTheThermalPrinterOffTheFxThread(FxRobot robot) throws Exception {
        try (ServerSocket printerPort = new ServerSocket(0); FxTaskExecutor background = new FxTaskExecutor()) {
            CompletableFuture<byte[]> printed = CompletableFuture.supplyAsync(() -> {
                try (Socket printerSide = printerPort.accept()) {
                    return printerSide.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            ReceiptPrinter printer = ReceiptPrinter.of("escpos:tcp://127.0.0.1:" + printerPort.getLocalPort(), null,
                    background);
            robot.interact(() -> stage.setScene(kiosk(KioskOptions.DEFAULT_IDLE, printer)));
            robot.clickOn("#language-en");
            handScan(robot, everyday.get(2).gtin());
            Shown.await(robot, "#pay");
            robot.clickOn("#pay");
            Shown.await(robot, "#sim-approved");
            robot.clickOn("#sim-approved");
            Shown.await(robot, "#print");

            robot.clickOn("#print");
            byte[] bytes = printed.get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OnFx.test(() -> !robot.lookup("#print").queryButton()
                    .isDisabled()));
            assertThat(text(robot, "#printStatus")).isEqualTo(Messages.of(Locale.ENGLISH).get("receipt.printed"));
            String paper = new String(bytes, ThermalReceipt.CHARSET);
            assertThat(paper).contains(everyday.get(2).name()).contains(text(robot, "#receiptNumber").strip());
            assertThat(paper.lastIndexOf("\u001dV")).as("the paper is cut after it (GS V)")
                    .isGreaterThan(paper.indexOf(everyday.get(2).name()));
        }
    }

    @Test
    void nobodyAnsweringAreYouStillThereClearsTheBasketAndWithdrawsTheAgeCheck(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setScene(kiosk(Duration.ofSeconds(2))));
        robot.clickOn("#language-en");
        handScan(robot, wine.gtin());
        // on a loaded machine the kiosk may have reset already: the newest request whatever it says now
        long request = database.transactor().read(s -> s.createSelectionQuery("select max(r.id) from"
                        + " AssistanceRequest r where r.terminal.code = :terminal and r.kind = :kind", Long.class)
                .setParameter("terminal", TERMINAL).setParameter("kind", AssistanceKind.AGE_CHECK).getSingleResult());
        assertThat(assistance.get(request).productName()).isEqualTo(wine.name());
        // "are you still there?" shows for 5 s; on a loaded machine the reading above can outlast it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, OnFx.test(() -> robot.lookup("#stillThere").tryQuery()
                .isPresent() || robot.lookup("#attract").tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, OnFx.present(robot, "#attract"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(assistance.get(request).status()).isEqualTo(AssistanceStatus.CANCELLED);
        robot.clickOn("#language-en");
        assertThat(lineCount(robot)).isZero();
    }

}
