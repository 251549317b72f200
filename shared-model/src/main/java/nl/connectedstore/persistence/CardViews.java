package nl.connectedstore.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The kiosk reads customers only through the card it was shown. It has no {@code select} on the tables that hold
 * customers' data; it reads views of them instead ({@code kiosk_customer}, ...), owned by the schema's owner, that
 * show only the rows of the holder of the card the unit of work presented ({@link Transactor#asHolderOf}): H2's
 * session variable {@code @card}, PostgreSQL's transaction-local setting {@code connectedstore.card}. No card, an
 * unknown card or a blocked one: no customer, no consents, no arrivals, no access log. A blocked card still shows its
 * own card row (number, status), so the portal can say "this card is blocked" without showing whose it is.
 *
 * <p>The kiosk's entities stay mapped on the tables (it inserts there; it never updates or deletes a customer's
 * rows, which on H2 would need {@code select} on the whole table: erasure is a request the counter carries out,
 * {@code privacy.ErasureRequests}); its session factory rewrites the
 * table names in every {@code select} it sends into the views' names ({@link #inspector}). See
 * docs/decisions/0006-database-rights-per-app.md.
 */
public final class CardViews {

    /** Staff signed in during the last day, by first name (see {@link #definitions}): both apps read it. */
    public static final String STAFF_TODAY = "staff_today";

    /** Table (lower case) to the kiosk's view of it. */
    static final Map<String, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("customer", "kiosk_customer");
        VIEWS.put("loyalty_card", "kiosk_loyalty_card");
        VIEWS.put("consent_fact", "kiosk_consent_fact");
        VIEWS.put("arrival", "kiosk_arrival");
        VIEWS.put("profile_access", "kiosk_profile_access");
        VIEWS.put("order_delivery", "kiosk_order_delivery");
        VIEWS.put("erasure_request", "kiosk_erasure_request");
        VIEWS.put("feedback_author", "kiosk_feedback_author");
        VIEWS.put("feedback_response", "kiosk_feedback_response");
    }

    private static final Pattern TABLE_AFTER_FROM_OR_JOIN = Pattern.compile(
            "(?i)\\b(from|join)(\\s+)(" + String.join("|", VIEWS.keySet()) + ")\\b");

    private CardViews() {
    }

    /** The view definitions, per database. */
    static Map<String, String> definitions(boolean postgres) {
        String card = postgres ? "current_setting('connectedstore.card', true)" : "@card";
        // nobody whose erasure was asked for: from that moment the kiosk shows nothing of them
        String erasing = "exists (select 1 from erasure_request r join loyalty_card rc on rc.card_number = r.card_number"
                + " where rc.customer_id = %s)";
        String holder = "(select h.customer_id from loyalty_card h where h.card_number = " + card
                + " and h.status = 'ACTIVE' and not " + erasing.formatted("h.customer_id") + ")";
        Map<String, String> views = new LinkedHashMap<>();
        views.put("kiosk_customer", "select t.* from customer t where t.id in " + holder);
        views.put("kiosk_loyalty_card", "select t.* from loyalty_card t where (t.card_number = " + card
                + " and not " + erasing.formatted("t.customer_id") + ") or t.customer_id in " + holder);
        views.put("kiosk_consent_fact", "select t.* from consent_fact t where t.customer_id in " + holder);
        views.put("kiosk_arrival", "select t.* from arrival t where t.customer_id in " + holder);
        views.put("kiosk_profile_access", "select t.* from profile_access t where t.customer_id in " + holder);
        views.put("kiosk_order_delivery", "select t.* from order_delivery t where t.order_id in"
                + " (select o.id from customer_order o where o.customer_id in " + holder + ")");
        // the holder's own feedback (issue 18): only answers linked to them, which they gave with recognition allowed
        views.put("kiosk_feedback_author", "select t.* from feedback_author t where t.customer_id in " + holder);
        views.put("kiosk_feedback_response", "select t.* from feedback_response t where t.id in"
                + " (select a.response_id from feedback_author a where a.customer_id in " + holder + ")");
        // whether the presented card's erasure is still waiting: the card number the kiosk was shown, nothing else
        views.put("kiosk_erasure_request", "select t.* from erasure_request t where t.card_number = " + card);
        // "who helped you today?" (issue 18): the first names of staff with a sign-in that can reach into today, per
        // store, and when; nothing else of staff (no full names, roles or PINs). 36 hours back: today is at most 24
        // hours old, and a sign-in lasts at most 12 (StoreService.SIGN_IN_VALID). The kiosk's only window on staff;
        // the counter reads it too ({@code FeedbackService}: one query for both)
        String firstName = postgres ? "split_part(m.name, ' ', 1)" : "regexp_substr(m.name, '^[^ ]+')";
        views.put(STAFF_TODAY, "select s.staff_id, s.store_id, " + firstName + " as first_name, s.started_at,"
                + " s.expires_at, s.ended_at from staff_session s join staff_member m on m.id = s.staff_id"
                + " where s.started_at > current_timestamp - interval '36' hour");
        return views;
    }

    /**
     * Creates or replaces the views (as the owner, after each migration, so a column a migration added shows too).
     * @return the views' names
     */
    static Set<String> create(Connection c, boolean postgres) throws SQLException {
        Map<String, String> views = definitions(postgres);
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> view : views.entrySet()) {
                try {
                    s.execute("create or replace view " + view.getKey() + " as " + view.getValue());
                } catch (SQLException e) {
                    if (!postgres) {
                        throw e;
                    }
                    // PostgreSQL replaces a view only when its columns stay: a migration changed the table
                    s.execute("drop view " + view.getKey());
                    s.execute("create view " + view.getKey() + " as " + view.getValue());
                }
            }
        }
        return views.keySet();
    }

    /** Tells the database which card this unit of work was shown. */
    static void present(Connection c, String cardNumber) throws SQLException {
        if (DatabaseRights.isPostgres(c)) {
            try (PreparedStatement p = c.prepareStatement("select set_config('connectedstore.card', ?, true)")) {
                p.setString(1, cardNumber);
                p.execute();
            }
        } else {
            try (PreparedStatement p = c.prepareStatement("set @card = ?")) {
                p.setString(1, cardNumber);
                p.execute();
            }
        }
    }

    /** Clears the card (H2; PostgreSQL forgets it at the transaction's end by itself). */
    static void forget(Connection c) throws SQLException {
        if (!DatabaseRights.isPostgres(c)) {
            try (Statement s = c.createStatement()) {
                s.execute("set @card = null");
            }
        }
    }

    /** {@code select} statements read the kiosk's views instead of the tables; writes go to the tables. */
    static String toViews(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        if (!start.startsWith("select") && !start.startsWith("with") && !start.startsWith("(")) {
            return sql;
        }
        Matcher m = TABLE_AFTER_FROM_OR_JOIN.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2)
                    + VIEWS.get(m.group(3).toLowerCase(Locale.ROOT))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The kiosk's session factory sends every statement through this. */
    static StatementInspector inspector() {
        return CardViews::toViews;
    }
}
