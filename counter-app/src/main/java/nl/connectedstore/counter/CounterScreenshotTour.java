package nl.connectedstore.counter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;

/**
 * {@code --screenshot}: the counter's screenshot tour (README's pictures), step by step on the running app, demo
 * database only. Kept out of the composition root: the tour clicks through the real screens by node id and stages
 * what the kiosk would have done (a help call with the kiosk's database rights, a regular checking in).
 */
final class CounterScreenshotTour {

    private final Scene scene;
    private final StoreInfo store;
    private final CatalogService catalog;
    private final CounterPrivacy privacy;
    private final Clienteling clienteling;
    private final Duration arrivalFade;
    private final DatabaseConfig config;
    private final Clock clock;
    /** The id of the language item the sign-in screen showed ("language-en"): the tour's language. */
    private String startedIn;

    CounterScreenshotTour(Scene scene, StoreInfo store, CatalogService catalog, CounterPrivacy privacy,
                          Clienteling clienteling, CounterOptions options, DatabaseConfig config, Clock clock) {
        this.scene = scene;
        this.store = store;
        this.catalog = catalog;
        this.privacy = privacy;
        this.clienteling = clienteling;
        this.arrivalFade = options.arrivalFade();
        this.config = config;
        this.clock = clock;
    }

    /** The steps: a name takes a screenshot, a Runnable acts (see StoreApp.screenshotTour). */
    List<Object> steps() {
        return List.of(
                "login",
                (Runnable) () -> {
                    startedIn = ((MenuButton) scene.lookup("#languageSwitch")).getItems()
                            .stream().filter(item -> ((RadioMenuItem) item).isSelected())
                            .map(MenuItem::getId).findFirst().orElse(null);
                    ((PasswordField) scene.lookup("#pin")).setText("1234");
                    ((Button) scene.lookup("#signIn")).fire();
                },
                (Runnable) () -> { }, // the sign-in is checked in the background: the desk comes a moment later
                // the demo manager reads Dutch: the tour shows the counter in the language it was started in
                (Runnable) () -> ((MenuButton) scene.lookup("#languageSwitch")).getItems()
                        .stream().filter(item -> item.getId().equals(startedIn)).findFirst()
                        .ifPresent(MenuItem::fire),
                // a help call from the demo kiosk, so the queue shows a request (demo database only), made with
                // the kiosk's database rights: only a kiosk asks for help
                (Runnable) () -> {
                    try (Database kiosk = Database.open(config, ProgressListener.NONE, null,
                            AppRole.KIOSK)) {
                        new AssistanceService(kiosk.transactor(), new StoreService(kiosk.transactor(), clock,
                                new PinGuard(kiosk.transactor(), clock)),
                                clock).callStaff(store.code() + "-KIOSK-1");
                    }
                },
                // the regular the kiosk's screenshot tour checked in (or, run alone, one checked in here)
                (Runnable) () -> {
                    if (clienteling.arrivals().recent(store.id(), arrivalFade).isEmpty()) {
                        privacy.customers().someCardAllowing(store.code(),
                                        Purpose.RECOGNITION,
                                        Purpose.PERSONAL_ADVICE)
                                .ifPresent(card -> clienteling.arrivals().checkIn(card, store.id(),
                                        store.code() + "-KIOSK-1"));
                    }
                },
                (Runnable) () -> { }, // the feed polls
                (Runnable) () -> ((Button) scene.lookup(".arrival-card .button")).fire(),
                (Runnable) () -> { }, // learning and suggestions take a moment
                "customer",
                (Runnable) () -> ((TabPane) scene.lookup(".tab-pane")).getSelectionModel()
                        .select(1),
                (Runnable) () -> ((TextField) scene.lookup("#lookupSearch")).setText(soldOutHere()),
                (Runnable) () -> ((TableView<?>) scene.lookup("#products")).getSelectionModel().select(0),
                "lookup",
                // the order the kiosk's screenshot tour placed (run alone: the lists may be empty)
                (Runnable) () -> ((TabPane) scene.lookup(".tab-pane")).getSelectionModel()
                        .select(2),
                (Runnable) () -> { }, // the order lists poll
                (Runnable) () -> ((ListView<?>) scene.lookup("#toPrepare"))
                        .getSelectionModel().select(0),
                "orders",
                (Runnable) () -> ((TabPane) scene.lookup(".tab-pane")).getSelectionModel()
                        .select(3),
                (Runnable) () -> {
                    ((TextField) scene.lookup("#cardInput")).setText(privacy.customers()
                            .someCardAllowing(store.code(), Purpose.RECOGNITION)
                            .orElse(""));
                    ((Button) scene.lookup("#findCard")).fire();
                },
                (Runnable) () -> ((Button) scene.lookup("#blockCard")).fire(),
                "cards",
                // customer feedback: the manager's dashboard (last week: a whole one), the chain, the morning
                (Runnable) () -> selectTab(scene, "experienceTab"),
                (Runnable) () -> ((Button) scene.lookup("#previousWeek")).fire(),
                // the first opening adds up the finished days: a few seconds on a busy machine
                (Runnable) () -> { }, (Runnable) () -> { }, (Runnable) () -> { }, (Runnable) () -> { },
                (Runnable) () -> { }, (Runnable) () -> { }, (Runnable) () -> { }, (Runnable) () -> { },
                "dashboard",
                (Runnable) () -> selectTab(scene, "dashChainTab"),
                "chain",
                (Runnable) () -> selectTab(scene, "morningTab"),
                "morning");
    }

    /** Selects the tab with this id in whichever tab pane of the scene holds it. */
    private void selectTab(Scene scene, String id) {
        for (Node node : scene.getRoot().lookupAll(".tab-pane")) {
            TabPane pane = (TabPane) node;
            pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> pane.getSelectionModel().select(t));
        }
    }

    /** The GTIN of a product this store has sold out of but others hold: the look-up screenshot's subject. */
    private String soldOutHere() {
        return catalog.search(store, new SearchQuery("", null, 500)).stream()
                .filter(p -> p.stock() == StockStatus.SOLD_OUT)
                .map(ProductCard::gtin).findFirst().orElse("olive oil");
    }
}
