package nl.connectedstore.store;

import java.util.Currency;

/** A store as the apps show it. */
public record StoreInfo(long id, String code, String name, String city, StoreKind kind,
                        String countryCode, Currency currency) {

    static StoreInfo of(Store store) {
        return new StoreInfo(store.getId(), store.code(), store.name(), store.city(), store.kind(),
                store.countryCode(), store.currency());
    }
}
