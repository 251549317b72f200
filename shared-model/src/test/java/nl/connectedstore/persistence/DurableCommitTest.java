package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import nl.connectedstore.demo.DemoChain;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 3: on H2 every unit of work that wrote is forced to the disk (fsync, in the server process that
 * holds the file) before the caller hears it committed, with the kiosk's and the counter's own logins too; reading
 * costs no sync. The fsync counts per sale, traced with strace, are in docs/reliability.md.
 */
@H2Only("counts the forced writes H2 makes after each commit; PostgreSQL forces its own (docs/reliability.md)")
class DurableCommitTest {

    @Test
    void everyWriteIsForcedToTheDiskByEachAppsLoginAndNoReadIs() throws Exception {
        try (Database owner = DemoDatabase.fresh("cs-durable-", new DemoChain.Size(100, 0, 0));
             Database kiosk = DemoDatabase.as(owner, AppRole.KIOSK);
             Database counter = DemoDatabase.as(owner, AppRole.COUNTER)) {
            for (Database db : new Database[] {owner, kiosk, counter}) {
                Transactor tx = db.transactor();
                long before = tx.syncedCommits();
                tx.read(s -> s.createNativeQuery("select count(*) from store", Long.class).getSingleResult());
                assertThat(tx.syncedCommits()).as("a read forces nothing").isEqualTo(before);
                tx.write(s -> s.createNativeQuery("select count(*) from store", Long.class).getSingleResult());
                tx.write(s -> tx.writeJoining(inner -> 1)); // joined: one unit of work, one sync
                assertThat(tx.syncedCommits()).as("each write forced to the disk once").isEqualTo(before + 2);
            }
        }
    }
}
