package nl.connectedstore.catalog;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StoreInfo;

/** The catalogue as shoppers and staff browse it: categories, search-as-you-type, one product by code. */
public final class CatalogService {

    private static final String CARD_COLUMNS =
            "select p.id, p.gtin, p.name, p.brand, c.code, p.sold_by_weight, p.minimum_age, pp.amount, s.quantity"
                    + " from product p"
                    + " join category c on c.id = p.category_id"
                    + " left join product_price pp on pp.product_id = p.id and pp.currency_code = ?"
                    + " left join stock_level s on s.product_id = p.id and s.store_id = ?";

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
     * category (or everything) in name order.
     */
    public List<ProductCard> search(StoreInfo store, SearchQuery query) {
        List<String> patterns = SearchText.terms(query.text()).stream().map(t -> escapeLike(t) + "%").toList();
        if (patterns.isEmpty()) {
            return browse(store, query);
        }
        return tx.read(session -> session.doReturningWork(connection -> {
            // The rarest typed word drives the scan; the others only filter what it finds.
            int driving = 0;
            if (patterns.size() > 1) {
                int fewest = Integer.MAX_VALUE;
                for (int i = 0; i < patterns.size(); i++) {
                    int matches = probe(connection, patterns.get(i));
                    if (matches < fewest) {
                        fewest = matches;
                        driving = i;
                    }
                }
            }
            StringBuilder sql = new StringBuilder(
                    "select t.product_id from product_search_term t where t.term like ?");
            for (int i = 0; i < patterns.size(); i++) {
                if (i != driving) {
                    sql.append(" and exists (select 1 from product_search_term o"
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
                ps.setString(i++, patterns.get(driving));
                for (int t = 0; t < patterns.size(); t++) {
                    if (t != driving) {
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
            return cardsInOrder(connection, store, List.copyOf(ids));
        }));
    }

    private List<ProductCard> browse(StoreInfo store, SearchQuery query) {
        String sql = CARD_COLUMNS + (query.categoryId() != null ? " where p.category_id = ?" : "")
                + " order by p.sort_name, p.id fetch first " + query.limit() + " rows only";
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, store.currency().getCurrencyCode());
                ps.setLong(2, store.id());
                if (query.categoryId() != null) {
                    ps.setLong(3, query.categoryId());
                }
                return cards(ps, store);
            }
        }));
    }

    private static List<ProductCard> cardsInOrder(java.sql.Connection connection, StoreInfo store, List<Long> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement(CARD_COLUMNS + " where p.id in (" + marks + ")")) {
            ps.setString(1, store.currency().getCurrencyCode());
            ps.setLong(2, store.id());
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(3 + i, ids.get(i));
            }
            Map<Long, ProductCard> byId = new HashMap<>();
            for (ProductCard card : cards(ps, store)) {
                byId.put(card.id(), card);
            }
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** How many words start with the pattern, counted up to just past {@link #COMMON_WORD_MATCHES}. */
    private static int probe(java.sql.Connection connection, String pattern) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select count(*) from (select 1 from product_search_term t where t.term like ? fetch first "
                        + (COMMON_WORD_MATCHES + 1) + " rows only) x")) {
            ps.setString(1, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** These products as sold at {@code store}, in the order given; ids the chain does not know are left out. */
    public List<ProductCard> cards(StoreInfo store, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.read(session -> session.doReturningWork(connection -> cardsInOrder(connection, store, ids)));
    }

    /**
     * Products in stock at {@code store} that could stand in for {@code wanted}: the same category (or, for a
     * product without one, the same brand), priced within {@code band} (0.5 = 50 %) of its price when it has
     * one here. At most {@code limit}, any order.
     */
    public List<ProductCard> inStockAlike(StoreInfo store, ProductCard wanted, double band, int limit) {
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
                ps.setString(1, store.currency().getCurrencyCode());
                ps.setLong(2, store.id());
                ps.setString(3, categoryCode != null ? categoryCode : brand);
                if (priced) {
                    BigDecimal price = wanted.price().amount();
                    ps.setBigDecimal(4, price.multiply(BigDecimal.valueOf(1 - band)));
                    ps.setBigDecimal(5, price.multiply(BigDecimal.valueOf(1 + band)));
                }
                return cards(ps, store);
            }
        }));
    }

    /** What the product page says about a product beyond its tile: its description, if it has one. */
    public Optional<String> description(long productId) {
        return tx.read(session -> session.createSelectionQuery(
                        "select p.description from Product p where p.id = :id", String.class)
                .setParameter("id", productId)
                .uniqueResultOptional()
                .filter(text -> !text.isBlank()));
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
        return single(store, "p.gtin = ?", gtin);
    }

    /** A product by id as sold at {@code store}. */
    public Optional<ProductCard> byId(StoreInfo store, long productId) {
        return single(store, "p.id = ?", productId);
    }

    private Optional<ProductCard> single(StoreInfo store, String condition, Object value) {
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(CARD_COLUMNS + " where " + condition)) {
                ps.setString(1, store.currency().getCurrencyCode());
                ps.setLong(2, store.id());
                ps.setObject(3, value);
                return cards(ps, store).stream().findFirst();
            }
        }));
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
