package nl.connectedstore.feedback;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The customer-experience scores, as the dashboard shows them. Each is empty when there is nothing to compute it
 * from (no responses is not a score of 0).
 */
public final class Scores {

    /** A store-week with fewer responses than this is "too few to judge" and left out of rankings. */
    public static final int TOO_FEW = 10;

    private Scores() {
    }

    /** A smiley of 4 or 5: satisfied. */
    public static boolean satisfied(int rating) {
        return rating >= 4;
    }

    /** 9 or 10 on "would you recommend us". */
    public static boolean promoter(int recommend) {
        return recommend >= 9;
    }

    /** 0 to 6 on "would you recommend us". */
    public static boolean detractor(int recommend) {
        return recommend <= 6;
    }

    /** CSAT: the share of responses that are satisfied, in percent (0-100); empty without responses. */
    public static OptionalDouble csat(long satisfied, long responses) {
        return responses == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * satisfied / responses);
    }

    /**
     * NPS: promoters minus detractors as a share of those who answered the 0-10 question, in points from -100 to
     * +100; empty when nobody answered it.
     */
    public static OptionalDouble nps(long promoters, long detractors, long answers) {
        return answers == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * (promoters - detractors) / answers);
    }

    /** Whether this many responses are enough to judge a store-week by. */
    public static boolean enoughToJudge(long responses) {
        return responses >= TOO_FEW;
    }

    /** A share in percent, empty when the whole is 0. */
    public static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }

    /** Pearson's correlation of paired values, and how many pairs it rests on. */
    public record Correlation(double r, int n) {
    }

    /** Pearson's r of x and y (same length); empty below 3 pairs or when either does not vary. */
    public static Optional<Correlation> correlation(List<Double> x, List<Double> y) {
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("x and y must be paired");
        }
        int n = x.size();
        if (n < 3) {
            return Optional.empty();
        }
        double mx = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double my = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x.get(i) - mx;
            double dy = y.get(i) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Optional.empty();
        }
        return Optional.of(new Correlation(sxy / Math.sqrt(sxx * syy), n));
    }

    /** The nearest-rank percentile (0 < p <= 100) of sorted values; empty for no values. */
    public static OptionalDouble percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return OptionalDouble.of(sorted.get(Math.max(1, rank) - 1));
    }
}
