package nl.connectedstore.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Twelve weeks of customer feedback for the demo chain, so the store-experience dashboard tells a story on first
 * start: Amsterdam and København are liked; Gent approves age checks slowly (a median of minutes, not seconds),
 * and its customers say so. Answers follow the demo's sales of those weeks (about one in four answers), with age
 * checks and help calls answered at the counter and suggestions shown and taken beside them. Comments are in the
 * store's language, sometimes English.
 */
public final class DemoFeedback {

    /** How far back the demo's feedback goes: the dashboard's 12 whole weeks before this one, and this one. */
    public static final Duration WEEKS = Duration.ofDays(7 * 13);

    /** Per store: chance of each rating 1..5, median seconds to answer an age check, suggestion take rate. */
    private record Mood(double[] ratings, int ageCheckSeconds, double taken, String language) {
    }

    /**
     * Far enough apart that Gent is last in every week the dashboard shows, not just over the 12: a store has 25 to
     * 45 answers a week, so a week's CSAT wanders by about 7 points either way (with 80 % against 55 % one week in
     * the demo of 2026-11-30 had Amsterdam at 61 and Gent at 63).
     */
    private static final Map<String, Mood> MOODS = Map.of(
            "AMS", new Mood(new double[] {0.02, 0.03, 0.08, 0.37, 0.50}, 35, 0.30, "nl"),
            "CPH", new Mood(new double[] {0.02, 0.04, 0.09, 0.38, 0.47}, 40, 0.27, "da"),
            "GNT", new Mood(new double[] {0.12, 0.18, 0.25, 0.28, 0.17}, 190, 0.14, "nl"));

    private static final Map<String, String[]> GOOD = Map.of(
            "nl", new String[] {"Heel vriendelijk personeel, fijn geholpen", "Goed advies gekregen over de wijn",
                "Snel klaar bij de zelfscan", "Netjes en schoon, alles kon ik vinden", "Prima prijzen deze week",
                "De medewerker wist precies wat ik zocht"},
            "da", new String[] {"Meget venligt personale", "God rådgivning om kaffen", "Hurtigt ved selvbetjeningen",
                "Pæn og ren butik", "Gode priser og godt udvalg", "Ekspedienten var rigtig hjælpsom"},
            "en", new String[] {"Friendly staff, thank you", "Great advice on what to cook", "Quick and easy checkout",
                "Clean and tidy shop", "Good value this week"});
    private static final Map<String, String[]> BAD = Map.of(
            "nl", new String[] {"Lang wachten op goedkeuring voor de wijn", "De wachtrij bij de kassa was te lang",
                "Schap met pasta was leeg", "Duur vergeleken met vorige week", "De scanner deed het niet goed",
                "Niemand kwam toen ik hulp vroeg, stom"},
            "da", new String[] {"Lang ventetid ved kassen", "Køen var alt for lang", "Hylden med kaffe var tom",
                "For dyrt", "Scanneren virkede ikke"},
            "en", new String[] {"Waited ages for the age check", "The queue was too long", "Shelves were empty",
                "Too expensive", "The scanner kept beeping"});

    private DemoFeedback() {
    }

