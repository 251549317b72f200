package nl.connectedstore.counter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.connectedstore.clienteling.ArrivalView;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Ticker;

/**
 * Who just came in ({@link ArrivalFeed} draws it): consented customers whose loyalty card was scanned in this store,
 * newest first. Polls the database (one indexed query, a few times a second); consent is checked by that query at
 * every poll, so a withdrawal removes the customer. When the database is out of reach it says so, keeps what it
 * showed and recovers by itself. Plain Java: no nodes.
 */
final class ArrivalFeedPresenter {

    /** Redrawn at least this often while nobody comes or goes, so "minutes ago" and the fading stay true. */
    static final Duration AGE_EVERY = Duration.ofSeconds(15);

    /** Where the feed reads from: the database, through {@link nl.connectedstore.clienteling.ArrivalService}. */
    @FunctionalInterface
    interface Source {
        List<ArrivalView> recent();
    }

    /** The arrivals to draw, as of {@code at}. */
    record Shown(List<ArrivalView> arrivals, Instant at) {
    }

    private final Clock clock;
    private final Duration fade;
    private final Consumer<ArrivalView> open;
    private final DatabasePoll<List<ArrivalView>> poll;
    private final ReadOnlyObjectWrapper<Shown> shown;
    private final ReadOnlyBooleanWrapper unreachable = new ReadOnlyBooleanWrapper();

    /** @param open opens an arrival's customer card */
    ArrivalFeedPresenter(Clienteling clienteling, StoreInfo store, TaskExecutor executor, Ticker ticker,
                         Consumer<ArrivalView> open) {
        this(() -> clienteling.arrivals().recent(store.id(), clienteling.fade()), clienteling.clock(),
                clienteling.fade(), clienteling.pollEvery(), executor, ticker, open);
    }

    /**
     * @param source    what to show (tests hand in a database that goes away)
     * @param fade      how long an arrival stays after its card was last scanned
     * @param pollEvery how often to ask
     * @param ticker    what times the asking
     */
    ArrivalFeedPresenter(Source source, Clock clock, Duration fade, Duration pollEvery, TaskExecutor executor,
                         Ticker ticker, Consumer<ArrivalView> open) {
        this.clock = clock;
        this.fade = fade;
        this.open = open;
        this.shown = new ReadOnlyObjectWrapper<>(new Shown(List.of(), clock.instant()));
        this.poll = new DatabasePoll<>("the arrivals", pollEvery, ticker, executor, source::recent, this::answered,
                this::failed);
    }

    /** Asks now, then every {@code pollEvery}. */
    void start() {
        poll.start();
    }

    void stop() {
        poll.stop();
    }

    /** Asks the database now (the poll does this every {@code pollEvery}). */
    void refresh() {
        poll.now();
    }

    /** The clerk opens this arrival's customer card. */
    void open(ArrivalView arrival) {
        open.accept(arrival);
    }

    private void answered(List<ArrivalView> recent) {
        unreachable.set(false);
        Instant now = clock.instant();
        // new only when someone came or went, or to age the cards: a button must not vanish under a click
        Shown before = shown.get();
        if (recent.equals(before.arrivals()) && Duration.between(before.at(), now).compareTo(AGE_EVERY) < 0) {
            return;
        }
        shown.set(new Shown(List.copyOf(recent), now));
    }

    private void failed(Throwable e) {
        unreachable.set(true);
    }

    /** Whole minutes since {@code arrival} came in, as of {@code now}. */
    static long minutesAgo(ArrivalView arrival, Instant now) {
        return Duration.between(arrival.arrivedAt(), now).toMinutes();
    }

    /** How strongly to draw an arrival: full at the last scan, fading to a third at the end of the fade time. */
    double opacity(ArrivalView arrival, Instant now) {
        double age = (double) Duration.between(arrival.lastSeenAt(), now).toMillis() / fade.toMillis();
        return Math.max(0.35, 1 - 0.65 * Math.min(1, Math.max(0, age)));
    }

    /** Who is on the feed now. */
    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The customers on the feed now. */
    List<ArrivalView> shown() {
        return shown.get().arrivals();
    }

    /** True while the database is out of reach (what was shown stays). */
    ReadOnlyBooleanProperty unreachableProperty() {
        return unreachable.getReadOnlyProperty();
    }
}
