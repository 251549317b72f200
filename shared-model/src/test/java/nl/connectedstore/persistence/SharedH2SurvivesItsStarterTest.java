package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.connectedstore.testing.ChildJvm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a Ctrl-C in the kiosk's terminal (a signal to its whole process group) or the terminal closing took
 * the shared database server the kiosk had started with it, and the counter lost its database. The app that
 * starts the server here is a JVM in a process group of its own (as an app started from a terminal is); the test
 * is the other app, with a connection open, and signals the starter's whole group.
 */
@H2Only("the embedded H2 server outliving the app that started it")
class SharedH2SurvivesItsStarterTest {

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM", "HUP", "KILL"})
    void theServerOutlivesTheAppThatStartedItAndTheOtherAppCarriesOn(String signal, @TempDir Path home)
            throws Exception {
        Process starter = startInOwnProcessGroup(home);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(starter.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("READY"));
            assertThat(line).as("the starter app opened the database").isEqualTo("READY true");
        }
        Path dir = home.resolve("db");
        int port = SharedH2.publishedPort(dir);
        String password = Files.readString(dir.resolve("db.secret"), StandardCharsets.US_ASCII).strip();
        long serverPid = Long.parseLong(Files.readString(dir.resolve(H2ServerMain.PID_FILE)).strip());
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/" + dir.resolve(SharedH2.DB_NAME).toAbsolutePath();
        try (Connection other = DriverManager.getConnection(url, H2ServerMain.USER, password)) {
            count(other);

            Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + starter.pid()).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            assertThat(starter.waitFor(30, TimeUnit.SECONDS)).as("the starter app stopped").isTrue();

            assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive)).as("the server runs on").hasValue(true);
            assertThat(count(other)).as("the other app's open connection still works").isGreaterThan(0);
            assertThat(SharedH2.reachable(dir, port, password)).isTrue();
        } finally {
            stopServer(serverPid);
        }
        // and stopped in its turn (SIGTERM, as scripts/stop does), it shuts down cleanly
        String log = Files.readString(dir.resolve("server.log"));
        assertThat(log).contains("h2-server stopped").doesNotContain("Exception");
    }

    private static int count(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.sessions")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Process startInOwnProcessGroup(Path home) throws Exception {
        // setsid: like an app started from its own terminal, the starter leads a process group of its own, so
        // the signal below reaches its group and never this test's. env --default-signal: a build started as a
        // background job (`mvn verify &`, nohup) passes SIGINT/SIGHUP down as ignored, and a JVM keeps an ignored
        // SIGINT ignored; an app started from a terminal has them at their default, as the starter gets here
        List<String> command = new ArrayList<>(List.of("setsid", "env", "--default-signal=INT,HUP"));
        command.addAll(ChildJvm.command(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-D" + SharedH2.IDLE_PROPERTY + "=60"), SharedH2StarterChild.class, home.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }

    private static void stopServer(long pid) throws Exception {
        ProcessHandle server = ProcessHandle.of(pid).orElse(null);
        if (server != null) {
            server.destroy();
            server.onExit().get(30, TimeUnit.SECONDS);
        }
    }
}
