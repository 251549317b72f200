package nl.connectedstore.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.connectedstore.catalog.ProductTexts;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;

/**
 * Locations' names in the customer's language (table {@code store_text}): only names that describe a place ("Central
 * warehouse" is "Centraal magazijn" in Dutch) have translations; a store's own name is a proper name and stays.
 */
public final class LocationNames {

    private LocationNames() {
    }

    /** The translated names in {@code language} by store id: only the locations that have one (none for English). */
    public static Map<Long, String> in(Transactor tx, Locale language) {
        String code = ProductTexts.code(language);
        if (code.equals(ProductTexts.ENGLISH)) {
            return new HashMap<>();
        }
        // the caller's unit of work, when it has one open: inventory's own code reads inventory's table
        return tx.readJoining(session -> in(session, code));
    }

    private static Map<Long, String> in(Session session, String code) {
        Map<Long, String> names = new HashMap<>();
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
