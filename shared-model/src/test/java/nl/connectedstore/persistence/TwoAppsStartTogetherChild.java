package nl.connectedstore.persistence;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.connectedstore.demo.DemoChain;

/**
 * Stands in for one app in {@link TwoAppsStartTogetherTest}: says READY once its JVM is up, waits for GO on its
 * standard input (sent to both children at the same moment), opens the shared embedded database (creating and
 * filling it if it is the first), writes, and reports.
 */
public final class TwoAppsStartTogetherChild {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (!"GO".equals(in.readLine())) {
            System.out.println("FAILED no GO");
            System.exit(3);
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
