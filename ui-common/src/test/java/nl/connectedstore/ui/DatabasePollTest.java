package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 16: with the database away the counter logged each of its four polls' every failure. A poll now logs a
 * run of failures once when it starts and once when it ends; a lost database it leaves to the transactor, which
 * logs the outage once for the whole app. Time is ticked by hand ({@link HandTicker}): no toolkit, no sleeping.
 */
class DatabasePollTest {

    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final List<String> answers = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger pollLog = (Logger) LoggerFactory.getLogger(DatabasePoll.class);
    private final HandTicker ticker = new HandTicker();
    private final HeldExecutor executor = new HeldExecutor();
    private int reads;
    private final DatabasePoll<String> poll = new DatabasePoll<>("the test list", Duration.ofHours(1), ticker,
            executor, () -> {
                reads++;
                RuntimeException e = failure.get();
                if (e != null) {
                    throw e;
                }
                return "rows";
            }, answers::add, failures::add);

    @BeforeEach
    void listen() {
        lines.start();
        pollLog.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        pollLog.detachAppender(lines);
    }

    @Test
    void aRunOfFailuresIsLoggedOnceWithItsCauseAndOnceWhenReadingWorksAgain() {
        failure.set(new IllegalStateException("column ORDERS.PICKUP_AT not found"));
        for (int i = 0; i < 30; i++) {
            poll.now();
        }
        failure.set(null);
        poll.now();

        assertThat(failures).as("every failure still reaches the screen").hasSize(30);
        assertThat(answers).containsExactly("rows");
        assertThat(lines.list).hasSize(2);
        assertThat(lines.list.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(lines.list.get(0).getFormattedMessage()).contains("the test list", "PICKUP_AT not found");
        assertThat(lines.list.get(1).getLevel()).isEqualTo(Level.INFO);
        assertThat(lines.list.get(1).getFormattedMessage()).contains("the test list", "works again");
    }

    @Test
    void aLostDatabaseIsLeftToTheTransactorsOneLine() {
        failure.set(new RuntimeException("JDBC begin transaction failed",
                new SQLTransientConnectionException("Connection is not available, request timed out")));
        for (int i = 0; i < 30; i++) {
            poll.now();
        }

        assertThat(failures).hasSize(30);
        assertThat(lines.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
    }

    @Test
    void itAsksAtStartThenAtEveryTickUntilStopped() {
        poll.start();
        assertThat(answers).as("asked at once").containsExactly("rows");
        ticker.tick();
        ticker.tick();
        assertThat(answers).hasSize(3);

        poll.stop();
        ticker.tick();
        assertThat(answers).as("no ticks after stop").hasSize(3);
        assertThat(ticker.anyRunning()).isFalse();
    }

    @Test
    void aReadStillRunningIsNotDoubledUpWhenTheNextTickComes() {
        executor.hold();
        poll.start();
        ticker.tick();
        ticker.tick();
        poll.now();
        executor.release();

        assertThat(reads).as("one read while the first was still running").isEqualTo(1);
        assertThat(answers).containsExactly("rows");
        ticker.tick();
        assertThat(answers).as("the next tick asks again").containsExactly("rows", "rows");
    }

    @Test
    void aQuestionDecidedAtEachAskStopsThePollWhenThereIsNothingToAsk() {
        List<String> waitingFor = new ArrayList<>(List.of("age check 7"));
        DatabasePoll<String> answersFor = DatabasePoll.asking("the answers", Duration.ofSeconds(1), ticker, executor,
                () -> {
                    if (waitingFor.isEmpty()) {
                        return null;
                    }
                    String asked = String.join(",", waitingFor);
                    return () -> "answer to " + asked;
                }, answers::add, failures::add);

        answersFor.start();
        waitingFor.add("help call 8");
        ticker.tick();
        assertThat(answers).containsExactly("answer to age check 7", "answer to age check 7,help call 8");

        waitingFor.clear();
        ticker.tick();
        assertThat(ticker.anyRunning()).as("nothing left to ask: stopped").isFalse();
        assertThat(answers).hasSize(2);
    }

    @Test
    void anAnswerThatStopsThePollAtStartLeavesItStopped() {
        DatabasePoll<String>[] self = new DatabasePoll[1];
        self[0] = new DatabasePoll<>("done at once", Duration.ofSeconds(1), ticker, executor, () -> "done",
                answer -> self[0].stop(), failures::add);

        self[0].start();

        assertThat(ticker.anyRunning()).isFalse();
    }
}
