package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.H2Only;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.scan.ScanStream;
import nl.connectedstore.scan.VariableMeasureScheme;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTaskExecutor;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.StoreLink;
import nl.connectedstore.ui.StoreLinkBanner;
import nl.connectedstore.ui.Theme;
import nl.connectedstore.ui.Ticker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: a self-checkout whose store database server stops in the middle of a customer's checkout, and starts
 * again. The store's database is a server of its own here (H2's, as a store runs it), stopped and started on the
 * same address: the terminal shows a banner, keeps the basket, charges nothing while it cannot record the sale,
 * and sells it once, whole, when the server is back.
 */
@ExtendWith(FxTests.class)
@H2Only("stops and restarts a database server of its own; the PostgreSQL test server is shared by the whole run")
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class StoreOutageTest {

    private static final String TERMINAL = "AMS-CHECKOUT-1";
    static StoreServer server;
    static Database kiosk;
    static Database owner;
    static StoreInfo amsterdam;
    static List<ProductCard> items;

    private final AtomicInteger charges = new AtomicInteger();
    private FxTaskExecutor background;
    private StoreLink link;

    @BeforeAll
    static void startTheStoreServer() throws Exception {
        server = StoreServer.filled(new DemoChain.Size(100, 0, 0));
        owner = Database.open(server.config("owner"), ProgressListener.NONE);
        // the terminal connects as a store's terminals do: to the server's address, with its own pool
        kiosk = Database.open(server.config("till"), ProgressListener.NONE);
        amsterdam = Services.on(owner.transactor()).stores().store("AMS").orElseThrow();
        items = new CatalogService(owner.transactor()).search(amsterdam, new SearchQuery("", null,
                        SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> !p.soldByWeight() && p.minimumAge() == 0 && p.price() != null
                        && p.stock() == StockStatus.IN_STOCK && p.quantityHere() > 3)
                .limit(2).toList();
        assertThat(items).hasSize(2);
    }

    @AfterAll
    static void stopAll() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (owner != null) {
            owner.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void stopPolling() {
        if (link != null) {
            link.stop();
        }
        if (background != null) {
            background.close();
        }
    }

    @Start
    void start(Stage stage) {
        background = new FxTaskExecutor();
        scans = new ScanStream();
        Till till = till(background, scans, charges);
        link = till.link();
        stage.setScene(till.scene());
        stage.show();
        link.start();
    }

    /** A self-checkout on the store server, as KioskApp builds it, with its store link (not started yet). */
    record Till(Scene scene, StoreLink link) {
    }

    static Till till(FxTaskExecutor background, ScanStream scans, AtomicInteger charges) {
        SimulatedPaymentTerminal simulator = new SimulatedPaymentTerminal();
        PaymentTerminal counted = new PaymentTerminal() {
            @Override
            public Outcome pay(Money amount, String reference) {
                charges.incrementAndGet();
                return simulator.pay(amount, reference);
            }

            @Override
            public Reversal reverse(String terminalReference) {
                return simulator.reverse(terminalReference);
            }
        };
        CheckoutKit kit = new CheckoutKit(TERMINAL, Services.on(kiosk.transactor(), Clock.systemUTC()).checkout(),
                new AssistanceService(kiosk.transactor(), Services.on(kiosk.transactor()).stores(),
                        Clock.systemUTC()),
                scans, new CodeReader(VariableMeasureScheme.DEMO), counted, simulator, CameraHolder.none(),
                Beeper.SILENT, ReceiptPrinter.none(), Duration.ofMillis(200));
        CatalogService catalog = new CatalogService(kiosk.transactor());
        // (idle for long: the waits for the banner are not a customer walking away)
        KioskShell shell = new KioskShell(catalog, new InventoryService(kiosk.transactor()), amsterdam, background,
                Duration.ofMinutes(10), null, KioskScreens.checkout(KioskMode.CHECKOUT, new ShopSearch(catalog),
                kit));
        StoreLink link = new StoreLink(kiosk.transactor(), Duration.ofMillis(500), Ticker.onFxThread(), background);
        Scene scene = new Scene(StoreLinkBanner.over(shell, link, shell::messages,
                StoreLinkBanner.Audience.CUSTOMER), 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        return new Till(scene, link);
    }

    private ScanStream scans;

    private void scan(FxRobot robot, String code) {
        robot.interact(() -> scans.publish(Scan.now(code, Scan.Source.HAND_SCANNER)));
    }

    private static int lines(FxRobot robot) {
        return robot.lookup("#basketLines").queryAs(Pane.class).getChildren().size();
    }

    static boolean bannerShown(FxRobot robot) {
        return robot.lookup("#storeLinkLost").tryQuery().map(Node::isVisible).orElse(false);
    }

    static String note(FxRobot robot) {
        return robot.lookup("#scanMessage").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static long sales() {
        return owner.transactor().read(s -> s.createSelectionQuery("select count(*) from Sale", Long.class)
                .getSingleResult());
    }

    private static int stock(long productId) {
        return new InventoryService(owner.transactor()).availability(productId, amsterdam.id()).get(0).quantity();
    }

    @Test
    void theServerStopsMidCheckoutTheBasketStaysNothingIsChargedAndItSellsOnceWhenTheServerIsBack(FxRobot robot)
            throws Exception {
        // a scan on the welcome screen starts the checkout in the store's language (Dutch in Amsterdam)
        Messages inStoreLanguage = Messages.of(Messages.defaultLocaleFor(amsterdam.countryCode()));
        int[] before = {stock(items.get(0).id()), stock(items.get(1).id())};
        long salesBefore = sales();
        scan(robot, items.get(0).gtin());
        scan(robot, items.get(0).gtin());
        scan(robot, items.get(1).gtin());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, OnFx.test(() -> lines(robot) == 2));
        assertThat(bannerShown(robot)).isFalse();

        server.stop();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, OnFx.test(() -> bannerShown(robot)));
        WaitForAsyncUtils.waitForFxEvents(); // the screen moves down under the banner
        assertThat(robot.lookup("#storeLinkLost").queryAs(Label.class).getText())
                .isEqualTo(inStoreLanguage.get("storeLink.lost"));
        assertThat(lines(robot)).as("the basket stays").isEqualTo(2);

        // paying now: the total cannot be checked, so the card terminal is never asked
        robot.clickOn("#pay");
        robot.clickOn("#sim-approved");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                OnFx.test(() -> note(robot).contains(inStoreLanguage.get("checkout.payment.offline"))));
        assertThat(charges.get()).as("charges while the server was down").isZero();
        assertThat(lines(robot)).as("the basket stays").isEqualTo(2);

        server.start();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, OnFx.test(() -> !bannerShown(robot)));
        WaitForAsyncUtils.waitForFxEvents(); // the screen moves up into the banner's place: tap where Pay is now
        assertThat(lines(robot)).isEqualTo(2);
        robot.clickOn("#pay");
        robot.clickOn("#sim-approved");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                OnFx.test(() -> robot.lookup("#receipt").tryQuery().isPresent()));

        assertThat(charges.get()).as("charged once").isEqualTo(1);
        assertThat(sales()).as("recorded once").isEqualTo(salesBefore + 1);
        assertThat(stock(items.get(0).id())).isEqualTo(before[0] - 2);
        assertThat(stock(items.get(1).id())).isEqualTo(before[1] - 1);
    }
}
