package nl.connectedstore.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Only staff move a web order along (ready, handed over, cancelled, expired): the database refuses any change of
 * {@code customer_order.status} made with the kiosk's login. The kiosk must update the orders it takes (it records
 * their card payment), and neither H2 nor PostgreSQL can limit an {@code update} to some columns for every kind of
 * grant we need (H2 has no column grants at all), so a trigger the schema's owner creates checks who is changing
 * the status. On H2 it is this class, run by the database server; on PostgreSQL a PL/pgSQL function. Both compare
 * the connection's user, which the caller cannot choose. See docs/decisions/0006-database-rights-per-app.md.
 */
public final class OrderStatusGuard implements Trigger {

    static final String REFUSAL = "Permission denied: only staff change a web order's status";
    private static final String TRIGGER = "kiosk_order_status";

    private int statusColumn = -1;

    /** Creates or replaces the guard; run by the owner after each migration. */
    static void apply(Connection c, boolean postgres) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("create or replace function connectedstore_order_status_guard() returns trigger"
                        + " language plpgsql as $$ begin"
                        + " if new.status is distinct from old.status and exists (select 1 from pg_auth_members m"
                        + " join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member"
                        + " where r.rolname = '" + AppRole.KIOSK.databaseRole() + "' and u.rolname = current_user)"
                        + " then raise exception '" + REFUSAL.replace("'", "''") + "' using errcode = '42501';"
                        + " end if; return new; end $$");
                s.execute("drop trigger if exists " + TRIGGER + " on customer_order");
                s.execute("create trigger " + TRIGGER + " before update on customer_order for each row"
                        + " execute function connectedstore_order_status_guard()");
            } else {
                s.execute("drop trigger if exists " + TRIGGER);
                s.execute("create trigger " + TRIGGER + " before update on customer_order for each row call \""
                        + OrderStatusGuard.class.getName() + "\"");
            }
        }
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                if ("status".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                    statusColumn = rs.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        if (statusColumn < 0) {
            throw new SQLException("No status column in " + tableName);
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && !Objects.equals(oldRow[statusColumn], newRow[statusColumn])
                && AppRole.KIOSK.embeddedUser().toLowerCase(Locale.ROOT)
                .equals(conn.getMetaData().getUserName().toLowerCase(Locale.ROOT))) {
            throw new SQLException(REFUSAL, "42501");
        }
    }
}
