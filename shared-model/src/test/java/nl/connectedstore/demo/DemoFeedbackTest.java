package nl.connectedstore.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.Test;

/** The demo chain's 12 weeks of feedback tell the story the README promises, in each of the 12 weeks. */
class DemoFeedbackTest {

    @Test
    void gentApprovesAgeChecksSlowlyAndScoresLowerThanTheOtherStores() {
        Database db = DemoDatabase.get();
        ZoneId zone = ZoneId.systemDefault();
        FeedbackFigures figures = new FeedbackFigures(db.transactor(), Clock.system(zone), zone);
        LocalDate today = figures.today();
        StoreService stores = Services.on(db.transactor()).stores();
        long gnt = stores.store("GNT").orElseThrow().id();
        long ams = stores.store("AMS").orElseThrow().id();
        long cph = stores.store("CPH").orElseThrow().id();
        Map<Long, FeedbackFigures.StorePeriod> twelveWeeks = figures.chain(today.minusWeeks(12), today.plusDays(1));

        for (long store : new long[] {gnt, ams, cph}) {
            assertThat(twelveWeeks.get(store).counts().responses()).as("answers in 12 weeks").isGreaterThan(100);
        }
        double gntCsat = twelveWeeks.get(gnt).counts().csat().getAsDouble();
        assertThat(gntCsat).isLessThan(twelveWeeks.get(ams).counts().csat().getAsDouble() - 10)
                .isLessThan(twelveWeeks.get(cph).counts().csat().getAsDouble() - 10);
        assertThat(twelveWeeks.get(gnt).waits().medianSeconds().getAsDouble())
                .isGreaterThan(2 * twelveWeeks.get(ams).waits().medianSeconds().getAsDouble());
        // every whole week of the 12 is judged at the biggest store
        FeedbackDashboard dashboard = new FeedbackDashboard(figures,
                Services.on(db.transactor(), Clock.system(zone)).feedbackComments(zone, Themes.builtIn()),
                stores.stores());
        StoreInfo amsterdam = stores.store("AMS").orElseThrow();
        FeedbackDashboard.StoreView view = dashboard.store(amsterdam, FeedbackFigures.monday(today).minusWeeks(1),
                FeedbackComments.Filter.period(null, null, null));
        assertThat(view.trend()).hasSize(12).allSatisfy(w -> assertThat(w.counts().enoughToJudge()).isTrue());
        assertThat(view.comments()).isNotEmpty();
        FeedbackDashboard.ChainView chain = dashboard.chain(FeedbackFigures.monday(today).minusWeeks(1));
        for (int back = 1; back <= 12; back++) { // whichever week a manager opens, not only last week
            FeedbackDashboard.ChainView week = dashboard.chain(FeedbackFigures.monday(today).minusWeeks(back));
            assertThat(week.rows().get(week.rows().size() - 1).store().code()).as(() -> "last in the ranking of "
                    + week.monday() + ": " + week.rows().stream().map(r -> r.store().code() + " "
                    + r.period().counts().csat()).toList()).isEqualTo("GNT");
        }
        assertThat(chain.correlation()).isPresent();
    }
}
