package nl.connectedstore.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each app may do with each table: the one list, applied after every migration on H2 and PostgreSQL.
 *
 * <p>The kiosk is in the customer's hands, so its rights are what a customer's own flows need and nothing
 * staff do: it never writes an answer to a request ({@code assistance_answer}), the access log, a staff
 * session, never updates a card (so it cannot block one) and cannot read staff members at all (their PIN
 * hashes live there). A table missing from the list gets no rights for either app and fails
 * {@code DatabaseRightsTest}: a new migration must decide. See docs/decisions/0006-database-rights-per-app.md.
 */
public final class DatabaseRights {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRights.class);

    /** A table right as SQL names it. */
    public enum Right { SELECT, INSERT, UPDATE, DELETE }

    /** The counter's and the kiosk's rights on one table. */
    public record Grant(Set<Right> counter, Set<Right> kiosk) {
        Set<Right> of(AppRole role) {
            return switch (role) {
                case COUNTER -> counter;
                case KIOSK -> kiosk;
                case OWNER -> EnumSet.allOf(Right.class);
            };
        }
    }

    private static final Set<Right> NONE = EnumSet.noneOf(Right.class);
    private static final Set<Right> S = EnumSet.of(Right.SELECT);
    private static final Set<Right> I = EnumSet.of(Right.INSERT);
    private static final Set<Right> SD = EnumSet.of(Right.SELECT, Right.DELETE);
    private static final Set<Right> SI = EnumSet.of(Right.SELECT, Right.INSERT);
    private static final Set<Right> SU = EnumSet.of(Right.SELECT, Right.UPDATE);
    private static final Set<Right> SID = EnumSet.of(Right.SELECT, Right.INSERT, Right.DELETE);
    private static final Set<Right> SIU = EnumSet.of(Right.SELECT, Right.INSERT, Right.UPDATE);
    private static final Set<Right> SIUD = EnumSet.allOf(Right.class);

    /** Per table (lower case): counter, kiosk. */
    static final Map<String, Grant> TABLES = new LinkedHashMap<>();

    static {
        // the schema's own bookkeeping: apps only check that it is current
        grant("flyway_schema_history", S, S);
        // stores, terminals, settings, the catalogue: read by both, written by the owner (demo fill, imports)
        // (the counter's update right on these two is for the PIN guard's row locks: PostgreSQL needs it for
        // select ... for update)
        grant("store", SU, S);
        grant("terminal", SU, S);
        grant("vat_rate", S, S);
        grant("app_setting", S, S);
        grant("category", S, S);
        grant("product", S, S);
        grant("product_price", S, S);
        grant("product_search_term", S, S);
        // names and descriptions in other languages (V16): catalogue data like the product itself
        grant("product_text", S, S);
        grant("product_text_term", S, S);
        grant("store_text", S, S);
        // staff: names and PIN hashes; the kiosk has no business with either
        grant("staff_member", SU, NONE);
        grant("staff_session", SIU, NONE);
        // PIN entry at the counters: attempts counted, pauses and locks (V8); the kiosk takes no PINs
        grant("pin_entry_state", SIU, NONE);
        grant("pin_failure", SI, NONE);
        // selling: both apps sell (the counter at its till)
        grant("stock_level", SIU, SU);
        grant("sale", SIU, SIU);
        grant("sale_line", SI, SI);
        grant("payment", SIU, SI);
        grant("receipt_counter", SIU, SIU);
        // an approved card payment whose sale could not be stored (V10): the kiosk records it, staff resolve it
        grant("payment_to_resolve", SIU, SI);
        // asking staff: the kiosk asks and cancels its own request; only the counter answers
        grant("assistance_request", SU, SIU);
        grant("assistance_answer", SI, S);
        // customers: the kiosk signs up, records consents and arrivals, and shows the portal to the card's holder:
        // it only inserts. It never updates or deletes these rows (on H2 that needs select on the whole table):
        // blocking a card is staff's, and erasure is a request the counter carries out (erasure_request). It reads
        // none of these tables: only their CardViews, which show the holder of the card a unit of work presented
        grant("customer", SIUD, I);
        grant("loyalty_card", SIUD, I);
        grant("consent_fact", SID, I);
        // "erase my account": the kiosk records it (and sees whether the presented card's is still waiting); the
        // counter carries it out and deletes it
        grant("erasure_request", SD, I);
        // the staff access log: written by the counter only; the portal shows a customer their own entries
        // (through kiosk_profile_access)
        grant("profile_access", SI, NONE);
        // its anchor (V9): the HMAC key and the sealed head; the kiosk may not even read the key
        grant("access_log_key", SI, NONE);
        grant("access_log_head", SU, NONE);
        grant("arrival", SID, I);
        grant("suggestion_outcome", SIU, S);
        // web orders and the stock they hold
        grant("reservation", SIU, SIU);
        grant("customer_order", SIU, SIU);
        grant("order_line", SI, SI);
        grant("order_event", SI, SI);
        // a delivery's name and address: written once by the kiosk that takes the order, read by staff (the kiosk
        // reads it only for the holder of the card it was shown), deleted by erasure and after the retention period
        grant("order_delivery", SID, I);
        // customer feedback (V15, docs/decisions/0008): the kiosk stores answers but reads none, nor the figures;
        // the link to a customer goes with the customer's erasure, which the counter carries out
        grant("feedback_response", SI, I);
        grant("feedback_author", SID, I);
        grant("store_day_figures", SIU, NONE);
    }

    private DatabaseRights() {
    }

    private static void grant(String table, Set<Right> counter, Set<Right> kiosk) {
        TABLES.put(table, new Grant(Set.copyOf(counter), Set.copyOf(kiosk)));
    }

    /** The rights an app has on a table; none for a table not on the list. */
    public static Set<Right> rightsOf(AppRole role, String table) {
        Grant grant = TABLES.get(table.toLowerCase(Locale.ROOT));
        return grant == null ? (role == AppRole.OWNER ? EnumSet.allOf(Right.class) : NONE) : grant.of(role);
    }

    /** The tables of the current schema that the list does not mention (lower case); empty when all decided. */
    public static Set<String> undecided(Connection c) throws SQLException {
        Set<String> missing = new TreeSet<>(tables(c));
        missing.removeAll(TABLES.keySet());
        return missing;
    }

    /**
     * Makes the database's grants match the list: creates the two app roles when missing, grants what is
     * missing and revokes what is no longer on it (never a blanket revoke first, so apps running meanwhile
     * keep working). Run as the schema's owner, after each migration; safe to run again.
     */
    public static void apply(Connection c) throws SQLException {
        boolean postgres = isPostgres(c);
        Map<String, String> tables = tableNames(c);
        for (AppRole role : new AppRole[] {AppRole.COUNTER, AppRole.KIOSK}) {
            String name = role.databaseRole();
            createRole(c, name, postgres);
            Set<String> have = granted(c, name);
            int changes = 0;
            for (Map.Entry<String, String> t : tables.entrySet()) {
                String table = t.getKey();
                Set<Right> want = rightsOf(role, table);
                for (Right right : Right.values()) {
                    boolean granted = have.contains(table + "/" + right);
                    if (want.contains(right) && !granted) {
                        execute(c, "grant " + right + " on table " + quoted(t.getValue()) + " to " + name);
                        changes++;
                    } else if (!want.contains(right) && granted) {
                        execute(c, "revoke " + right + " on table " + quoted(t.getValue()) + " from " + name);
                        changes++;
                    }
                }
            }
            if (postgres) {
                changes += revokeColumnGrants(c, name);
                execute(c, "grant usage on schema " + quoted(currentSchema(c)) + " to " + name);
                execute(c, "grant usage, select on sequence entity_seq to " + name);
            }
            if (role == AppRole.KIOSK) {
                cardViews(c, name, postgres);
                if (tables.containsKey("customer_order")) {
                    OrderStatusGuard.apply(c, postgres);
                }
            }
            if (changes > 0) {
                log.info("Database rights of {}: {} grants changed", name, changes);
            }
        }
        if (tables.containsKey("staff_session")) {
            // made with the kiosk's views above; the counter's feedback service reads it too
            execute(c, "grant select on " + CardViews.STAFF_TODAY + " to " + AppRole.COUNTER.databaseRole());
        }
        Set<String> undecided = new TreeSet<>(tables.keySet());
        undecided.removeAll(TABLES.keySet());
        if (!undecided.isEmpty()) {
            log.warn("Tables without rights for the apps (add them to DatabaseRights): {}", undecided);
        }
    }

    /** The kiosk's views of customers' rows ({@link CardViews}), made again after each migration: its only way to read them. */
    private static void cardViews(Connection c, String kiosk, boolean postgres) throws SQLException {
        for (String view : CardViews.create(c, postgres)) {
            execute(c, "grant select on " + view + " to " + kiosk);
        }
    }

    /**
     * Rights are per table: a right on some columns (an earlier version gave the kiosk {@code select} on id columns
     * for its own erasure's deletes) is taken back. PostgreSQL only; H2 has no column grants.
     */
    private static int revokeColumnGrants(Connection c, String role) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select cl.relname, a.attname from pg_attribute a"
                + " join pg_class cl on cl.oid = a.attrelid join pg_namespace n on n.oid = cl.relnamespace"
                + " where n.nspname = current_schema and a.attacl is not null and exists (select 1 from"
                + " aclexplode(a.attacl) x join pg_roles r on r.oid = x.grantee where r.rolname = ?)")) {
            p.setString(1, role);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] column : columns) {
            execute(c, "revoke all (" + quoted(column[1]) + ") on table " + quoted(column[0]) + " from " + role);
        }
        return columns.size();
    }

    /**
     * The embedded database's login for an app: created when missing, its password set to {@code password}
     * (from the data folder's secret file), and given the app's role. H2 only.
     */
    static void ensureEmbeddedLogin(Connection c, AppRole role, String password) throws SQLException {
        if (!password.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("An embedded login's password must be hex");
        }
        String user = role.embeddedUser();
        execute(c, "create user if not exists " + user + " password '" + password + "'");
        execute(c, "alter user " + user + " set password '" + password + "'");
        execute(c, "grant " + role.databaseRole() + " to " + user);
    }

    private static void createRole(Connection c, String name, boolean postgres) throws SQLException {
        if (!postgres) {
            execute(c, "create role if not exists " + name);
            return;
        }
        try (PreparedStatement p = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try {
            execute(c, "create role " + name + " nologin");
        } catch (SQLException e) {
            if (!"42710".equals(e.getSQLState())) { // another app created it at the same moment
                throw new SQLException("Cannot create the database role " + name + ": the owner needs CREATEROLE,"
                        + " or an administrator creates it once (see README, PostgreSQL)", e.getSQLState(), e);
            }
        }
    }

    /** "table/RIGHT" for each right {@code grantee} holds on a table of the current schema. */
    private static Set<String> granted(Connection c, String grantee) throws SQLException {
        Set<String> rights = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("select table_name, privilege_type"
                + " from information_schema.table_privileges"
                + " where lower(grantee) = ? and lower(table_schema) = lower(current_schema)")) {
            p.setString(1, grantee.toLowerCase(Locale.ROOT));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rights.add(rs.getString(1).toLowerCase(Locale.ROOT) + "/"
                            + rs.getString(2).toUpperCase(Locale.ROOT));
                }
            }
        }
        return rights;
    }

    /** The base tables of the current schema, lower case. */
    static Set<String> tables(Connection c) throws SQLException {
        return new TreeSet<>(tableNames(c).keySet());
    }

    /** The base tables of the current schema: lower case to the name as the database spells it. */
    private static Map<String, String> tableNames(Connection c) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                     + " where lower(table_schema) = lower(current_schema) and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(1));
            }
        }
        return tables;
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_schema")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
