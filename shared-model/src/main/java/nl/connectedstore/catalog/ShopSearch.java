package nl.connectedstore.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StoreInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search of the whole chain's catalogue for the kiosk's webshop. Asks the in-memory {@link CatalogueIndex}
 * once it is built (accents, filters, one-letter typos), then reads the page of tiles (price and stock at
 * this store) from the database in one query. Until the index is ready, the database's word prefixes answer,
 * filtered and sorted in memory, so a kiosk can be used the moment it starts.
 */
public final class ShopSearch {

    private static final Logger log = LoggerFactory.getLogger(ShopSearch.class);

    private final CatalogService catalog;
    private final Function<ProgressListener, CatalogueIndex> builder;
    private final AtomicReference<CatalogueIndex> index = new AtomicReference<>();
    private final AtomicBoolean building = new AtomicBoolean();

    /** Search of the chain in this database; {@link #rebuild} builds the index from it. */
    public ShopSearch(CatalogService catalog, Transactor tx) {
        this(catalog, progress -> CatalogueIndex.build(tx, progress));
    }

    /** Search with the database's prefixes only, until an index is {@linkplain #install installed}. */
    public ShopSearch(CatalogService catalog) {
        this(catalog, (Function<ProgressListener, CatalogueIndex>) null);
    }

    private ShopSearch(CatalogService catalog, Function<ProgressListener, CatalogueIndex> builder) {
        this.catalog = catalog;
        this.builder = builder;
    }

    /** Uses this index from now on. */
    public void install(CatalogueIndex built) {
        index.set(built);
    }

    /** Builds the index from the database and swaps it in; a second call while one builds returns at once. */
    public void rebuild(ProgressListener progress) {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        try {
            long start = System.nanoTime();
            if (builder == null) {
                throw new IllegalStateException("This search has no database to build an index from");
            }
            CatalogueIndex built = builder.apply(progress);
            index.set(built);
            log.info("Catalogue index of {} products built in {} ms", built.products(),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            building.set(false);
        }
    }

    public boolean ready() {
        return index.get() != null;
    }

    /** The products the query finds, named in English. */
    public ShopResults search(StoreInfo store, ShopQuery query) {
        return search(store, query, null);
    }

    /**
     * The products the query finds for a customer reading {@code language}: typed words match the English name or
     * the one in that language, and the tiles are named and ordered in it (English where a product has no
     * translation; null for English).
     */
    public ShopResults search(StoreInfo store, ShopQuery query, Locale language) {
        CatalogueIndex current = index.get();
        if (current == null) {
            return fallback(store, query, language);
        }
        List<Long> inStock = query.inStockHere() ? catalog.inStockIds(store) : List.of();
        CatalogueIndex.Hits hits = current.search(query, store.currency().getCurrencyCode(), inStock,
                language == null ? null : ProductTexts.code(language));
        return new ShopResults(catalog.cards(store, hits.ids(), language), hits.total(), hits.moreThan(), true);
    }

    /** The brands of a category (or of the whole chain), in name order, for the brand filter. */
    public List<String> brands(String categoryCode) {
        return catalog.brands(categoryCode);
    }

    /** The database's prefix search, filtered and sorted here; no typo tolerance. */
    private ShopResults fallback(StoreInfo store, ShopQuery query, Locale language) {
        Long categoryId = query.categoryCode() == null ? null : catalog.categories().stream()
                .filter(c -> c.code().equals(query.categoryCode())).map(CategoryView::id).findFirst().orElse(-1L);
        List<ProductCard> found = catalog.search(store, new SearchQuery(query.text(), categoryId,
                SearchQuery.MAX_LIMIT), language);
        List<ProductCard> kept = found.stream()
                .filter(c -> query.brand() == null || query.brand().equals(c.brand()))
                .filter(c -> !query.inStockHere() || c.stock() == StockStatus.IN_STOCK)
                .filter(c -> within(c, query.minPrice(), query.maxPrice()))
                .toList();
        if (query.order() != ShopQuery.Order.RELEVANCE) {
            Comparator<ProductCard> byPrice = Comparator.comparing(c -> c.price() == null ? null : c.price().amount(),
                    Comparator.nullsLast(query.order() == ShopQuery.Order.PRICE_LOW_HIGH
                            ? Comparator.<BigDecimal>naturalOrder() : Comparator.<BigDecimal>reverseOrder()));
            kept = kept.stream().sorted(byPrice).toList();
        }
        List<ProductCard> page = kept.size() > query.limit() ? kept.subList(0, query.limit()) : kept;
        return new ShopResults(page, kept.size(), found.size() >= SearchQuery.MAX_LIMIT, false);
    }

    private static boolean within(ProductCard card, BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return true;
        }
        if (card.price() == null) {
            return false;
        }
        BigDecimal price = card.price().amount();
        return (min == null || price.compareTo(min) >= 0) && (max == null || price.compareTo(max) <= 0);
    }
}
