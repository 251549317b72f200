package nl.connectedstore.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;

/**
 * Products' names in the customer's language (table {@code product_text}, docs/decisions/0011). A product's own
 * name is its English one and the fallback: a language without a translation shows it. For services that show
 * product names they read in their own unit of work (receipts, orders, purchase history).
 */
public final class ProductTexts {

    /** The language of the products' own texts. */
    public static final String ENGLISH = "en";

    private ProductTexts() {
    }

    /** The language's code as {@code product_text} stores it; null and English give {@value #ENGLISH}. */
    public static String code(Locale language) {
        return language == null || language.getLanguage().isEmpty() ? ENGLISH
                : language.getLanguage().toLowerCase(Locale.ROOT);
    }

    /**
     * The translated names of these products in {@code language}, by product id: only those that have one (none for
     * English). Pair with {@link #name}.
     */
    public static Map<Long, String> names(Transactor tx, Collection<Long> productIds, Locale language) {
        String code = code(language);
        if (code.equals(ENGLISH) || productIds.isEmpty()) {
            return new HashMap<>();
        }
        // the caller's unit of work, when it has one open: the catalogue's own code reads the catalogue's table
        return tx.readJoining(session -> names(session, code, productIds));
    }

    private static Map<Long, String> names(Session session, String code, Collection<Long> productIds) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(productIds));
        for (int from = 0; from < ids.size(); from += 500) {
            List<Object[]> rows = session.createNativeQuery(
                            "select product_id, name from product_text where language = :language"
                                    + " and product_id in (:ids)", Object[].class)
                    .setParameter("language", code)
                    .setParameterList("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList();
            for (Object[] row : rows) {
                names.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        return names;
    }

    /** The product's name from {@link #names}, or its own name when it has no translation. */
    public static String name(Map<Long, String> names, long productId, String ownName) {
        return names.getOrDefault(productId, ownName);
    }
}
