package nl.connectedstore.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.connectedstore.persistence.DemoDatabase;
import org.junit.jupiter.api.Test;

/** Whoever adds a column that could hold something about a person must say here whether erasure clears it. */
class PersonalDataTest {

    private static final Set<Integer> TEXT_OR_BYTES = Set.of(Types.VARCHAR, Types.CHAR, Types.CLOB,
            Types.LONGVARCHAR, Types.NVARCHAR, Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY);

    @Test
    void everyTextOrBinaryColumnAndEveryLinkToACustomerIsClassified() {
        List<String> unclassified = DemoDatabase.get().transactor().read(s -> s.doReturningWork(c -> {
            List<String> missing = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            String schema = stored(meta, "public");
            // views (the kiosk's CardViews) hold no data of their own: their tables' columns are classified
            Set<String> views = new java.util.HashSet<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"VIEW"})) {
                while (rs.next()) {
                    views.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (views.contains(table)) {
                        continue;
                    }
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    // Flyway's history; Hibernate's temporary tables for bulk changes (empty between transactions)
                    if (table.startsWith("flyway_") || table.startsWith("hte_")) {
                        continue;
                    }
                    boolean relevant = TEXT_OR_BYTES.contains(rs.getInt("DATA_TYPE")) || column.contains("customer");
                    boolean personal = PersonalData.PERSONAL.getOrDefault(table, Set.of()).contains(column);
                    if (relevant && !personal && !PersonalData.NOT_PERSONAL.containsKey(table + "." + column)) {
                        missing.add(table + "." + column);
                    }
                }
            }
            return missing;
        }));
        assertThat(unclassified).as("columns in neither PersonalData.PERSONAL nor PersonalData.NOT_PERSONAL")
                .isEmpty();
    }

    @Test
    void theListNamesOnlyColumnsThatExist() {
        List<String> stale = DemoDatabase.get().transactor().read(s -> s.doReturningWork(c -> {
            List<String> gone = new ArrayList<>();
            Set<String> listed = new java.util.TreeSet<>(PersonalData.NOT_PERSONAL.keySet());
            PersonalData.PERSONAL.forEach((t, cols) -> cols.forEach(col -> listed.add(t + "." + col)));
            for (String entry : listed) {
                String[] tc = entry.split("\\.");
                DatabaseMetaData meta = c.getMetaData();
                try (ResultSet rs = meta.getColumns(null, stored(meta, "public"), stored(meta, tc[0]),
                        stored(meta, tc[1]))) {
                    if (!rs.next()) {
                        gone.add(entry);
                    }
                }
            }
            return gone;
        }));
        assertThat(stale).isEmpty();
    }

    @Test
    void erasureRewritesEveryTableThatHeldWhoSomeoneIsAndNotTheBigOnesThatOnlyLinkToThem() {
        assertThat(PersonalData.REWRITTEN).containsExactlyInAnyOrder("customer", "loyalty_card", "consent_fact",
                "order_delivery", "erasure_request");
        assertThat(PersonalData.TABLES).containsAll(PersonalData.REWRITTEN).contains("sale", "arrival");
    }

    /** A name as the database keeps it: H2 in capitals, PostgreSQL in small letters. */
    private static String stored(DatabaseMetaData meta, String name) throws java.sql.SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }
}
