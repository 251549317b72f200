package nl.connectedstore.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for the app that starts the shared database server in {@link SharedH2SurvivesItsStarterTest}: starts
 * (or joins) it, keeps a connection open like an app does, says READY and waits to be stopped.
 */
public final class SharedH2StarterChild {

    public static void main(String[] args) throws Exception {
        SharedH2 shared = SharedH2.start(Path.of(args[0]), 0);
        try (Connection c = DriverManager.getConnection(shared.url(), shared.user(), shared.password())) {
            System.out.println("READY " + c.isValid(2));
            System.out.flush();
            new CountDownLatch(1).await(); // until the test stops this process
        }
    }
}
