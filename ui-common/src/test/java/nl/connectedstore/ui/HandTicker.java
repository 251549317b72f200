package nl.connectedstore.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Ticker} the test ticks: nothing runs by itself, {@link #tick()} lets one interval pass for every
 * running ticking. Time without sleeping, for presenter tests without an FX toolkit (the apps' tests use it through
 * ui-common's test jar).
 */
public final class HandTicker implements Ticker {

    private final List<Runnable> ticks = new ArrayList<>();
    private final List<Ticking> tickings = new ArrayList<>();

    @Override
    public Ticking every(Duration interval, Runnable tick) {
        boolean[] running = {false};
        Ticking ticking = new Ticking() {
            @Override
            public void start() {
                running[0] = true;
            }

            @Override
            public void stop() {
                running[0] = false;
            }

            @Override
            public boolean running() {
                return running[0];
            }
        };
        ticks.add(tick);
        tickings.add(ticking);
        return ticking;
    }

    /**
     * One interval passes: every ticking that runs ticks once (in the order they were made). A ticking made and
     * started by one of these ticks waits for the next: its first interval has only begun.
     */
    public void tick() {
        int existing = ticks.size();
        for (int i = 0; i < existing; i++) {
            if (tickings.get(i).running()) {
                ticks.get(i).run();
            }
        }
    }

    /** How many tickings run now. */
    public int running() {
        return (int) tickings.stream().filter(Ticking::running).count();
    }

    public boolean anyRunning() {
        return running() > 0;
    }
}
