package nl.connectedstore.kiosk;

import java.util.Objects;
import java.util.Optional;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.feedback.FeedbackService;

/**
 * Which screens this kiosk has, decided by its composition root from the mode and the settings: a kit is there
 * exactly when its screens exist. The shell only shows them.
 *
 * @param mode     shop, checkout or both
 * @param search   the catalogue's search (the webshop's typo-tolerant one when it has a webshop)
 * @param checkout scanning and paying; there when the mode checks out
 * @param loyalty  sign-up ("Loyalty card"), checking regulars in and the privacy portal ("My data", or scan a card)
 * @param webshop  the whole chain's search with typos forgiven, basket and orders
 * @param feedback "how was your visit?" beside the receipt after paying
 */
record KioskScreens(KioskMode mode, ShopSearch search, Optional<CheckoutKit> checkout, Optional<LoyaltyKit> loyalty,
                    Optional<OrderKit> webshop, Optional<FeedbackService> feedback) {

    KioskScreens {
        Objects.requireNonNull(mode);
        Objects.requireNonNull(search);
        Objects.requireNonNull(checkout);
        Objects.requireNonNull(loyalty);
        Objects.requireNonNull(webshop);
        Objects.requireNonNull(feedback);
        if (mode.checksOut() && checkout.isEmpty()) {
            throw new IllegalArgumentException("A checkout kiosk needs its checkout services");
        }
    }

    /** Catalogue and product pages only: no checkout, card, webshop or feedback. */
    static KioskScreens shop(ShopSearch search) {
        return new KioskScreens(KioskMode.SHOP, search, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A self-checkout in this mode (checkout or both), with the catalogue's search when it also shops. */
    static KioskScreens checkout(KioskMode mode, ShopSearch search, CheckoutKit kit) {
        return new KioskScreens(mode, search, Optional.of(kit), Optional.empty(), Optional.empty(), Optional.empty());
    }

    KioskScreens withLoyalty(LoyaltyKit kit) {
        return new KioskScreens(mode, search, checkout, Optional.of(kit), webshop, feedback);
    }

    /** The webshop, searching with its own search. */
    KioskScreens withWebshop(OrderKit kit) {
        return new KioskScreens(mode, kit.search(), checkout, loyalty, Optional.of(kit), feedback);
    }

    KioskScreens withFeedback(FeedbackService service) {
        return new KioskScreens(mode, search, checkout, loyalty, webshop, Optional.of(service));
    }
}
