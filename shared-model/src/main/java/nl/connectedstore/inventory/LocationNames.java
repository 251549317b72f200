package nl.connectedstore.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.connectedstore.catalog.ProductTexts;
import org.hibernate.Session;

/**
 * Locations' names in the customer's language (table {@code store_text}): only names that describe a place ("Central
 * warehouse" is "Centraal magazijn" in Dutch) have translations; a store's own name is a proper name and stays.
 */
public final class LocationNames {

    private LocationNames() {
    }

    /** The translated names in {@code language} by store id: only the locations that have one (none for English). */
    public static Map<Long, String> in(Session session, Locale language) {
        String code = ProductTexts.code(language);
        Map<Long, String> names = new HashMap<>();
        if (code.equals(ProductTexts.ENGLISH)) {
            return names;
        }
        List<Object[]> rows = session.createNativeQuery("select store_id, name from store_text where language = :l",
                        Object[].class)
                .setParameter("l", code)
                .getResultList();
        for (Object[] row : rows) {
            names.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return names;
    }
}
