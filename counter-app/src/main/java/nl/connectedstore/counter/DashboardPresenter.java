package nl.connectedstore.counter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackCsv;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager's store-experience dashboard's flow: which store and week, the comment filters (any clerk, rating, theme
 * or language when empty; the clerks are the chosen store's staff), the store's and the chain's week as read for them (finished days rolled up the first time),
 * and the CSV export. A change of store, week or filter reads again; an earlier read that finishes later is not
 * shown. Plain Java: no nodes.
 */
final class DashboardPresenter {

    /** A store's week and the chain's week, read together. */
    record Week(FeedbackDashboard.StoreView store, FeedbackDashboard.ChainView chain) {
    }

    private static final Logger log = LoggerFactory.getLogger(DashboardPresenter.class);

    /** The clerk filter's "any". */
    static final StaffName ANY_CLERK = new StaffName(0, "");

    private final CounterFeedback kit;
    private final TaskExecutor executor;
    private final List<StoreInfo> stores;
    private final ObjectProperty<StoreInfo> store = new SimpleObjectProperty<>();
    /** 0 or null: any rating. */
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>(0);
    /** Empty or null: any theme ({@link Themes.Theme} name otherwise). */
    private final ObjectProperty<String> theme = new SimpleObjectProperty<>("");
    /** Null or {@link #ANY_CLERK}: comments naming any clerk, or none. */
    private final ObjectProperty<StaffName> clerk = new SimpleObjectProperty<>(ANY_CLERK);
    /** The chosen store's staff, to filter the comments by ("who helped you today?" named them). */
    private final ObservableList<StaffName> clerks = FXCollections.observableArrayList();
    /** Empty or null: any language. */
    private final ObjectProperty<String> language = new SimpleObjectProperty<>("");
    private final ReadOnlyObjectWrapper<LocalDate> monday = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Week> week = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Said> status = new ReadOnlyObjectWrapper<>();
    private boolean rolledUp;
    /** Which load is the latest: an earlier one that finishes later must not show its week under the new label. */
    private int loads;

    /** @param home the store shown first (the counter's own) */
    DashboardPresenter(CounterFeedback kit, StoreInfo home, TaskExecutor executor) {
        this.kit = kit;
        this.executor = executor;
        this.stores = kit.dashboard().stores();
        monday.set(FeedbackFigures.monday(kit.dashboard().figures().today()));
        store.set(stores.stream().filter(s -> s.id() == home.id()).findFirst()
                .orElse(stores.isEmpty() ? null : stores.get(0)));
        // another store has other clerks: the filter goes back to any (before the store's own reload)
        store.addListener((obs, was, now) -> clerk.set(ANY_CLERK));
        for (ObjectProperty<?> choice : List.of(store, clerk, rating, theme, language)) {
            choice.addListener((obs, was, now) -> load());
        }
    }

    /** Reads the selected store's week and the chain's week again (and rolls up finished days the first time). */
    void load() {
        StoreInfo shown = store.get();
        if (shown == null) {
            return;
        }
        LocalDate from = monday.get();
        status.set(Said.of(rolledUp ? "feedback.loading" : "feedback.dash.rollingUp"));
        Integer stars = rating.get();
        String about = theme.get();
        String in = language.get();
        StaffName named = clerk.get();
        FeedbackComments.Filter filter = new FeedbackComments.Filter(shown.id(),
                named == null || named.staffId() == 0 ? null : named.staffId(),
                stars == null || stars == 0 ? null : stars,
                about == null || about.isEmpty() ? null : Themes.Theme.valueOf(about),
                in == null || in.isEmpty() ? null : in, null, null);
        boolean rollUp = !rolledUp;
        int load = ++loads;
        executor.execute(BackgroundTask.of(progress -> {
                    if (rollUp) {
                        kit.dashboard().figures().rollUp();
                    }
                    return Map.entry(new Week(kit.dashboard().store(shown, from, filter), kit.dashboard().chain(from)),
                            kit.stores().staffOf(shown.id()));
                })
                .onSuccess(read -> {
                    rolledUp = true;
                    if (load != loads) {
                        return; // the manager chose another store or week meanwhile
                    }
                    status.set(null);
                    if (!clerks.equals(read.getValue())) {
                        clerks.setAll(read.getValue());
                    }
                    week.set(read.getKey());
                })
                .onFailure(e -> {
                    log.error("The store-experience dashboard could not be read", e);
                    if (load == loads) {
                        status.set(Said.of("feedback.failedToLoad"));
                    }
                }));
    }

    void previousWeek() {
        monday.set(monday.get().minusWeeks(1));
        load();
    }

    void nextWeek() {
        monday.set(monday.get().plusWeeks(1));
        load();
    }

    /** Writes the week shown as CSV files into the export folder. */
    void export() {
        Week shown = week.get();
        if (shown == null) {
            return;
        }
        Path folder = kit.exportDir();
        executor.execute(BackgroundTask.of(progress -> FeedbackCsv.export(shown.store(), shown.chain(), folder))
                .onSuccess(files -> status.set(Said.of("feedback.dash.exported", files.size(), folder)))
                .onFailure(e -> {
                    log.error("CSV export to {} failed", folder, e);
                    status.set(Said.of("feedback.dash.exportFailed"));
                }));
    }

    /** The zone the figures' days are in: comments are dated in it. */
    ZoneId zone() {
        return kit.dashboard().figures().zone();
    }

    List<StoreInfo> stores() {
        return stores;
    }

    ObjectProperty<StoreInfo> storeProperty() {
        return store;
    }

    /** The clerk whose comments are shown ("who helped you today?" named them); {@link #ANY_CLERK}: all. */
    ObjectProperty<StaffName> clerkProperty() {
        return clerk;
    }

    /** The chosen store's staff, once read. */
    ObservableList<StaffName> clerks() {
        return clerks;
    }

    ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    ObjectProperty<String> themeProperty() {
        return theme;
    }

    ObjectProperty<String> languageProperty() {
        return language;
    }

    /** The Monday of the week shown. */
    ReadOnlyObjectProperty<LocalDate> mondayProperty() {
        return monday.getReadOnlyProperty();
    }

    /** The week last read for the current choice, or null before the first read. */
    ReadOnlyObjectProperty<Week> weekProperty() {
        return week.getReadOnlyProperty();
    }

    /** Reading, rolling up, failed, exported; null when there is nothing to say. */
    ReadOnlyObjectProperty<Said> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
