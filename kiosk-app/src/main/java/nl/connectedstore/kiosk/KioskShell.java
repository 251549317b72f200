package nl.connectedstore.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.clienteling.CheckIn;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.scan.KeyboardWedge;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.KeyboardDock;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.SignUpPresenter;
import nl.connectedstore.ui.SignUpScreen;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.WhileOnScreen;
import nl.connectedstore.ui.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's one window: the attract screen between customers, then one customer's session: catalogue and
 * product pages (shop mode), scanning and paying (checkout mode), or both. A session ends with "Start over",
 * "Done" after paying, or after "Are you still there?" went unanswered; the next customer starts with nothing
 * carried over. A hand scanner works on every screen: a scan on the welcome screen starts a checkout.
 */
public final class KioskShell extends StackPane {

    private static final Logger log = LoggerFactory.getLogger(KioskShell.class);
    /** "Are you still there?" waits as long as the idle time, but 5 to 20 seconds. */
    static final Duration STILL_THERE_WAIT = Duration.ofSeconds(20);
    static final Duration STILL_THERE_MIN = Duration.ofSeconds(5);

    private final CatalogService catalog;
    private final InventoryService inventory;
    private final StoreInfo store;
    private final TaskExecutor executor;
    private final KioskMode mode;
    private final CheckoutKit kit;
    private final Duration idleTimeout;
    private final IdleTimer idle;
    private final KeyboardWedge wedge = new KeyboardWedge();
    private final LoyaltyKit loyalty;
    private final String terminalCode;
    private final OrderKit orders;
    private final ShopSearch search;
    /** Checks in a scanned loyalty card's holder; null on a kiosk without loyalty cards. */
    private final CheckInPresenter checkIns;
    /** Calls a member of staff to this kiosk; null when it cannot (it has no checkout services). */
    private final Runnable callStaff;
    private WebBasket basket = new WebBasket();
    private CatalogueScreen catalogue;
    private CheckoutScreen checkout;
    private Messages messages;
    private StillTherePrompt stillThere;
    private boolean onReceipt;
    /** "How was it today?" beside a receipt or a placed order; null on a kiosk that does not ask. */
    private final FeedbackAsking feedback;
    private final Ticker ticker;
    private final WhileOnScreen onScreen;
    /** The card the customer checked in with at this checkout: their feedback may name them if they allow it. */
    private String checkedInCard;
    private final KeyboardDock keyboard;

    /**
     * @param terminalCode this terminal, as consents and check-ins record where they were given (null: the checkout's,
     *                     else {@code <store>-KIOSK})
     * @param screens      which screens this kiosk has (the composition root decides from the mode)
     */
    KioskShell(CatalogService catalog, InventoryService inventory, StoreInfo store, TaskExecutor executor,
               Duration idleTimeout, String terminalCode, KioskScreens screens) {
        this(catalog, inventory, store, executor, idleTimeout, terminalCode, screens, Ticker.onFxThread());
    }

    /** As above, timed by {@code ticker} (the idle timeout, "are you still there?", the checkout's timers). */
    KioskShell(CatalogService catalog, InventoryService inventory, StoreInfo store, TaskExecutor executor,
               Duration idleTimeout, String terminalCode, KioskScreens screens, Ticker ticker) {
        this.ticker = ticker;
        CheckoutKit kit = screens.checkout().orElse(null);
        LoyaltyKit loyalty = screens.loyalty().orElse(null);
        KioskMode mode = screens.mode();
        this.feedback = screens.feedback().map(asked -> new FeedbackAsking(asked, store, executor)).orElse(null);
        this.orders = screens.webshop().orElse(null);
        this.search = screens.search();
        this.loyalty = loyalty;
        this.terminalCode = terminalCode;
        this.catalog = catalog;
        this.inventory = inventory;
        this.store = store;
        this.executor = executor;
        this.mode = mode;
        this.kit = kit;
        this.idleTimeout = idleTimeout;
        this.idle = new IdleTimer(this, idleTimeout, ticker, this::onIdle);
        this.checkIns = loyalty == null ? null
                : new CheckInPresenter(loyalty.arrivals(), store, terminalCode, executor);
        this.callStaff = kit == null ? null : new StaffCall(kit.assistance(), orderTerminal(), executor);
        getStyleClass().add("kiosk");
        // a touch screen without a keyboard: every text field tapped gets the on-screen one, in the session's language
        this.keyboard = KeyboardDock.attach(this, () -> messages);
        if (kit != null) {
            kit.scans().subscribe(scan -> {
                if (Platform.isFxApplicationThread()) {
                    route(scan);
                } else {
                    Platform.runLater(() -> route(scan));
                }
            });
        }
        if (kit != null || loyalty != null) {
            addEventFilter(KeyEvent.KEY_TYPED, this::key);
        }
        showAttract();
        // a kiosk taken off screen ends its session as the idle reset does: no timer or poll left asking the database
        // for a customer nobody can see, and open requests to staff withdrawn
        this.onScreen = new WhileOnScreen(this, () -> { }, this::showAttract);
        onScreen.start();
    }

