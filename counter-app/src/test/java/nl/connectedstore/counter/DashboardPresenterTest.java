package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.Test;

/**
 * The store-experience dashboard's and the morning panel's flows without a toolkit, on a real H2 database: the
 * latest choice of store and week is what is shown, a read that finishes later is not; the export; the morning read.
 */
class DashboardPresenterTest {

    private final Database counter = PresenterDatabase.counter();
    private final HeldExecutor executor = new HeldExecutor();

    private CounterFeedback feedback(Path exports) {
        StoreService stores = Services.on(counter.transactor()).stores();
        ZoneId zone = ZoneId.systemDefault();
        FeedbackComments comments = Services.on(counter.transactor(), Clock.systemDefaultZone())
                .feedbackComments(zone, Themes.builtIn());
        return new CounterFeedback(new FeedbackDashboard(new FeedbackFigures(counter.transactor(),
                Clock.systemDefaultZone(), zone), comments, stores.stores()), comments, exports,
                Services.on(counter.transactor(), Clock.systemUTC()).feedback(), stores);
    }

    private static StoreInfo store(String code) {
        return Services.on(PresenterDatabase.counter().transactor()).stores().store(code).orElseThrow();
    }

    @Test
    void theLatestChoiceOfStoreAndWeekIsShownNotAReadThatFinishedLater() throws Exception {
        DashboardPresenter dashboard = new DashboardPresenter(feedback(Files.createTempDirectory("dash-")),
                store("AMS"), executor);
        dashboard.load();
        assertThat(dashboard.weekProperty().get().store().store().code()).isEqualTo("AMS");
        assertThat(dashboard.statusProperty().get()).isNull();

        executor.hold(); // a slow database: both reads are still running when the manager chooses again
        dashboard.storeProperty().set(store("GNT"));
        assertThat(dashboard.statusProperty().get()).isEqualTo(Said.of("feedback.loading"));
        dashboard.previousWeek();
        executor.release();

        DashboardPresenter.Week shown = dashboard.weekProperty().get();
        assertThat(shown.store().store().code()).isEqualTo("GNT");
        assertThat(shown.store().monday()).isEqualTo(dashboard.mondayProperty().get());
        assertThat(shown.chain().monday()).isEqualTo(dashboard.mondayProperty().get());
        assertThat(dashboard.statusProperty().get()).isNull();
    }

    @Test
    void theCommentsCanBeNarrowedToTheClerkTheCustomerNamedAndAnotherStoreStartsWithAnyClerk() throws Exception {
        nl.connectedstore.store.StaffSession sanne = DemoStaff.signIn(counter, "AMS", "1234");
        FeedbackService answers = Services.on(counter.transactor(), Clock.systemUTC()).feedback();
        answers.forOrder(HandedOverOrders.handedOver(PresenterDatabase.owner(), java.util.Locale.ENGLISH, sanne).code(),
                "AMS-COUNTER-1", nl.connectedstore.feedback.FeedbackChannel.COUNTER,
                new nl.connectedstore.feedback.FeedbackAnswer(5, 9, "Sanne knew every answer", "en",
                        sanne.staffId()), null);
        answers.forOrder(HandedOverOrders.handedOver(PresenterDatabase.owner(), java.util.Locale.ENGLISH, sanne).code(),
                "AMS-COUNTER-1", nl.connectedstore.feedback.FeedbackChannel.COUNTER,
                new nl.connectedstore.feedback.FeedbackAnswer(3, null, "Nobody in particular", "en", null), null);
        DashboardPresenter dashboard = new DashboardPresenter(feedback(Files.createTempDirectory("dash-")),
                store("AMS"), TaskExecutor.direct());
        dashboard.load();
        assertThat(dashboard.clerks()).extracting(nl.connectedstore.store.StaffName::firstName)
                .containsExactlyInAnyOrder("Daan", "Sanne");
        assertThat(dashboard.weekProperty().get().store().comments()).extracting(FeedbackComments.Comment::text)
                .contains("Sanne knew every answer", "Nobody in particular");

        dashboard.clerkProperty().set(dashboard.clerks().stream().filter(c -> c.firstName().equals("Sanne"))
                .findFirst().orElseThrow());

        assertThat(dashboard.weekProperty().get().store().comments()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.staffName()).isEqualTo("Sanne"))
                .extracting(FeedbackComments.Comment::text).contains("Sanne knew every answer")
                .doesNotContain("Nobody in particular");

        dashboard.storeProperty().set(store("GNT"));
        assertThat(dashboard.clerkProperty().get()).isEqualTo(DashboardPresenter.ANY_CLERK);
        assertThat(dashboard.clerks()).extracting(nl.connectedstore.store.StaffName::firstName)
                .containsExactlyInAnyOrder("Lotte", "Wout");
    }

    @Test
    void theWeekShownIsExportedAsCsv() throws Exception {
        Path exports = Files.createTempDirectory("dash-");
        DashboardPresenter dashboard = new DashboardPresenter(feedback(exports), store("AMS"),
                TaskExecutor.direct());
        dashboard.load();
        dashboard.export();
        assertThat(dashboard.statusProperty().get().key()).isEqualTo("feedback.dash.exported");
        try (var files = Files.list(exports)) {
            assertThat(files.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(n -> n.endsWith(".csv"));
        }
    }

    @Test
    void theMorningPanelReadsTheClerksOwnFigures() throws Exception {
        MorningPresenter morning = new MorningPresenter(feedback(Files.createTempDirectory("dash-")).comments(),
                store("AMS"), DemoStaff.signIn(counter, "AMS", "2345"), TaskExecutor.direct());
        assertThat(morning.morningProperty().get()).isNull();
        morning.load();
        assertThat(morning.morningProperty().get()).isNotNull();
        assertThat(morning.morningProperty().get().yourResponses()).as("no feedback in this chain yet").isZero();
        assertThat(morning.failedProperty().get()).isFalse();
    }
}
