package nl.connectedstore.feedback;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * What happened in a store over some days, as sums that add up: responses and their scores, sales and their
 * baskets, suggestions shown and taken. One row of {@code store_day_figures} is one store-day of these.
 *
 * @param items items sold: pieces, and each weighed line as one item
 */
public record DayCounts(int responses, int satisfied, long ratingSum, int recommendAnswers, int promoters,
                        int detractors, int sales, int multiItemSales, BigDecimal items, int suggestionsShown,
                        int suggestionsTaken) {

    public static final DayCounts ZERO = new DayCounts(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0);

    public DayCounts plus(DayCounts o) {
        return new DayCounts(responses + o.responses, satisfied + o.satisfied, ratingSum + o.ratingSum,
                recommendAnswers + o.recommendAnswers, promoters + o.promoters, detractors + o.detractors,
                sales + o.sales, multiItemSales + o.multiItemSales, items.add(o.items),
                suggestionsShown + o.suggestionsShown, suggestionsTaken + o.suggestionsTaken);
    }

    DayCounts withResponse(int rating, Integer recommend) {
        int answered = recommend == null ? 0 : 1;
        return new DayCounts(responses + 1, satisfied + (Scores.satisfied(rating) ? 1 : 0), ratingSum + rating,
                recommendAnswers + answered, promoters + (recommend != null && Scores.promoter(recommend) ? 1 : 0),
                detractors + (recommend != null && Scores.detractor(recommend) ? 1 : 0), sales, multiItemSales, items,
                suggestionsShown, suggestionsTaken);
    }

    DayCounts withSale(BigDecimal saleItems) {
        return new DayCounts(responses, satisfied, ratingSum, recommendAnswers, promoters, detractors, sales + 1,
                multiItemSales + (saleItems.compareTo(BigDecimal.ONE) > 0 ? 1 : 0), items.add(saleItems),
                suggestionsShown, suggestionsTaken);
    }

    DayCounts withSuggestion(boolean taken) {
        return new DayCounts(responses, satisfied, ratingSum, recommendAnswers, promoters, detractors, sales,
                multiItemSales, items, suggestionsShown + 1, suggestionsTaken + (taken ? 1 : 0));
    }

    /** CSAT in percent; empty without responses. */
    public OptionalDouble csat() {
        return Scores.csat(satisfied, responses);
    }

    /** NPS in points; empty when nobody answered the 0-10 question. */
    public OptionalDouble nps() {
        return Scores.nps(promoters, detractors, recommendAnswers);
    }

    /** Responses per sale, in percent. */
    public OptionalDouble responseRate() {
        return Scores.share(responses, sales);
    }

    /** Share of baskets with more than one item, in percent. */
    public OptionalDouble multiItemShare() {
        return Scores.share(multiItemSales, sales);
    }

    /** Average items per basket. */
    public OptionalDouble itemsPerBasket() {
        return sales == 0 ? OptionalDouble.empty() : OptionalDouble.of(items.doubleValue() / sales);
    }

    /** The suggestions' "Taken" rate, in percent. */
    public OptionalDouble upsellAcceptance() {
        return Scores.share(suggestionsTaken, suggestionsShown);
    }

    /** Whether there are enough responses to judge by (not "too few to judge"). */
    public boolean enoughToJudge() {
        return Scores.enoughToJudge(responses);
    }
}
