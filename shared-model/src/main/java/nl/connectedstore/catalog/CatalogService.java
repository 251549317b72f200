package nl.connectedstore.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StoreInfo;

/** The catalogue as shoppers and staff browse it: categories, search-as-you-type, one product by code. */
public final class CatalogService {

    /** Parameters: the language's code, the store's currency, the store's id; the name falls back to English. */
    private static final String CARD_COLUMNS =
            "select p.id, p.gtin, coalesce(pt.name, p.name), p.brand, c.code, p.sold_by_weight, p.minimum_age,"
                    + " pp.amount, s.quantity"
                    + " from product p"
                    + " join category c on c.id = p.category_id"
                    + " left join product_text pt on pt.product_id = p.id and pt.language = ?"
                    + " left join product_price pp on pp.product_id = p.id and pp.currency_code = ?"
                    + " left join stock_level s on s.product_id = p.id and s.store_id = ?";
    /** The first parameter after {@link #CARD_COLUMNS}'s own. */
    private static final int AFTER_CARD = 4;

    /** Counting matches of a typed word stops here: enough to tell a rare word from a common one. */
    static final int COMMON_WORD_MATCHES = 1_000;

    private final Transactor tx;

    public CatalogService(Transactor tx) {
        this.tx = tx;
    }

    public List<CategoryView> categories() {
        return tx.read(session -> session
                .createSelectionQuery("from Category c order by c.name", Category.class)
                .getResultList().stream()
                .map(c -> new CategoryView(c.getId(), c.code(), c.name()))
                .toList());
    }

    /**
     * Products whose name or brand has words starting with every typed word ("gre yog" finds
     * "Greek yoghurt"), accents and case ignored, priced and stocked for {@code store}. Ordered by the
     * matching word, then by name, so "gre" lists Greek yoghurt before Green tea. Empty text lists the
     * category (or everything) in name order. Names are the products' own (English).
     */
    public List<ProductCard> search(StoreInfo store, SearchQuery query) {
        return search(store, query, null);
    }

