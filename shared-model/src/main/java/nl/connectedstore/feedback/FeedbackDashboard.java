package nl.connectedstore.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;

/**
 * The manager's two views, each one call: a store's week (figures, 12-week trend, comments, themes) and the chain's
 * week (stores ranked side by side, CSAT against multi-item share over 12 weeks of store-weeks with the correlation).
 * What the counter's dashboard shows and what {@code FeedbackBench} times.
 */
public final class FeedbackDashboard {

    /** Weeks the trend and the scatter look back, the shown week included. */
    public static final int TREND_WEEKS = 12;

    private final FeedbackFigures figures;
    private final FeedbackComments comments;
    private final List<StoreInfo> stores;

    /** @param stores the chain's stores (warehouses are left out) */
    public FeedbackDashboard(FeedbackFigures figures, FeedbackComments comments, List<StoreInfo> stores) {
        this.figures = figures;
        this.comments = comments;
        this.stores = stores.stream().filter(s -> s.kind() == StoreKind.STORE).toList();
    }

    public FeedbackFigures figures() {
        return figures;
    }

    public List<StoreInfo> stores() {
        return stores;
    }

    /** One store's week. */
    public record StoreView(StoreInfo store, LocalDate monday, FeedbackFigures.StorePeriod week,
                            List<FeedbackFigures.Week> trend, List<FeedbackComments.Comment> comments,
                            List<Themes.ThemeSentiment> themes) {
    }

    /** A store's week starting {@code monday}, with the comments that pass {@code filter}'s rating, theme, etc. */
    public StoreView store(StoreInfo store, LocalDate monday, FeedbackComments.Filter filter) {
        FeedbackFigures.StorePeriod week = figures.store(store.id(), monday, monday.plusWeeks(1));
        List<FeedbackFigures.Week> trend = figures.weeks(store.id(), monday, TREND_WEEKS);
        List<FeedbackComments.Comment> list = comments.forManager(new FeedbackComments.Filter(store.id(),
                filter.staffId(), filter.rating(), filter.theme(), filter.language(), monday, monday.plusWeeks(1)));
        return new StoreView(store, monday, week, trend, list, comments.sentiment(list));
    }

    /**
     * One store in the chain's ranking.
     *
     * @param rank 1 for the best CSAT; 0 for a store-week with too few responses to judge (listed after the ranked)
     */
    public record ChainRow(int rank, StoreInfo store, FeedbackFigures.StorePeriod period) {
    }

    /** A store-week on the scatter. */
    public record Point(String storeCode, LocalDate monday, double csat, double multiItemShare, int responses) {
    }

    /** The chain's week. */
    public record ChainView(LocalDate monday, List<ChainRow> rows, List<Point> scatter,
                            Optional<Scores.Correlation> correlation) {
    }

    /** Every store's week starting {@code monday}, ranked by CSAT, and the 12-week scatter. */
    public ChainView chain(LocalDate monday) {
        Map<Long, FeedbackFigures.StorePeriod> week = figures.chain(monday, monday.plusWeeks(1));
        List<ChainRow> judged = new ArrayList<>();
        List<ChainRow> tooFew = new ArrayList<>();
        for (StoreInfo store : stores) {
            FeedbackFigures.StorePeriod p = week.get(store.id());
            if (p == null) {
                continue;
            }
            (p.counts().enoughToJudge() ? judged : tooFew).add(new ChainRow(0, store, p));
        }
        judged.sort(Comparator.comparingDouble((ChainRow r) -> r.period().counts().csat().orElse(0)).reversed()
                .thenComparing(r -> r.store().code()));
        List<ChainRow> rows = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            rows.add(new ChainRow(i + 1, judged.get(i).store(), judged.get(i).period()));
        }
        tooFew.sort(Comparator.comparing(r -> r.store().code()));
        rows.addAll(tooFew);

        Map<Long, List<FeedbackFigures.Week>> weeks = figures.chainWeeks(monday, TREND_WEEKS);
        List<Point> points = new ArrayList<>();
        for (StoreInfo store : stores) {
            for (FeedbackFigures.Week w : weeks.getOrDefault(store.id(), List.of())) {
                DayCounts c = w.counts();
                if (c.enoughToJudge() && c.multiItemShare().isPresent()) {
                    points.add(new Point(store.code(), w.monday(), c.csat().getAsDouble(),
                            c.multiItemShare().getAsDouble(), c.responses()));
                }
            }
        }
        Optional<Scores.Correlation> r = Scores.correlation(points.stream().map(Point::multiItemShare).toList(),
                points.stream().map(Point::csat).toList());
        return new ChainView(monday, rows, points, r);
    }
}
