package nl.connectedstore.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.feedback.Themes.Theme;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;

/**
 * The comments as staff read them. A customer's first name shows only when they linked their answer to their card
 * and allow recognition at the moment it is read; otherwise the comment is anonymous. Clerks read abusive words
 * masked ({@link Themes#masked}); the manager's list keeps the text as written.
 */
public final class FeedbackComments {

    /** Newest comments a list shows at most. */
    public static final int LIMIT = 500;

    private final Transactor tx;
    private final ConsentService consents;
    private final Clock clock;
    private final ZoneId zone;
    private final Themes themes;

    public FeedbackComments(Transactor tx, ConsentService consents, Clock clock, ZoneId zone, Themes themes) {
        this.tx = tx;
        this.consents = consents;
        this.clock = clock;
        this.zone = zone;
        this.themes = themes;
    }

    /** One comment as a screen shows it. */
    public record Comment(long id, long storeId, String storeCode, Instant givenAt, int rating, Integer recommend,
                          String text, String language, String staffName, String customerFirstName,
                          Set<Theme> themes) {
    }

    /**
     * What the manager filters by; null means any.
     *
     * @param to exclusive
     */
    public record Filter(Long storeId, Long staffId, Integer rating, Theme theme, String language, LocalDate from,
                         LocalDate to) {
        public static Filter period(Long storeId, LocalDate from, LocalDate to) {
            return new Filter(storeId, null, null, null, null, from, to);
        }
    }

    /** The manager's list: newest first, text as written, at most {@link #LIMIT}. */
    public List<Comment> forManager(Filter filter) {
        return tx.read(session -> read(session, filter, false));
    }

    /** "Good morning": what customers said, positive first, and the clerk's own figures (only for them). */
    public record Morning(List<Comment> storeYesterday, List<Comment> storeThisWeek, List<Comment> aboutYou,
                          int yourResponses, OptionalDouble yourCsat) {
    }

    /**
     * A member of staff's morning panel at their store: comments of yesterday and of this week (Monday up to now)
     * about the store and those naming them, positive first, abusive words masked; and their own CSAT this week.
     */
    public Morning morning(long storeId, long staffId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate monday = FeedbackFigures.monday(today);
        LocalDate yesterday = today.minusDays(1);
        return tx.read(session -> {
            List<Comment> yesterdays = positiveFirst(read(session, Filter.period(storeId, yesterday, today), true));
            List<Comment> week = positiveFirst(read(session, Filter.period(storeId, monday, today.plusDays(1)), true));
            List<Comment> aboutYou = positiveFirst(read(session, new Filter(storeId, staffId, null, null, null,
                    monday, today.plusDays(1)), true));
            Object[] own = session.createNativeQuery("select count(*), sum(case when rating >= 4 then 1 else 0 end)"
                            + " from feedback_response where staff_id = :staff and given_at >= :from", Object[].class)
                    .setParameter("staff", staffId)
                    .setParameter("from", monday.atStartOfDay(zone).toInstant())
                    .getSingleResult();
            int n = ((Number) own[0]).intValue();
            int satisfied = own[1] == null ? 0 : ((Number) own[1]).intValue();
            return new Morning(yesterdays, week, aboutYou, n, Scores.csat(satisfied, n));
        });
    }

    /** Sentiment per theme over the comments of a filter. */
    public List<Themes.ThemeSentiment> sentiment(List<Comment> comments) {
        return Themes.sentiment(comments.stream().map(c -> Map.entry(c.themes(), c.rating())).toList());
    }

    private static List<Comment> positiveFirst(List<Comment> comments) {
        List<Comment> sorted = new ArrayList<>(comments);
        sorted.sort(Comparator.comparingInt(Comment::rating).reversed()
                .thenComparing(Comment::givenAt, Comparator.reverseOrder()));
        return sorted;
    }

    private List<Comment> read(Session session, Filter f, boolean masked) {
        StringBuilder sql = new StringBuilder("select f.id, f.store_id, s.code, f.given_at, f.rating, f.recommend,"
                + " f.comment_text, f.language, m.name, a.customer_id, c.first_name from feedback_response f"
                + " join store s on s.id = f.store_id left join staff_member m on m.id = f.staff_id"
                + " left join feedback_author a on a.response_id = f.id left join customer c on c.id = a.customer_id"
                + " where f.comment_text is not null");
        Map<String, Object> params = new HashMap<>();
        if (f.storeId() != null) {
            sql.append(" and f.store_id = :store");
            params.put("store", f.storeId());
        }
        if (f.staffId() != null) {
            sql.append(" and f.staff_id = :staff");
            params.put("staff", f.staffId());
        }
        if (f.rating() != null) {
            sql.append(" and f.rating = :rating");
            params.put("rating", f.rating());
        }
        if (f.language() != null) {
            sql.append(" and f.language = :language");
            params.put("language", f.language());
        }
        if (f.from() != null) {
            sql.append(" and f.given_at >= :from");
            params.put("from", f.from().atStartOfDay(zone).toInstant());
        }
        if (f.to() != null) {
            sql.append(" and f.given_at < :to");
            params.put("to", f.to().atStartOfDay(zone).toInstant());
        }
        sql.append(" order by f.given_at desc");
        var query = session.createNativeQuery(sql.toString(), Object[].class);
        params.forEach(query::setParameter);
        // a theme is found in the text, not stored: read more and keep those that match
        query.setMaxResults(f.theme() == null ? LIMIT : LIMIT * 20);
        Instant now = clock.instant();
        Map<Long, Boolean> allows = new HashMap<>();
        List<Comment> comments = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            String text = (String) r[6];
            String language = (String) r[7];
            Set<Theme> found = themes.of(text, language);
            if (f.theme() != null && !found.contains(f.theme())) {
                continue;
            }
            String firstName = null;
            if (r[9] != null) {
                long customer = ((Number) r[9]).longValue();
                if (allows.computeIfAbsent(customer,
                        id -> consents.allows(id, Purpose.RECOGNITION, now))) {
                    firstName = (String) r[10];
                }
            }
            comments.add(new Comment(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    FeedbackFigures.instant(r[3]), ((Number) r[4]).intValue(),
                    r[5] == null ? null : ((Number) r[5]).intValue(), masked ? themes.masked(text, language) : text,
                    language, r[8] == null ? null : ((String) r[8]).split(" ")[0], firstName, found));
            if (comments.size() >= LIMIT) {
                break;
            }
        }
        return comments;
    }
}
