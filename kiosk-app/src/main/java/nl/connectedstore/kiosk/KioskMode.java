package nl.connectedstore.kiosk;

import java.util.Locale;

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
                    + nl.connectedstore.persistence.Settings.quoted(text.strip()) + "'");
        }
    }
}