    /**
     * As {@link #search(StoreInfo, SearchQuery)}, with the cards' names in {@code language} (English where a product
     * has no translation; null for English). The words of every language's name are searched, whichever is asked.
     */
    public List<ProductCard> search(StoreInfo store, SearchQuery query, Locale language) {
        List<String> patterns = SearchText.terms(query.text()).stream().map(t -> escapeLike(t) + "%").toList();
        if (patterns.isEmpty()) {
            return browse(store, query, language);
        }
        // in another language, the words of the name in it too (product_text_term); in English the table as it was
        boolean english = ProductTexts.code(language).equals(ProductTexts.ENGLISH);
        String words = english ? "product_search_term"
                : "(select term, product_id, sort_name from product_search_term union all"
                        + " select term, product_id, sort_name from product_text_term where language = ?)";
        String code = ProductTexts.code(language);
        return tx.read(session -> session.doReturningWork(connection -> {
            // The rarest typed word drives the scan; the others only filter what it finds.
            int driving = 0;
            if (patterns.size() > 1) {
                int fewest = Integer.MAX_VALUE;
                for (int i = 0; i < patterns.size(); i++) {
                    int matches = probe(connection, patterns.get(i), words, english ? null : code);
                    if (matches < fewest) {
                        fewest = matches;
                        driving = i;
                    }
                }
            }
            StringBuilder sql = new StringBuilder("select t.product_id from " + words + " t where t.term like ?");
            for (int i = 0; i < patterns.size(); i++) {
                if (i != driving) {
                    sql.append(" and exists (select 1 from " + words + " o"
                            + " where o.product_id = t.product_id and o.term like ?)");
                }
            }
            if (query.categoryId() != null) {
                sql.append(" and t.product_id in (select c.id from product c where c.category_id = ?)");
            }
            // A product with two words matching the same prefix shows up twice: fetch a few spare rows.
            sql.append(" order by t.term, t.sort_name, t.product_id fetch first ")
                    .append(query.limit() + 20).append(" rows only");
            Set<Long> ids = new LinkedHashSet<>();
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                int i = 1;
                if (!english) {
                    ps.setString(i++, code);
                }
                ps.setString(i++, patterns.get(driving));
                for (int t = 0; t < patterns.size(); t++) {
                    if (t != driving) {
                        if (!english) {
                            ps.setString(i++, code);
                        }
                        ps.setString(i++, patterns.get(t));
                    }
                }
                if (query.categoryId() != null) {
                    ps.setLong(i, query.categoryId());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && ids.size() < query.limit()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return cardsInOrder(connection, store, List.copyOf(ids), language);
        }));
    }

    private List<ProductCard> browse(StoreInfo store, SearchQuery query, Locale language) {
        // in another language, the tiles are in the order of the names shown
        String order = ProductTexts.code(language).equals(ProductTexts.ENGLISH) ? "p.sort_name"
                : "coalesce(pt.sort_name, p.sort_name)";
        String sql = CARD_COLUMNS + (query.categoryId() != null ? " where p.category_id = ?" : "")
                + " order by " + order + ", p.id fetch first " + query.limit() + " rows only";
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bindCard(ps, store, language);
                if (query.categoryId() != null) {
                    ps.setLong(AFTER_CARD, query.categoryId());
                }
                return cards(ps, store);
            }
        }));
    }

    private static List<ProductCard> cardsInOrder(Connection connection, StoreInfo store, List<Long> ids,
                                                  Locale language) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement(CARD_COLUMNS + " where p.id in (" + marks + ")")) {
            bindCard(ps, store, language);
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(AFTER_CARD + i, ids.get(i));
            }
            Map<Long, ProductCard> byId = new HashMap<>();
            for (ProductCard card : cards(ps, store)) {
                byId.put(card.id(), card);
            }
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        }
    }

    /** How many words start with the pattern, counted up to just past {@link #COMMON_WORD_MATCHES}. */
    /** @param words the word table (or the union with a language's words); {@code language} its parameter, or null */
    private static int probe(Connection connection, String pattern, String words, String language)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select count(*) from (select 1 from " + words + " t where t.term like ? fetch first "
                        + (COMMON_WORD_MATCHES + 1) + " rows only) x")) {
            int i = 1;
            if (language != null) {
                ps.setString(i++, language);
            }
            ps.setString(i, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** These products as sold at {@code store}, in the order given; ids the chain does not know are left out. */
    public List<ProductCard> cards(StoreInfo store, List<Long> ids) {
        return cards(store, ids, null);
    }

    /** As {@link #cards(StoreInfo, List)}, named in {@code language} (English without a translation, or for null). */
    public List<ProductCard> cards(StoreInfo store, List<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.read(session -> session.doReturningWork(connection -> cardsInOrder(connection, store, ids,
                language)));
    }

    /**
     * Products in stock at {@code store} that could stand in for {@code wanted}: the same category (or, for a
     * product without one, the same brand), priced within {@code band} (0.5 = 50 %) of its price when it has
     * one here. At most {@code limit}, any order.
     */
    public List<ProductCard> inStockAlike(StoreInfo store, ProductCard wanted, double band, int limit) {
        return inStockAlike(store, wanted, band, limit, null);
    }

    /** As {@link #inStockAlike(StoreInfo, ProductCard, double, int)}, named in {@code language}. */
    public List<ProductCard> inStockAlike(StoreInfo store, ProductCard wanted, double band, int limit,
                                          Locale language) {
        String categoryCode = wanted.categoryCode();
        String brand = wanted.brand();
        if (categoryCode == null && (brand == null || brand.isBlank())) {
            return List.of();
        }
        boolean priced = wanted.price() != null;
        String sql = CARD_COLUMNS + " where s.quantity > 0 and " + (categoryCode != null
                ? "p.category_id = (select x.id from category x where x.code = ?)" : "p.brand = ?")
                + (priced ? " and pp.amount between ? and ?" : "") + " fetch first " + limit + " rows only";
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bindCard(ps, store, language);
                ps.setString(AFTER_CARD, categoryCode != null ? categoryCode : brand);
                if (priced) {
                    BigDecimal price = wanted.price().amount();
                    ps.setBigDecimal(AFTER_CARD + 1, price.multiply(BigDecimal.valueOf(1 - band)));
                    ps.setBigDecimal(AFTER_CARD + 2, price.multiply(BigDecimal.valueOf(1 + band)));
                }
                return cards(ps, store);
            }
        }));
    }

    /** What the product page says about a product beyond its tile: its description, if it has one. */
    public Optional<String> description(long productId) {
        return description(productId, null);
    }

    /**
     * The product's description in {@code language}: its translation when it has one, else its own (English) text;
     * empty when it has neither.
     */
    public Optional<String> description(long productId, Locale language) {
        String code = ProductTexts.code(language);
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select pt.description, p.description"
                    + " from product p left join product_text pt on pt.product_id = p.id and pt.language = ?"
                    + " where p.id = ?")) {
                ps.setString(1, code);
                ps.setLong(2, productId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<String>empty();
                    }
                    String translated = rs.getString(1);
                    String own = rs.getString(2);
                    return Optional.ofNullable(translated != null && !translated.isBlank() ? translated : own)
                            .filter(text -> !text.isBlank());
                }
            }
        }));
    }

    /** The brands of a category (or of the whole chain), in name order. */
    public List<String> brands(String categoryCode) {
        return tx.read(session -> {
            var query = session.createSelectionQuery("select distinct p.brand from Product p"
                    + (categoryCode == null ? "" : " where p.category.code = :code") + " order by p.brand", String.class);
            if (categoryCode != null) {
                query.setParameter("code", categoryCode);
            }
            return query.getResultList();
        });
    }

    /** The products {@code store} has on its shelves now. */
    public List<Long> inStockIds(StoreInfo store) {
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "select product_id from stock_level where store_id = ? and quantity > 0")) {
                ps.setLong(1, store.id());
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        }));
    }

    /** A product by its GTIN as sold at {@code store}, if the chain has it. */
    public Optional<ProductCard> byGtin(StoreInfo store, String gtin) {
        return byGtin(store, gtin, null);
    }

    /** As {@link #byGtin(StoreInfo, String)}, named in {@code language}. */
    public Optional<ProductCard> byGtin(StoreInfo store, String gtin, Locale language) {
        return single(store, "p.gtin = ?", gtin, language);
    }

    /** A product by id as sold at {@code store}. */
    public Optional<ProductCard> byId(StoreInfo store, long productId) {
        return byId(store, productId, null);
    }

    /** As {@link #byId(StoreInfo, long)}, named in {@code language}. */
    public Optional<ProductCard> byId(StoreInfo store, long productId, Locale language) {
        return single(store, "p.id = ?", productId, language);
    }

    private Optional<ProductCard> single(StoreInfo store, String condition, Object value, Locale language) {
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(CARD_COLUMNS + " where " + condition)) {
                bindCard(ps, store, language);
                ps.setObject(AFTER_CARD, value);
                return cards(ps, store).stream().findFirst();
            }
        }));
    }

    private static void bindCard(PreparedStatement ps, StoreInfo store, Locale language) throws SQLException {
        ps.setString(1, ProductTexts.code(language));
        ps.setString(2, store.currency().getCurrencyCode());
        ps.setLong(3, store.id());
    }

    private static List<ProductCard> cards(PreparedStatement ps, StoreInfo store) throws SQLException {
        List<ProductCard> cards = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                BigDecimal amount = rs.getBigDecimal(8);
                int quantity = rs.getInt(9);
                boolean carried = !rs.wasNull();
                StockStatus status = !carried ? StockStatus.NOT_CARRIED
                        : quantity > 0 ? StockStatus.IN_STOCK : StockStatus.SOLD_OUT;
                cards.add(new ProductCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), amount == null ? null : new Money(amount, store.currency()),
                        rs.getBoolean(6), rs.getInt(7), status, Math.max(quantity, 0)));
            }
        }
        return cards;
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
