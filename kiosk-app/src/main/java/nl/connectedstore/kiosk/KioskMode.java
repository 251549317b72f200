package nl.connectedstore.kiosk;

import java.util.Locale;
import nl.connectedstore.persistence.Settings;

/** What a terminal is for: the in-store webshop, self-checkout, or both (the customer switches). */
enum KioskMode {
    SHOP, CHECKOUT, BOTH;

    boolean shops() {
        return this != CHECKOUT;
    }

    boolean checksOut() {
        return this != SHOP;
    }

    static KioskMode parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mode must be shop, checkout or both, not '"
                    + Settings.quoted(text.strip()) + "'");
        }
    }
}
