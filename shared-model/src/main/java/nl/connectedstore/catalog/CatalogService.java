package nl.connectedstore.catalog;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
     * "Greek yoghurt"), accents and case ignored, in name order, priced and stocked for {@code store}.
     * Empty text lists the category (or everything) in name order.
     */
    public List<ProductCard> search(StoreInfo store, SearchQuery query) {
        List<String> terms = SearchText.terms(query.text());
        StringBuilder sql = new StringBuilder(CARD_COLUMNS).append(" where 1 = 1");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(" and p.id in (select t.product_id from product_search_term t where t.term like ?)");
        }
        if (query.categoryId() != null) {
            sql.append(" and p.category_id = ?");
        }
        sql.append(" order by p.sort_name, p.id fetch first ").append(query.limit()).append(" rows only");
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setString(i++, store.currency().getCurrencyCode());
                ps.setLong(i++, store.id());
                for (String term : terms) {
                    ps.setString(i++, escapeLike(term) + "%");
                }
                if (query.categoryId() != null) {
                    ps.setLong(i, query.categoryId());
                }
                return cards(ps, store);
            }
        }));
    }

    /** A product by its GTIN as sold at {@code store}, if the chain has it. */
    public Optional<ProductCard> byGtin(StoreInfo store, String gtin) {
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(CARD_COLUMNS + " where p.gtin = ?")) {
                ps.setString(1, store.currency().getCurrencyCode());
                ps.setLong(2, store.id());
                ps.setString(3, gtin);
                return cards(ps, store).stream().findFirst();
            }
        }));
    }

    /** A product by id as sold at {@code store}. */
    public Optional<ProductCard> byId(StoreInfo store, long productId) {
        return tx.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(CARD_COLUMNS + " where p.id = ?")) {
                ps.setString(1, store.currency().getCurrencyCode());
                ps.setLong(2, store.id());
                ps.setLong(3, productId);
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