    /** The language on screen now: the customer's, or the store's on the welcome screen. */
    Messages messages() {
        return messages != null ? messages : Messages.of(Messages.defaultLocaleFor(store.countryCode()));
    }

    public void showAttract() {
        idle.stop();
        if (portal() != null) {
            portal().presenter().end(); // whatever comes back for this customer later is dropped
        }
        checkedInCard = null;
        if (feedback != null) {
            feedback.customerLeft();
        }
        closeStillThere();
        if (checkout != null) {
            checkout.end();
        }
        checkout = null;
        catalogue = null;
        basket = new WebBasket();
        messages = null;
        onReceipt = false;
        if (getChildren().size() == 1 && getChildren().get(0) instanceof AttractScreen) {
            return; // already welcoming: a second reset must not rebuild the screen under someone's finger
        }
        getChildren().setAll(new AttractScreen(store, this::startSession));
    }

    public void startSession(Locale locale) {
        messages = Messages.of(locale);
        onReceipt = false;
        if (feedback != null) {
            feedback.customerStarts();
        }
        if (mode.shops()) {
            showCatalogue();
        } else {
            showCheckout();
        }
        idle.start();
    }

    private void showCatalogue() {
        if (catalogue == null) {
            long start = System.nanoTime();
            catalogue = catalogueScreen(messages, orders == null ? null : orders.indexProgress());
            catalogue.load();
            log.info("Catalogue screen built in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        getChildren().setAll(catalogue);
        catalogue.searchField().requestFocus();
    }

    /** @param indexProgress the search index's build, which the screen shows and searches again after; or null */
    private CatalogueScreen catalogueScreen(Messages in, DoubleProperty indexProgress) {
        return new CatalogueScreen(new CataloguePresenter(catalog, search, store, executor, indexProgress,
                in.locale()), in, this::openProduct,
                this::showAttract, mode.checksOut() ? this::showCheckout : null,
                loyalty == null ? null : this::showSignUp, loyalty == null ? null : this::showPortal,
                orders == null ? null : basket, this::showOrder, indexProgress);
    }

    /**
     * Builds a catalogue screen once, off screen, with the app's stylesheets, and lays it out: the classes, skins
     * and styles a catalogue needs are then ready before the first customer taps a language (measured: that first
     * build held the screen thread 1.6 s, with seconds more for its first layout, while a spinner stood still).
     * Call it on the FX thread while start-up still shows its progress. The screen is thrown away.
     */
    void prepareCatalogue(List<String> stylesheets, double width, double height) {
        long start = System.nanoTime();
        // not tied to the index's progress: a thrown-away screen must not search again once the index is in
        CatalogueScreen prepared = catalogueScreen(Messages.of(Messages.defaultLocaleFor(store.countryCode())), null);
        Scene offScreen = new Scene(prepared, width, height);
        offScreen.getStylesheets().setAll(stylesheets);
        prepared.applyCss();
        prepared.layout();
        log.info("Catalogue screen prepared off screen in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void showCheckout() {
        if (checkout == null) {
            checkout = new CheckoutScreen(new CheckoutPresenter(kit.in(messages.locale()), store, executor, ticker,
                    this::paid), kit.camera(),
                    messages, this::showAttract, mode.shops() ? this::showCatalogue : null);
            checkout.presenter().paying().addListener((obs, was, busy) -> {
                if (busy) {
                    idle.stop();
                } else {
                    idle.start();
                }
            });
        }
        getChildren().setAll(checkout);
        checkout.requestFocus();
    }

    private void showSignUp() {
        getChildren().setAll(new SignUpScreen(new SignUpPresenter(loyalty.customers(), executor, Channel.KIOSK,
                terminalCode, messages.locale().getLanguage()), messages, this::backToCatalogue));
    }

    /** The privacy portal, waiting for a card; "Done" ends the session so nobody else sees it. */
    private PortalScreen showPortal() {
        return showPortal(false);
    }

    private PortalScreen showPortal(boolean inCustomersLanguage) {
        PortalPresenter presenter = new PortalPresenter(loyalty, executor, ticker, terminalCode,
                messages.locale(), inCustomersLanguage, this::showAttract);
        presenter.localeProperty().addListener((o, was, now) -> messages = Messages.of(now));
        PortalScreen portal = new PortalScreen(presenter, messages);
        getChildren().setAll(portal);
        return portal;
    }

    /**
     * A loyalty card was scanned. At a checkout in progress the customer is checked in and greeted in the
     * checkout; anywhere else a welcome screen says whether the counter was told, with their data one tap
     * away. An unknown or blocked card opens the privacy portal, which says what is wrong with it.
     */
    private void openCard(String code) {
        if (checkout != null && !getChildren().isEmpty() && getChildren().get(0) == checkout) {
            closeStillThere();
            idle.start();
            checkIns.checkIn(code, checkIn -> {
                        if (checkIn.known() && checkout != null) {
                            checkedInCard = CheckInPresenter.cardNumber(code);
                            checkout.presenter().inform(
                                    CheckoutPresenter.Text.of("kiosk.checkin.welcome", checkIn.firstName()),
                                    CheckoutPresenter.Text.of(checkIn.outcome() == CheckIn.Outcome.ANNOUNCED
                                            ? "kiosk.checkin.announced" : "kiosk.checkin.private"));
                        } else if (checkout != null) {
                            checkout.presenter().inform(CheckoutPresenter.Text.of(
                                    checkIn.outcome() == CheckIn.Outcome.BLOCKED_CARD
                                            ? "kiosk.checkin.blocked" : "kiosk.checkin.unknown"));
                        }
                    }, e -> log.warn("Check-in at the checkout failed: {}", e.toString()));
            return;
        }
        if (!getChildren().isEmpty() && getChildren().get(0) instanceof PortalScreen) {
            // scanned at "My data": the customer asked for their data, not to be announced (it showed the check-in
            // welcome instead, issue 16)
            idle.start();
            openPortal(code, false);
            return;
        }
        boolean noLanguageChosen = messages == null;
        if (messages == null || onReceipt) {
            Locale language = messages == null ? Messages.defaultLocaleFor(store.countryCode()) : messages.locale();
            showAttract();
            messages = Messages.of(language);
        }
        closeStillThere();
        idle.start();
        checkIns.checkIn(code, checkIn -> {
                    if (!checkIn.known()) {
                        openPortal(code, noLanguageChosen);
                        return;
                    }
                    String theirs = checkIn.language();
                    if (noLanguageChosen && Messages.LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(theirs))) {
                        messages = Messages.of(new Locale(theirs, messages.locale().getCountry()));
                    }
                    getChildren().setAll(new CheckInScreen(checkIn, messages, () -> {
                        if (mode.shops()) {
                            showCatalogue();
                        } else {
                            showCheckout();
                        }
                    }, () -> openPortal(code, false)));
                }, e -> {
                    log.warn("Check-in failed: {}", e.toString());
                    openPortal(code, noLanguageChosen);
                });
    }

    /** The card owner's privacy portal, in this session's language or (just scanned in) the customer's. */
    private void openPortal(String code, boolean inCustomersLanguage) {
        PortalScreen portal = getChildren().isEmpty() || !(getChildren().get(0) instanceof PortalScreen shown)
                ? showPortal(inCustomersLanguage) : shown;
        portal.open(code);
    }

    /** A loyalty card read by a scanner or camera (the screenshot tour hands one in). */
    void cardScanned(String code) {
        openCard(code);
    }

    /** The privacy portal on screen, or null. */
    PortalScreen portal() {
        return !getChildren().isEmpty() && getChildren().get(0) instanceof PortalScreen shown ? shown : null;
    }

    private void openProduct(ProductCard card) {
        getChildren().setAll(new ProductScreen(new ProductPresenter(card, store, catalog, inventory,
                orders == null ? null : orders.suggestions(), orders == null ? null : basket, executor,
                messages.locale()), store, messages,
                this::backToCatalogue, this::openProduct, this::showOrder));
    }

    /** The basket and the order form. */
    private void showOrder() {
        if (orders == null) {
            return;
        }
        WebOrderPresenter order = new WebOrderPresenter(orders, basket, store, orderTerminal(), messages.locale(),
                executor);
        getChildren().setAll(new OrderScreen(order, messages, this::backToCatalogue, () -> orderPlaced(order),
                this::showAttract, callStaff));
    }

    private String orderTerminal() {
        return terminalCode != null ? terminalCode : kit != null ? kit.terminalCode() : store.code() + "-KIOSK";
    }

    /**
     * The order stands (its code and QR on screen, the basket emptied): the session ends on "Done" or when idle.
     * "How was it today?" sits beside it; the same question again when the screen is drawn anew (a declined card paid
     * at the second try), so an answer given is not asked for twice.
     */
    private void orderPlaced(WebOrderPresenter order) {
        onReceipt = true;
        idle.start();
        OrderView placed = order.orderProperty().get();
        if (feedback == null || placed == null || !(current() instanceof OrderScreen screen)
                || !(screen.lookup("#orderDone") instanceof OrderDoneScreen done)) {
            return;
        }
        done.offerFeedback(feedback.aboutOrder(placed.code(), orderTerminal(), messages, checkedInCard));
    }

    /** Opens a product page as touching its tile would (tests start from a product they chose). */
    void catalogueForTest(ProductCard card) {
        if (messages == null) {
            startSession(Messages.defaultLocaleFor(store.countryCode()));
        }
        openProduct(card);
    }

    /** The current customer's webshop basket. */
    WebBasket basket() {
        return basket;
    }

    private void backToCatalogue() {
        getChildren().setAll(catalogue);
    }

    private void paid(Receipt receipt) {
        log.info("Sale {} paid at {}", receipt.receiptNumber(), receipt.terminalCode());
        checkout.end();
        checkout = null;
        onReceipt = true;
        ReceiptScreen screen = new ReceiptScreen(receipt, store, messages, kit.printer(), this::showAttract);
        if (feedback != null) {
            screen.offerFeedback(feedback.aboutSale(receipt, messages, checkedInCard));
        }
        checkedInCard = null;
        getChildren().setAll(screen);
        idle.start();
    }

    /** Keys from a USB hand scanner (a keyboard to the computer): a fast burst of digits and Enter is a scan. */
    private void key(KeyEvent event) {
        String typed = event.getCharacter();
        if (typed == null || typed.isEmpty() || typed.equals(KeyEvent.CHAR_UNDEFINED)) {
            return;
        }
        Optional<String> code = wedge.key(typed.charAt(0), System.nanoTime());
        if (code.isPresent()) {
            event.consume();
            if (kit != null) {
                kit.scans().publish(Scan.now(code.get(), Scan.Source.HAND_SCANNER));
            } else if (CustomerService.isCardCode(code.get())) {
                openCard(code.get());
            }
        } else if (!getChildren().isEmpty() && getChildren().get(0) instanceof PortalScreen portal
                && portal.typed(typed.charAt(0))) {
            event.consume();
        }
    }

    /** A scan from any source, on the FX thread: into this customer's basket, or a new checkout. */
    private void route(Scan scan) {
        if (loyalty != null && CustomerService.isCardCode(scan.text())) {
            openCard(scan.text());
            return;
        }
        if (checkout == null) {
            if (!mode.checksOut()) {
                log.info("A code was scanned on a shop-only kiosk; ignored");
                return;
            }
            if (messages == null || onReceipt) {
                Locale language = messages == null ? Messages.defaultLocaleFor(store.countryCode()) : messages.locale();
                showAttract();
                startSession(language);
            }
            showCheckout();
        } else if (getChildren().isEmpty() || getChildren().get(0) != checkout) {
            showCheckout();
        }
        closeStillThere();
        idle.start();
        checkout.presenter().scan(scan);
    }

    private void onIdle() {
        if (messages == null || stillThere != null) {
            return;
        }
        if (onReceipt) {
            log.info("Kiosk idle after a paid sale: back to the welcome screen");
            showAttract();
            return;
        }
        if (checkout != null && checkout.presenter().paying().get()) {
            idle.start();
            return;
        }
        Duration wait = idleTimeout.compareTo(STILL_THERE_WAIT) > 0 ? STILL_THERE_WAIT
                : idleTimeout.compareTo(STILL_THERE_MIN) < 0 ? STILL_THERE_MIN : idleTimeout;
        Runnable stay = () -> {
            closeStillThere();
            idle.start();
        };
        StillThereCountdown countdown = checkout != null
                ? checkout.presenter().askStillThere(wait, stay, this::showAttract)
                : new StillThereCountdown(wait, ticker, stay, () -> {
                    log.info("Kiosk idle: nobody answered, session reset to the welcome screen");
                    showAttract();
                });
        stillThere = new StillTherePrompt(messages, countdown);
        getChildren().add(stillThere);
        stillThere.start();
    }

    private void closeStillThere() {
        if (stillThere != null) {
            stillThere.stop();
            getChildren().remove(stillThere);
            stillThere = null;
        }
    }

    /** The current customer's catalogue, or null on the attract screen. */
    CatalogueScreen catalogue() {
        return catalogue;
    }

    /** The current customer's checkout, or null. */
    CheckoutScreen checkout() {
        return checkout;
    }

    /** The on-screen keyboard's dock (tests see what it shows). */
    KeyboardDock keyboard() {
        return keyboard;
    }

    Node current() {
        return getChildren().isEmpty() ? null : getChildren().get(0);
    }
}
