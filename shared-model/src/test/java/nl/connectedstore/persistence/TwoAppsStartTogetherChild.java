package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import java.nio.file.Path;

/**
 * Stands in for one app in {@link TwoAppsStartTogetherTest}: waits for the agreed start moment, opens the
 * shared embedded database (creating and filling it if it is the first), writes, and reports.
 */
public final class TwoAppsStartTogetherChild {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        long startAtMillis = Long.parseLong(args[1]);
        while (System.currentTimeMillis() < startAtMillis) {
            Thread.onSpinWait();
        }
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE,
                new DemoChain.Size(100, 20, 5))) {
            for (int i = 0; i < 25; i++) {
                db.transactor().write(session -> session.createNativeMutationQuery(
                        "update stock_level set quantity = quantity + 1 where id = (select min(id) from stock_level)")
                        .executeUpdate());
            }
            System.out.println("OK");
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e);
            e.printStackTrace(System.out);
            System.exit(2);
        }
    }
}
