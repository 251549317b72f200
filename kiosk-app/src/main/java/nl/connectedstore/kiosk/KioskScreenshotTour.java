package nl.connectedstore.kiosk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import nl.connectedstore.assistance.AssistanceKind;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;

/**
 * {@code --screenshot}: the kiosk's screenshot tour (README's pictures), step by step on the running app, demo
 * database only. Kept out of the composition root: the tour clicks through the real screens by node id and stages
 * what a customer and the counter would do (a regular's card held up, a clerk approving the age check, with the
 * counter's database rights: the kiosk's own cannot).
 */
final class KioskScreenshotTour {

    private final Scene scene;
    private final KioskShell shell;
    private final StoreInfo store;
    private final CatalogService catalog;
    /** The checkout terminal's kit, or null on a kiosk that does not check out. */
    private final CheckoutKit kit;
    private final DatabaseConfig config;
    private final String language;
    private final Clock clock;

    KioskScreenshotTour(Scene scene, KioskShell shell, StoreInfo store, CatalogService catalog, CheckoutKit kit,
                        DatabaseConfig config, String language, Clock clock) {
        this.scene = scene;
        this.shell = shell;
        this.store = store;
        this.catalog = catalog;
        this.kit = kit;
        this.config = config;
        this.language = language;
        this.clock = clock;
    }

    /** A step that is done once {@code selector} is on screen (the tour tries a step again until it is). */
    private Runnable shown(String selector) {
        return () -> Objects.requireNonNull(scene.lookup(selector), selector + " is not on screen yet");
    }

    /** The steps: a name takes a screenshot, a Runnable acts (see StoreApp.screenshotTour). */
    List<Object> steps() {
        Locale locale = new Locale(language == null ? "en" : language, store.countryCode());
        String regular = demoRegular();
        List<Object> tour = new ArrayList<>(List.of(
                "attract",
                (Runnable) () -> shell.startSession(locale),
                (Runnable) () -> shell.catalogue().searchField().setText("yog"),
                "catalogue",
                (Runnable) () -> shell.catalogue().openFirstResult(),
                "product",
                // the endless aisle: two in the basket, pick up here, pay at the counter
                (Runnable) () -> ((Button) scene.lookup("#more")).fire(),
                (Runnable) () -> ((Button) scene.lookup("#addToBasket")).fire(),
                (Runnable) () -> ((Button) scene.lookup("#toBasket")).fire(),
                (Runnable) () -> { }, // where each line comes from is planned in the background
                "basket",
                (Runnable) () -> ((Button) scene.lookup("#payAtCounter")).fire(),
                shown("#orderCode"),
                "order",
                (Runnable) () -> {
                    shell.showAttract();
                    shell.startSession(locale);
                },
                (Runnable) () -> ((Button) scene.lookup("#toSignUp")).fire(),
                "signup",
                (Runnable) () -> ((Button) scene.lookup("#back")).fire(),
                (Runnable) () -> ((Button) scene.lookup("#toPortal")).fire(),
                (Runnable) () -> shell.portal().open(regular),
                "portal",
                (Runnable) shell::showAttract,
                // a regular checks in on the welcome screen; the counter's screenshots show them arriving
                (Runnable) () -> shell.cardScanned(regular),
                "checkin"));
        if (kit != null) { // a checkout terminal
            CheckoutKit checkoutKit = kit;
            List<String> codes = catalog
                    .search(store, new SearchQuery("", null, 200)).stream()
                    .filter(p -> p.price() != null && !p.soldByWeight()
                            && p.stock() == StockStatus.IN_STOCK)
                    .sorted(Comparator.comparingInt(p -> p.minimumAge() > 0 ? 0 : 1))
                    .limit(3).map(ProductCard::gtin).toList();
            // a customer who chose the tour's language, then scans: the checkout speaks it (a scan on the welcome
            // screen would start it in the store's own language)
            tour.add((Runnable) () -> {
                shell.showAttract();
                shell.startSession(locale);
            });
            for (String code : codes) {
                tour.add((Runnable) () -> checkoutKit.scans().publish(
                        Scan.now(code, Scan.Source.HAND_SCANNER)));
            }
            tour.add((Runnable) () -> checkoutKit.scans().publish(
                    Scan.now(codes.get(2), Scan.Source.KEYPAD)));
            tour.add("checkout");
            // the demo clerk approves the age check, as at the counter, with the counter's database rights
            // (the kiosk's cannot answer; demo database only)
            tour.add((Runnable) () -> {
                try (Database counter = Database.open(config, ProgressListener.NONE, null, AppRole.COUNTER)) {
                    AssistanceService clerk = new AssistanceService(counter.transactor(),
                            new StoreService(counter.transactor(), clock, new PinGuard(counter.transactor(), clock)),
                            clock);
                    clerk.open(store.id()).forEach(r -> clerk.answer(r.id(), store.code() + "-COUNTER-1",
                            "2345".toCharArray(), r.kind() == AssistanceKind.AGE_CHECK
                                    ? AssistanceStatus.APPROVED : AssistanceStatus.DONE));
                }
            });
            tour.add((Runnable) () -> ((Button) scene.lookup("#pay")).fire());
            tour.add("payment");
            tour.add((Runnable) () -> ((Button) scene.lookup("#sim-approved")).fire());
            tour.add(shown("#receipt")); // the card terminal and the sale take a moment
            tour.add("receipt");
        }
        return tour;
    }

    /** A demo regular's card, as if they held it up, found with the counter's database rights. */
    private String demoRegular() {
        try (Database counter = Database.open(config, ProgressListener.NONE, null, AppRole.COUNTER)) {
            Transactor tx = counter.transactor();
            return new CustomerService(tx, new ConsentService(tx, clock), new StoreService(tx, clock,
                    new PinGuard(tx, clock)), clock)
                    .someCardAllowing(store.code(), Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE)
                    .map(number -> CustomerService.QR_PREFIX + number).orElse("");
        }
    }
}
