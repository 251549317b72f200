package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderStatus;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.suggest.CoPurchaseTraining;
import nl.connectedstore.suggest.CurrentModel;
import nl.connectedstore.suggest.SuggestionService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The endless aisle clicked through headless, on its own H2 database (orders hold stock): search with a typo,
 * filter, open a product, order it for pick-up, pay (the happy path of the catalogue, product, basket and
 * order-done screens); a bad delivery address (the basket's failure path); a declined card (the order-done
 * screen's). The flow's other branches (sold out, pick-up only, double taps, ...) are {@link WebOrderPresenterTest}'s
 * and {@link CataloguePresenterTest}'s, without a screen.
 */
@ExtendWith(FxTests.class)
class WebshopFlowTest {

    private static Database database;
    /** What the kiosk's services use: the kiosk's own database user. */
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static InventoryService inventory;
    private static ShopSearch search;
    private static OrderService orders;
    private static SuggestionService suggestions;
    private static List<ProductCard> inStock;
    private static ProductCard target;

    private KioskShell shell;
    private SimulatedPaymentTerminal terminal;

    @BeforeAll
    static void openDatabase() {
        database = DemoDatabase.fresh("kiosk-webshop-", new DemoChain.Size(300, 3_000, 20));
        kiosk = DemoDatabase.as(database, nl.connectedstore.persistence.AppRole.KIOSK);
        amsterdam = Services.on(kiosk.transactor()).stores().store("AMS").orElseThrow();
        inventory = new InventoryService(kiosk.transactor());
        CatalogService catalog = new CatalogService(kiosk.transactor());
        search = Services.on(kiosk.transactor()).search();
        search.rebuild(ProgressListener.NONE);
        orders = Services.on(kiosk.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD);
        CurrentModel model = new CurrentModel(new CoPurchaseTraining(kiosk.transactor(), Clock.systemUTC()));
        model.retrain(ProgressListener.NONE);
        suggestions = new SuggestionService(kiosk.transactor(), catalog, inventory,
                Services.on(kiosk.transactor(), Clock.systemUTC()).consents(), model, Clock.systemUTC());
        inStock = catalog.search(amsterdam, new SearchQuery("", null, SearchQuery.MAX_LIMIT)).stream()
                .filter(p -> !p.soldByWeight() && p.price() != null && p.stock() == StockStatus.IN_STOCK
                        && p.quantityHere() >= 3 && p.minimumAge() == 0)
                .toList();
        // a product that something is often bought with, whose name has a word long enough to mistype
        target = inStock.stream()
                .filter(p -> longWord(p) != null)
                .filter(p -> !suggestions.goesWith(amsterdam, List.of(p.id()), Set.of(), 4).isEmpty())
                .findFirst().orElseThrow();
    }

    private static String longWord(ProductCard card) {
        for (String word : card.name().split(" ")) {
            if (word.length() >= 6 && word.chars().allMatch(Character::isLetter)) {
                return word;
            }
        }
        return null;
    }

    @AfterAll
    static void close() {
        kiosk.close();
        database.close();
    }

    @Start
    void start(Stage stage) {
        terminal = new SimulatedPaymentTerminal();
        OrderKit kit = new OrderKit(search, orders, suggestions,
                orders.pickupStores(amsterdam, Services.on(kiosk.transactor()).stores().stores()),
                Optional.of(terminal), Optional.of(terminal),
                new SimpleDoubleProperty(1));
        shell = new KioskShell(new CatalogService(kiosk.transactor()), inventory, amsterdam, TaskExecutor.direct(),
                KioskOptions.DEFAULT_IDLE, "AMS-KIOSK-1", KioskScreens.shop(kit.search()).withWebshop(kit));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static int stockHere(long productId) {
        return inventory.availability(productId, amsterdam.id()).get(0).quantity();
    }

    @SuppressWarnings("unchecked")
    private static List<ProductCard> tiles(FxRobot robot) {
        return List.copyOf(((GridView<ProductCard>) robot.lookup("#productGrid").query()).getItems());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Node tileOf(FxRobot robot, ProductCard card) {
        return robot.lookup(".product-tile").match(n -> n instanceof ProductTile t && t.getItem() != null
                && t.getItem().id() == card.id() && t.getScene() != null && t.isVisible()).query();
    }

    /** Opens a drop-down and touches one of its entries. */
    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String comboBox, String entry) {
        robot.clickOn(comboBox);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // a long list shows ten entries: scroll the one wanted into view, as a finger would
        robot.lookup(".combo-box-popup .list-view").tryQuery().ifPresent(list -> {
            javafx.scene.control.ListView<Object> view = (javafx.scene.control.ListView<Object>) list;
            view.getItems().stream().filter(i -> entry.equals(String.valueOf(i))).findFirst()
                    .ifPresent(item -> robot.interact(() -> view.scrollTo(item)));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> cell
                && entry.equals(cell.getText()) && cell.getScene() != null && cell.isVisible()).<Node>query());
    }

    private void openAndAdd(FxRobot robot, ProductCard card, int quantity) {
        robot.interact(() -> shell.catalogueForTest(card));
        for (int i = 1; i < quantity; i++) {
            robot.clickOn("#more");
        }
        robot.clickOn("#addToBasket");
    }

    @Test
    void searchWithATypoFilterOpenOrderForPickUpHereAndPay(FxRobot robot) {
        robot.clickOn("#language-en");
        String word = longWord(target);
        String typo = word.substring(0, 2) + word.substring(3); // one letter left out
        robot.clickOn("#search").write(typo);
        assertThat(tiles(robot)).extracting(ProductCard::id).contains(target.id());

        // only this brand, only what is on the shelf here, cheapest first
        choose(robot, "#brandFilter", target.brand());
        robot.clickOn("#inStockHere");
        choose(robot, "#sortBy", "Price: low to high");
        List<ProductCard> shown = tiles(robot);
        assertThat(shown).isNotEmpty().allSatisfy(c -> {
            assertThat(c.brand()).isEqualTo(target.brand());
            assertThat(c.stock()).isEqualTo(StockStatus.IN_STOCK);
        });
        assertThat(shown).extracting(c -> c.price().amount()).isSorted();
        assertThat(shown).extracting(ProductCard::id).contains(target.id());

        robot.clickOn(tileOf(robot, target));
        assertThat(text(robot, "#productName")).isEqualTo(target.name());
        assertThat(robot.lookup("#productFacts").tryQuery()).isPresent();
        assertThat(robot.lookup("#goesWithBlock").query().isVisible()).isTrue();
        assertThat(robot.lookup("#goesWith .button").queryAll()).isNotEmpty();
        assertThat(KioskTexts.of(robot.lookup("#location-AMS").query())).contains("today");
        assertThat(KioskTexts.of(robot.lookup("#location-WH").query())).containsAnyOf("2 days", "Not stocked", "Sold out");

        int before = stockHere(target.id());
        robot.clickOn("#more").clickOn("#addToBasket");
        assertThat(text(robot, "#added")).isEqualTo("Added: 2 \u00d7 " + target.name());
        robot.clickOn("#toBasket");

        assertThat(KioskTexts.of(robot.lookup("#line-" + target.id()).query()))
                .contains(target.name(), "From the shelf at " + amsterdam.name() + ": ready today");
        assertThat(text(robot, "#orderReady")).isEqualTo("Ready today");
        robot.clickOn("#payHere");
        assertThat(robot.lookup("#paymentPanel").tryQuery()).isPresent();
        robot.clickOn("#sim-approved");

        String code = text(robot, "#orderCode");
        assertThat(text(robot, "#orderPayment")).startsWith("Paid:");
        assertThat(text(robot, "#orderNotice")).contains(code, amsterdam.name());
        OrderView order = orders.find(code).orElseThrow();
        assertThat(order.paid()).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.lines()).singleElement().satisfies(l -> {
            assertThat(l.productId()).isEqualTo(target.id());
            assertThat(l.quantity()).isEqualTo(2);
        });
        assertThat(stockHere(target.id())).isEqualTo(before - 2);
        assertThat(shell.basket().lines()).isEmpty();

        robot.clickOn("#orderFinished");
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }

    @Test
    void aDeliveryAddressThatFailsIsMarkedAndNothingIsOrdered(FxRobot robot) {
        robot.clickOn("#language-en");
        ProductCard card = inStock.get(inStock.size() - 1);
        openAndAdd(robot, card, 1);
        robot.clickOn("#toBasket");
        robot.clickOn("#deliverHome");
        robot.clickOn("#addrName").write("Emma de Vries");
        robot.clickOn("#addrStreet").write("Prinsengracht");
        robot.clickOn("#addrPostcode").write("1016 SA");
        robot.clickOn("#addrCity").write("Amsterdam");
        long ordersBefore = countOrders();
        robot.clickOn("#payAtCounter");

        assertThat(text(robot, "#orderProblem")).contains("check the address");
        assertThat(text(robot, "#addrStreetProblem")).contains("house number");
        assertThat(text(robot, "#addrPostcodeProblem")).contains("1234 AB");
        assertThat(robot.lookup("#addrNameProblem").query().isVisible()).isFalse();
        assertThat(countOrders()).isEqualTo(ordersBefore);

        robot.interact(() -> {
            robot.lookup("#addrStreet").queryAs(TextField.class).setText("Prinsengracht 263");
            robot.lookup("#addrPostcode").queryAs(TextField.class).setText("1016gv");
        });
        robot.clickOn("#payAtCounter");
        // staff read the address as it was stored; the kiosk wrote it but cannot read a guest's address back
        OrderView order = Services.on(database.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD)
                .find(text(robot, "#orderCode")).orElseThrow();
        assertThat(order.address().postcode()).isEqualTo("1016 GV");
        assertThat(order.address().street()).isEqualTo("Prinsengracht 263");
        assertThat(order.pickupStoreCode()).isNull();
        assertThat(orders.find(order.code()).orElseThrow().address()).isNull();
    }

    @Test
    void aDeclinedCardLeavesTheOrderUnpaidWithItsItemsHeld(FxRobot robot) {
        robot.clickOn("#language-en");
        ProductCard card = inStock.get(inStock.size() - 2);
        openAndAdd(robot, card, 1);
        robot.clickOn("#toBasket");
        int before = stockHere(card.id());
        robot.clickOn("#payHere").clickOn("#sim-declined");

        assertThat(text(robot, "#orderPayment")).contains("not accepted", "held until");
        OrderView order = orders.find(text(robot, "#orderCode")).orElseThrow();
        assertThat(order.paid()).isFalse();
        assertThat(order.events()).extracting(OrderView.Event::kind).containsExactly("PLACED", "PAYMENT_DECLINED");
        assertThat(stockHere(card.id())).isEqualTo(before - 1);

        robot.clickOn("#retryPayment").clickOn("#sim-approved");
        assertThat(text(robot, "#orderPayment")).startsWith("Paid:");
        assertThat(orders.find(order.code()).orElseThrow().paid()).isTrue();
    }

    private static long countOrders() {
        return database.transactor().read(s -> s.createSelectionQuery("select count(o) from CustomerOrder o",
                Long.class).getSingleResult());
    }
}
