package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin menu's flow without a screen: a manager's retention run and PIN-entry unlocks, nothing for a clerk. */
class AdminPresenterTest {

    private static Database owner;
    private static Database counter;
    private static StoreService stores;

    /** A chain of its own: the clean-up erases customers whose consents ran out, which other tests may read. */
    @BeforeAll
    static void openChain() {
        owner = DemoDatabase.fresh("counter-admin-", new DemoChain.Size(100, 20, 6));
        counter = CounterStage.asCounter(owner);
        stores = Services.on(counter.transactor()).stores();
    }

    @AfterAll
    static void close() {
        owner.close();
    }

    private static AdminPresenter presenter(String pin) {
        return new AdminPresenter(TestKits.privacy(counter.transactor(), Clock.systemUTC(), "AMS-COUNTER-1"),
                stores, stores.store("AMS").orElseThrow(), "AMS-COUNTER-1", TaskExecutor.direct(),
                DemoStaff.signIn(counter, "AMS", pin));
    }

    @Test
    void aClerkRunsNoCleanUpAndReadsNoLockedCounters() {
        AdminPresenter clerk = presenter("2345");

        assertThat(clerk.forManagers()).isFalse();
        clerk.runRetention();
        clerk.readLocked();
        assertThat(clerk.statusProperty().get()).as("nothing ran").isNull();
        assertThat(clerk.lockedReadProperty().get()).isFalse();
    }

    @Test
    void aManagersCleanUpSaysWhatItRemovedAndTheLockedCountersLeaveOutThisOne() {
        AdminPresenter manager = presenter("1234");

        assertThat(manager.forManagers()).isTrue();
        manager.runRetention();
        assertThat(manager.statusProperty().get().key()).isEqualTo("counter.admin.retention.done");
        assertThat(manager.statusProperty().get().args()).hasSize(2);

        manager.readLocked();
        assertThat(manager.lockedReadProperty().get()).isTrue();
        assertThat(manager.lockedElsewhere()).noneMatch(t -> t.code().equals("AMS-COUNTER-1"));
    }
}
