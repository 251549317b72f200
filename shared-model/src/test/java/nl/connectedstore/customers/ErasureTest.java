package nl.connectedstore.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Erasure for good: after it, no table and no text column of the database holds the customer's name, e-mail
 * or phone; their sales are still there for the books, linked to nobody; the access log is still intact.
 */
class ErasureTest {

    private static Database db;
    private static CustomerService customers;

    @BeforeAll
    static void open() throws IOException {
        db = DemoDatabase.fresh("erasure-test-", new DemoChain.Size(100, 20, 10));
        customers = new CustomerService(db.transactor(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void anErasedCustomerIsFoundNowhereAndTheirSalesStayForTheBooks() throws Exception {
        long id = customers.signUp(new CustomerService.SignUp("Zebulon", "Quackenbush", "zq@example.nl",
                        "+31 6 1234 5678", "nl"), Map.of(Purpose.RECOGNITION, 12, Purpose.MESSAGES, 3),
                new byte[] {1, 2, 3}, Channel.KIOSK, "AMS-KIOSK-1").card().customerId();
        db.transactor().write(s -> s.createNativeMutationQuery(
                        "update sale set customer_id = :c where id in (select min(id) from sale)")
                .setParameter("c", id).executeUpdate());
        var staff = nl.connectedstore.persistence.DemoStaff.signIn(db, "AMS", "1234");
        AccessLog log = new AccessLog(db.transactor(), Clock.systemUTC());
        log.record(id, staff, "AMS-COUNTER-1", "Arrival greeting");
        long sales = count("select count(*) from sale");
        assertThat(textColumnsHolding(Set.of("zebulon", "quackenbush", "zq@example.nl", "1234 5678"))).isNotEmpty();

        assertThat(customers.erase(id)).isEqualTo(1);

        assertThat(textColumnsHolding(Set.of("zebulon", "quackenbush", "zq@example.nl", "1234 5678"))).isEmpty();
        assertThat(count("select count(*) from sale")).isEqualTo(sales);
        assertThat(count("select count(*) from consent_fact where customer_id = " + id)).isZero();
        assertThat(count("select count(*) from loyalty_card where customer_id = " + id)).isZero();
        assertThat(log.entriesFor(id)).hasSize(1);
        assertThat(log.verify().intact()).isTrue();
    }

    private static long count(String sql) {
        return db.transactor().read(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult())
                .longValue());
    }

    /** "table.column" for every text column of every table that holds one of the needles. */
    private static List<String> textColumnsHolding(Set<String> needles) {
        return db.transactor().read(s -> s.doReturningWork((Connection c) -> {
            List<String> hits = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, "PUBLIC", "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB
                            || type == Types.LONGVARCHAR || type == Types.NVARCHAR) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            assertThat(columns).as("the scan sees the customer table").anyMatch(t -> t[0].equalsIgnoreCase("customer"));
            for (String[] col : columns) {
                for (String needle : needles) {
                    String sql = "select count(*) from \"" + col[0] + "\" where lower(\"" + col[1] + "\") like ?";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, "%" + needle + "%");
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                hits.add(col[0] + "." + col[1]);
                            }
                        }
                    }
                }
            }
            return hits;
        }));
    }
}