    /** Fills the last 12 weeks; run by the demo fill after its sales, in its transaction. */
    public static void fill(Connection c, Random random, Instant now, LongSupplier ids) throws SQLException {
        Instant since = now.minus(WEEKS);
        Map<Long, String> storeCodes = new HashMap<>();
        Map<Long, List<long[]>> staff = new HashMap<>(); // store -> {id}
        Map<Long, String> staffNames = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, code from store where kind = 'STORE'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                storeCodes.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select id, store_id, name from staff_member order by id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                staff.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new long[] {rs.getLong(1)});
                staffNames.put(rs.getLong(1), rs.getString(3));
            }
        }
        Long adultProduct = null;
        try (PreparedStatement ps = c.prepareStatement("select min(id) from product where minimum_age >= 18");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                adultProduct = rs.getLong(1);
            }
        }
        if (staff.isEmpty()) {
            return;
        }
        try (PreparedStatement sales = c.prepareStatement("select s.id, s.store_id, s.terminal_id, t.kind,"
                + " s.created_at, (select count(*) from sale_line l where l.sale_id = s.id),"
                + " (select min(l.product_id) from sale_line l where l.sale_id = s.id) from sale s"
                + " join terminal t on t.id = s.terminal_id where s.created_at >= ? order by s.created_at");
             PreparedStatement response = c.prepareStatement("insert into feedback_response (id, store_id,"
                     + " terminal_code, channel, sale_id, staff_id, rating, recommend, comment_text, language,"
                     + " given_at) values (?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement request = c.prepareStatement("insert into assistance_request (id, store_id,"
                     + " terminal_id, kind, product_id, minimum_age, status, created_at, answered_at, answered_by,"
                     + " version) values (?,?,?,?,?,?,?,?,?,?,0)");
             PreparedStatement answer = c.prepareStatement("insert into assistance_answer (request_id, status,"
                     + " staff_id, staff_name, answered_at) values (?,?,?,?,?)");
             PreparedStatement suggestion = c.prepareStatement("insert into suggestion_outcome (id, store_id,"
                     + " staff_id, product_id, reason, shown_at, accepted_at) values (?,?,?,?,?,?,?)");
             PreparedStatement terminalCode = c.prepareStatement("select code from terminal where id = ?")) {
            sales.setTimestamp(1, Timestamp.from(since));
            Map<Long, String> terminals = new HashMap<>();
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = sales.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getLong(7)});
                }
            }
            int n = 0;
            for (Object[] r : rows) {
                long saleId = (Long) r[0];
                long storeId = (Long) r[1];
                long terminalId = (Long) r[2];
                boolean atCounter = "COUNTER".equals(r[3]);
                Instant at = (Instant) r[4];
                int lines = (Integer) r[5];
                String code = storeCodes.get(storeId);
                Mood mood = MOODS.get(code);
                if (mood == null) {
                    continue;
                }
                List<long[]> people = staff.get(storeId);
                long clerk = people.get(random.nextInt(people.size()))[0];
                String terminal = terminals.computeIfAbsent(terminalId, id -> {
                    try {
                        terminalCode.setLong(1, id);
                        try (ResultSet rs = terminalCode.executeQuery()) {
                            rs.next();
                            return rs.getString(1);
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                // an age check or a help call at the self-checkout, answered at the counter
                boolean waited = false;
                if (!atCounter && random.nextDouble() < 0.12) {
                    boolean age = adultProduct != null && random.nextDouble() < 0.7;
                    int median = age ? mood.ageCheckSeconds() : 45;
                    long seconds = Math.max(5, Math.round(median * Math.exp(random.nextGaussian() * 0.6)));
                    waited = seconds > 120;
                    long id = ids.getAsLong();
                    Instant asked = at.minusSeconds(seconds + 20);
                    request.setLong(1, id);
                    request.setLong(2, storeId);
                    request.setLong(3, terminalId);
                    request.setString(4, age ? "AGE_CHECK" : "HELP");
                    if (age) {
                        request.setLong(5, adultProduct);
                    } else {
                        request.setNull(5, Types.BIGINT);
                    }
                    request.setInt(6, age ? 18 : 0);
                    request.setString(7, age ? "APPROVED" : "DONE");
                    request.setTimestamp(8, Timestamp.from(asked));
                    request.setTimestamp(9, Timestamp.from(asked.plusSeconds(seconds)));
                    request.setLong(10, clerk);
                    request.addBatch();
                    answer.setLong(1, id);
                    answer.setString(2, age ? "APPROVED" : "DONE");
                    answer.setLong(3, clerk);
                    answer.setString(4, staffNames.get(clerk));
                    answer.setTimestamp(5, Timestamp.from(asked.plusSeconds(seconds)));
                    answer.addBatch();
                }
                // a suggestion shown at the counter
                if (atCounter && random.nextDouble() < 0.35) {
                    suggestion.setLong(1, ids.getAsLong());
                    suggestion.setLong(2, storeId);
                    suggestion.setLong(3, clerk);
                    suggestion.setLong(4, (Long) r[6]);
                    suggestion.setString(5, "BOUGHT_WITH");
                    suggestion.setTimestamp(6, Timestamp.from(at.minusSeconds(60)));
                    if (random.nextDouble() < mood.taken()) {
                        suggestion.setTimestamp(7, Timestamp.from(at.minusSeconds(30)));
                    } else {
                        suggestion.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
                    }
                    suggestion.addBatch();
                }
                if (random.nextDouble() >= 0.24) {
                    continue;
                }
                int rating = draw(mood.ratings(), random);
                if (lines > 1 && rating < 5 && random.nextDouble() < 0.25) {
                    rating++; // a basket someone helped fill: a little happier
                }
                if (waited && rating > 1 && random.nextDouble() < 0.6) {
                    rating -= 2;
                }
                rating = Math.max(1, Math.min(5, rating));
                Integer recommend = random.nextDouble() < 0.7
                        ? Math.max(0, Math.min(10, rating * 2 + random.nextInt(3) - 1)) : null;
                String language = random.nextDouble() < 0.15 ? "en" : mood.language();
                String comment = null;
                if (random.nextDouble() < 0.4) {
                    String[] bank = (rating >= 4 ? GOOD : BAD).get(language);
                    comment = waited && rating < 4 ? bank[0] : bank[random.nextInt(bank.length)];
                }
                response.setLong(1, ids.getAsLong());
                response.setLong(2, storeId);
                response.setString(3, terminal);
                response.setString(4, atCounter ? "COUNTER" : "SELF_CHECKOUT");
                response.setLong(5, saleId);
                if (atCounter) {
                    response.setLong(6, clerk);
                } else {
                    response.setNull(6, Types.BIGINT);
                }
                response.setInt(7, rating);
                if (recommend == null) {
                    response.setNull(8, Types.SMALLINT);
                } else {
                    response.setInt(8, recommend);
                }
                response.setString(9, comment);
                response.setString(10, language);
                response.setTimestamp(11, Timestamp.from(at.plusSeconds(15 + random.nextInt(30))));
                response.addBatch();
                if (++n % 1000 == 0) {
                    request.executeBatch();
                    answer.executeBatch();
                    suggestion.executeBatch();
                    response.executeBatch();
                }
            }
            request.executeBatch();
            answer.executeBatch();
            suggestion.executeBatch();
            response.executeBatch();
        }
    }

    private static int draw(double[] chances, Random random) {
        double roll = random.nextDouble();
        for (int i = 0; i < chances.length; i++) {
            roll -= chances[i];
            if (roll < 0) {
                return i + 1;
            }
        }
        return chances.length;
    }
}
