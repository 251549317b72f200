package nl.connectedstore.inventory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.Store;
import nl.connectedstore.store.StoreKind;

/** Stock levels across the chain. */
public final class InventoryService {

    private final Transactor tx;

    public InventoryService(Transactor tx) {
        this.tx = tx;
    }

    /**
     * Every location's stock of one product, asked from {@code hereStoreId}: this store first, then the
     * other stores by name, then the warehouse. Locations that do not carry it are listed with no quantity.
     */
    public List<LocationStock> availability(long productId, long hereStoreId) {
        return availability(productId, hereStoreId, null);
    }

    /**
     * As {@link #availability(long, long)}, with the locations' names in {@code language} where they have one ("Central
     * warehouse"); store names are proper names and stay. Null for English.
     */
    public List<LocationStock> availability(long productId, long hereStoreId, Locale language) {
        return tx.read(session -> {
            Map<Long, String> names = LocationNames.in(tx, language);
            List<Store> stores = session.createSelectionQuery("from Store", Store.class).getResultList();
            List<Object[]> levels = session.createSelectionQuery(
                            "select s.store.id, s.quantity from StockLevel s where s.product.id = :product",
                            Object[].class)
                    .setParameter("product", productId)
                    .getResultList();
            Map<Long, Integer> byStore = new HashMap<>();
            for (Object[] level : levels) {
                byStore.put((Long) level[0], (Integer) level[1]);
            }
            return stores.stream()
                    .map(s -> new LocationStock(s.code(), names.getOrDefault(s.getId(), s.name()), s.city(), s.kind(),
                            byStore.get(s.getId()),
                            s.getId() == hereStoreId))
                    .sorted(Comparator.comparing((LocationStock l) -> !l.here())
                            .thenComparing(l -> l.kind() == StoreKind.WAREHOUSE)
                            .thenComparing(LocationStock::storeName))
                    .toList();
        });
    }
}
