package nl.connectedstore.feedback;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import nl.connectedstore.persistence.Transactor;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store-experience figures: per store and period, the feedback scores beside what happened in the store (baskets,
 * suggestions taken, waits for staff, web orders collected late). Whole days are rolled up once into {@code
 * store_day_figures} ({@link #rollUp}), so a 12-week view of 50 stores reads a few thousand rows, not millions of
 * sales; the days not rolled up yet (today) are counted from the sales and responses themselves. The two ways agree:
 * {@code FeedbackFiguresTest.rolledUpFiguresEqualARecount}.
 *
 * <p>Days are days in {@code zone} (the chain's), a week starts on Monday.
 */
public final class FeedbackFigures {

    private static final Logger log = LoggerFactory.getLogger(FeedbackFigures.class);
    /** Days per transaction when rolling up. */
    private static final int CHUNK_DAYS = 28;

    private final Transactor tx;
    private final Clock clock;
    private final ZoneId zone;

    public FeedbackFigures(Transactor tx, Clock clock, ZoneId zone) {
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today, in the chain's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** How long staff took to answer age checks and help calls: median and 90th percentile in seconds, over n. */
    public record Waits(OptionalDouble medianSeconds, OptionalDouble p90Seconds, int n) {
    }

    /** Web orders for pick-up here whose hold time ended in the period, and how many were collected late or never. */
    public record Pickups(int orders, int late) {
        public OptionalDouble lateShare() {
            return Scores.share(late, orders);
        }
    }

    /** One store over one period: the sums, the waits and the pick-ups. */
    public record StorePeriod(long storeId, LocalDate from, LocalDate to, DayCounts counts, Waits waits,
                              Pickups pickups) {
    }

    // ---------------------------------------------------------------- views

    /** One store over [from, to). */
    public StorePeriod store(long storeId, LocalDate from, LocalDate to) {
        return tx.read(session -> new StorePeriod(storeId, from, to,
                counts(session, storeId, from, to).getOrDefault(storeId, Map.of()).values().stream()
                        .reduce(DayCounts.ZERO, DayCounts::plus),
                waits(session, storeId, from, to).getOrDefault(storeId, new Waits(OptionalDouble.empty(),
                        OptionalDouble.empty(), 0)),
                pickups(session, storeId, from, to).getOrDefault(storeId, new Pickups(0, 0))));
    }

    /** Every store over [from, to), for the chain view (store id to its figures). */
    public Map<Long, StorePeriod> chain(LocalDate from, LocalDate to) {
        return tx.read(session -> {
            Map<Long, Map<LocalDate, DayCounts>> counts = counts(session, null, from, to);
            Map<Long, Waits> waits = waits(session, null, from, to);
            Map<Long, Pickups> pickups = pickups(session, null, from, to);
            Map<Long, StorePeriod> all = new TreeMap<>();
            for (Long store : storeIds(session)) {
                all.put(store, new StorePeriod(store, from, to,
                        counts.getOrDefault(store, Map.of()).values().stream().reduce(DayCounts.ZERO, DayCounts::plus),
                        waits.getOrDefault(store, new Waits(OptionalDouble.empty(), OptionalDouble.empty(), 0)),
                        pickups.getOrDefault(store, new Pickups(0, 0))));
            }
            return all;
        });
    }

    /** A store's counts per week (Monday to Sunday) for {@code weeks} weeks ending with the week of {@code last}. */
    public List<Week> weeks(long storeId, LocalDate last, int weeks) {
        return weeksOf(storeId, last, weeks).getOrDefault(storeId, List.of());
    }

    /** Every store's counts per week for the scatter of CSAT against multi-item share. */
    public Map<Long, List<Week>> chainWeeks(LocalDate last, int weeks) {
        return weeksOf(null, last, weeks);
    }

    /** One store-week. */
    public record Week(LocalDate monday, DayCounts counts) {
    }

    /** The Monday of the week {@code day} is in. */
    public static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    private Map<Long, List<Week>> weeksOf(Long storeId, LocalDate last, int weeks) {
        LocalDate first = monday(last).minusWeeks(weeks - 1L);
        LocalDate end = monday(last).plusWeeks(1);
        return tx.read(session -> {
            Map<Long, Map<LocalDate, DayCounts>> days = counts(session, storeId, first, end);
            Map<Long, List<Week>> result = new TreeMap<>();
            for (Long store : storeId == null ? storeIds(session) : List.of(storeId)) {
                Map<LocalDate, DayCounts> perDay = days.getOrDefault(store, Map.of());
                List<Week> list = new ArrayList<>();
                for (LocalDate monday = first; monday.isBefore(end); monday = monday.plusWeeks(1)) {
                    DayCounts sum = DayCounts.ZERO;
                    for (int d = 0; d < 7; d++) {
                        sum = sum.plus(perDay.getOrDefault(monday.plusDays(d), DayCounts.ZERO));
                    }
                    list.add(new Week(monday, sum));
                }
                result.put(store, list);
            }
            return result;
        });
    }

    // ---------------------------------------------------------------- sums per day: rolled up, then live

    /** Per store, per day in [from, to): the rolled-up rows, and a recount of the days not rolled up yet. */
    private Map<Long, Map<LocalDate, DayCounts>> counts(Session session, Long storeId, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, DayCounts>> result = new HashMap<>();
        Map<Long, LocalDate> rolledThrough = new HashMap<>();
        var last = session.createNativeQuery("select store_id, max(sales_day) from store_day_figures"
                + (storeId == null ? "" : " where store_id = :store") + " group by store_id", Object[].class);
        if (storeId != null) {
            last.setParameter("store", storeId);
        }
        for (Object[] r : last.getResultList()) {
            rolledThrough.put(((Number) r[0]).longValue(), localDate(r[1]));
        }
        var query = session.createNativeQuery("select store_id, sales_day, responses, satisfied, rating_sum,"
                + " recommend_answers, promoters, detractors, sales, multi_item_sales, items, suggestions_shown,"
                + " suggestions_taken from store_day_figures where sales_day >= :from and sales_day < :to"
                + (storeId == null ? "" : " and store_id = :store"), Object[].class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (storeId != null) {
            query.setParameter("store", storeId);
        }
        for (Object[] r : query.getResultList()) {
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put(localDate(r[1]),
                    new DayCounts(i(r[2]), i(r[3]), ((Number) r[4]).longValue(), i(r[5]), i(r[6]), i(r[7]), i(r[8]),
                            i(r[9]), decimal(r[10]), i(r[11]), i(r[12])));
        }
        // the days after the last rolled-up one are counted from the rows, store by store (each read goes through
        // the store's index on time); usually only today
        for (Long store : storeId == null ? storeIds(session) : List.of(storeId)) {
            LocalDate through = rolledThrough.get(store);
            LocalDate liveFrom = through == null || through.isBefore(from) ? from : through.plusDays(1);
            if (liveFrom.isBefore(to)) {
                recount(session, store, liveFrom, to).getOrDefault(store, Map.of()).forEach((day, counts) ->
                        result.computeIfAbsent(store, k -> new HashMap<>()).put(day, counts));
            }
        }
        return result;
    }

    /** A straight recount from sales, responses and suggestions, one store over [from, to): what the test compares. */
    public DayCounts recount(long storeId, LocalDate from, LocalDate to) {
        return tx.read(session -> recount(session, storeId, from, to).getOrDefault(storeId, Map.of()).values()
                .stream().reduce(DayCounts.ZERO, DayCounts::plus));
    }

    /** Per store (all when {@code storeId} is null), per day in [from, to), counted from the rows themselves. */
    private Map<Long, Map<LocalDate, DayCounts>> recount(Session session, Long storeId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        Map<Long, Map<LocalDate, DayCounts>> result = new HashMap<>();
        String store = storeId == null ? "" : " and store_id = :store";
        for (Object[] r : rows(session, "select store_id, given_at, rating, recommend from feedback_response"
                + " where given_at >= :start and given_at < :end" + store, storeId, start, end)) {
            DayCounts day = day(result, r);
            put(result, r, day.withResponse(i(r[2]), r[3] == null ? null : i(r[3])));
        }
        for (Object[] r : rows(session, "select s.store_id, s.created_at, sum(case when l.quantity = floor(l.quantity)"
                + " then l.quantity else 1 end) from sale s join sale_line l on l.sale_id = s.id"
                + " where s.created_at >= :start and s.created_at < :end"
                + (storeId == null ? "" : " and s.store_id = :store") + " group by s.id, s.store_id, s.created_at",
                storeId, start, end)) {
            put(result, r, day(result, r).withSale(decimal(r[2])));
        }
        for (Object[] r : rows(session, "select store_id, shown_at, accepted_at from suggestion_outcome"
                + " where shown_at >= :start and shown_at < :end" + store, storeId, start, end)) {
            put(result, r, day(result, r).withSuggestion(r[2] != null));
        }
        return result;
    }

    private DayCounts day(Map<Long, Map<LocalDate, DayCounts>> result, Object[] r) {
        return result.getOrDefault(((Number) r[0]).longValue(), Map.of())
                .getOrDefault(LocalDate.ofInstant(instant(r[1]), zone), DayCounts.ZERO);
    }

    private void put(Map<Long, Map<LocalDate, DayCounts>> result, Object[] r, DayCounts counts) {
        result.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                .put(LocalDate.ofInstant(instant(r[1]), zone), counts);
    }

    private static List<Object[]> rows(Session session, String sql, Long storeId, Instant start, Instant end) {
        var query = session.createNativeQuery(sql, Object[].class)
                .setParameter("start", start)
                .setParameter("end", end);
        if (storeId != null) {
            query.setParameter("store", storeId);
        }
        return query.getResultList();
    }

    // ---------------------------------------------------------------- roll-up

    /**
     * Rolls up every whole day (before today) not rolled up yet, for every store: from the day after its last
     * rolled-up day, or from its first sale or response. Safe to run again and from two counters at once (a day
     * another counter stored meanwhile is left as it is).
     *
     * @return how many store-days were written
     */
    public int rollUp() {
        LocalDate today = today();
        int written = 0;
        for (Long store : tx.read(FeedbackFigures::storeIds)) {
            LocalDate next = tx.read(session -> firstToRollUp(session, store));
            while (next != null && next.isBefore(today)) {
                LocalDate from = next;
                LocalDate to = from.plusDays(CHUNK_DAYS).isBefore(today) ? from.plusDays(CHUNK_DAYS) : today;
                try {
                    written += tx.write(session -> {
                        Map<LocalDate, DayCounts> days = recount(session, store, from, to)
                                .getOrDefault(store, Map.of());
                        int n = 0;
                        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
                            insert(session, store, day, days.getOrDefault(day, DayCounts.ZERO));
                            n++;
                        }
                        return n;
                    });
                } catch (RuntimeException e) {
                    if (!Transactor.isConflict(e)) {
                        throw e;
                    }
                    log.info("Store {}'s figures from {} were rolled up by another terminal meanwhile", store, from);
                }
                next = to;
            }
        }
        if (written > 0) {
            log.info("Rolled up {} store-days of figures", written);
        }
        return written;
    }

    private LocalDate firstToRollUp(Session session, long store) {
        Object last = session.createNativeQuery("select max(sales_day) from store_day_figures where store_id = :s",
                Object.class).setParameter("s", store).getSingleResult();
        if (last != null) {
            return localDate(last).plusDays(1);
        }
        Instant first = null;
        for (String sql : List.of("select min(created_at) from sale where store_id = :s",
                "select min(given_at) from feedback_response where store_id = :s",
                "select min(shown_at) from suggestion_outcome where store_id = :s")) {
            Object min = session.createNativeQuery(sql, Object.class).setParameter("s", store).getSingleResult();
            if (min != null && (first == null || instant(min).isBefore(first))) {
                first = instant(min);
            }
        }
        return first == null ? null : LocalDate.ofInstant(first, zone);
    }

    private static void insert(Session session, long store, LocalDate day, DayCounts c) {
        session.createNativeMutationQuery("insert into store_day_figures (store_id, sales_day, responses, satisfied,"
                        + " rating_sum, recommend_answers, promoters, detractors, sales, multi_item_sales, items,"
                        + " suggestions_shown, suggestions_taken) values (:store, :day, :responses, :satisfied,"
                        + " :ratingSum, :answers, :promoters, :detractors, :sales, :multi, :items, :shown, :taken)")
                .setParameter("store", store)
                .setParameter("day", day)
                .setParameter("responses", c.responses())
                .setParameter("satisfied", c.satisfied())
                .setParameter("ratingSum", (int) c.ratingSum())
                .setParameter("answers", c.recommendAnswers())
                .setParameter("promoters", c.promoters())
                .setParameter("detractors", c.detractors())
                .setParameter("sales", c.sales())
                .setParameter("multi", c.multiItemSales())
                .setParameter("items", c.items())
                .setParameter("shown", c.suggestionsShown())
                .setParameter("taken", c.suggestionsTaken())
                .executeUpdate();
    }

    // ---------------------------------------------------------------- live figures that do not add up

    private Map<Long, Waits> waits(Session session, Long storeId, LocalDate from, LocalDate to) {
        if (storeId == null) { // store by store, through each store's index
            Map<Long, Waits> all = new HashMap<>();
            for (Long store : storeIds(session)) {
                all.putAll(waits(session, store, from, to));
            }
            return all;
        }
        Map<Long, List<Long>> seconds = new HashMap<>();
        for (Object[] r : rows(session, "select store_id, created_at, answered_at from assistance_request"
                        + " where created_at >= :start and created_at < :end and answered_at is not null"
                        + (storeId == null ? "" : " and store_id = :store"),
                storeId, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant())) {
            seconds.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(Math.max(0, Duration.between(instant(r[1]), instant(r[2])).toSeconds()));
        }
        Map<Long, Waits> result = new HashMap<>();
        seconds.forEach((store, list) -> {
            list.sort(null);
            result.put(store, new Waits(Scores.percentile(list, 50), Scores.percentile(list, 90), list.size()));
        });
        return result;
    }

    private Map<Long, Pickups> pickups(Session session, Long storeId, LocalDate from, LocalDate to) {
        if (storeId == null) {
            Map<Long, Pickups> all = new HashMap<>();
            for (Long store : storeIds(session)) {
                all.putAll(pickups(session, store, from, to));
            }
            return all;
        }
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] r : rows(session, "select o.pickup_store_id, o.hold_until, case when o.status = 'EXPIRED' or"
                        + " exists (select 1 from order_event e where e.order_id = o.id and e.kind = 'PICKED_UP'"
                        + " and e.happened_at > o.hold_until) then 1 else 0 end"
                        + " from customer_order o where o.pickup_store_id is not null"
                        + " and o.hold_until >= :start and o.hold_until < :end"
                        + " and o.status in ('PICKED_UP', 'EXPIRED')"
                        + (storeId == null ? "" : " and o.pickup_store_id = :store"),
                storeId, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant())) {
            int[] c = counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new int[2]);
            c[0]++;
            c[1] += i(r[2]);
        }
        Map<Long, Pickups> result = new HashMap<>();
        counts.forEach((store, c) -> result.put(store, new Pickups(c[0], c[1])));
        return result;
    }

    // ---------------------------------------------------------------- helpers

    static List<Long> storeIds(Session session) {
        return session.createNativeQuery("select id from store order by id", Object.class).getResultList().stream()
                .map(o -> ((Number) o).longValue()).toList();
    }

    private static int i(Object o) {
        return ((Number) o).intValue();
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal b ? b.stripTrailingZeros() : new BigDecimal(o.toString()).stripTrailingZeros();
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("Not a time: " + o.getClass());
    }

    private static LocalDate localDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("Not a date: " + o.getClass());
    }
}
