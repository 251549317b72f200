package nl.connectedstore.counter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Good morning": what customers said yesterday and this week about this store and about the clerk signed in, and
 * the clerk's own figures, read once at sign-in. Plain Java: no nodes.
 */
final class MorningPresenter {

    private static final Logger log = LoggerFactory.getLogger(MorningPresenter.class);

    private final FeedbackComments comments;
    private final StoreInfo store;
    private final StaffSession staff;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<FeedbackComments.Morning> morning = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    MorningPresenter(FeedbackComments comments, StoreInfo store, StaffSession staff, TaskExecutor executor) {
        this.comments = comments;
        this.store = store;
        this.staff = staff;
        this.executor = executor;
    }

    /** Reads the comments and the clerk's figures. */
    void load() {
        failed.set(false);
        executor.execute(BackgroundTask.of(progress -> comments.morning(store.id(), staff.staffId()))
                .onSuccess(morning::set)
                .onFailure(e -> {
                    log.error("The morning panel could not be read", e);
                    failed.set(true);
                }));
    }

    StaffSession staff() {
        return staff;
    }

    StoreInfo store() {
        return store;
    }

    /** What was read, or null while it is read (or when it failed). */
    ReadOnlyObjectProperty<FeedbackComments.Morning> morningProperty() {
        return morning.getReadOnlyProperty();
    }

    /** True when it could not be read. */
    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
