package nl.connectedstore.ui;

import java.util.List;

/**
 * How far a start has come, as the start-up bar shows it: each step of real work up to the first usable screen
 * holds a share of the bar, in proportion to how long it took when measured (docs/benchmarks.md, "Start-up steps"),
 * so the bar is full only when the first screen is there. A step that says how far it is (the demo chain) fills its
 * share; one that cannot (starting the database, Hibernate) holds the bar at its start while the status and a spinner
 * say it is working. The demo chain's share only exists on the start that fills it: later starts spread the bar over
 * the other steps. Plain Java, tested without a toolkit.
 */
final class StartupSteps {

    /** The keys of the steps, in order; the demo chain's are those starting with {@code startup.demo.}. */
    static final String CONNECTING = "startup.connecting";
    static final String MIGRATING = "startup.migrating";
    static final String PREPARING = "startup.preparing";
    static final String STORE = "startup.store";
    static final String SCREENS = "startup.screens";
    /** The wait for a slow database server: its bar shows how much of the longest wait has passed (as it says). */
    static final String WAITING_FOR_DATABASE = "startup.waitingForDatabase";

    private record Step(String key, double start, double end) {
    }

    /** Shares from the first start (with the demo fill): measured, see docs/benchmarks.md. */
    private static final List<Step> FIRST_START = List.of(
            new Step(CONNECTING, 0.00, 0.06), new Step(MIGRATING, 0.06, 0.16), new Step("startup.demo.", 0.16, 0.80),
            new Step(PREPARING, 0.80, 0.95), new Step(STORE, 0.95, 0.96), new Step(SCREENS, 0.96, 1.00));
    /** Shares on a start with the data already there: measured, see docs/benchmarks.md. */
    private static final List<Step> LATER_START = List.of(
            new Step(CONNECTING, 0.00, 0.10), new Step(MIGRATING, 0.10, 0.16), new Step(PREPARING, 0.16, 0.80),
            new Step(STORE, 0.80, 0.84), new Step(SCREENS, 0.84, 1.00));

    private boolean demo;
    private double shown;
    private int number;

    /**
     * The bar's fraction for a report from the work ({@code fraction} of the step, or below 0 for "cannot say"), never
     * less than shown before: a bar that runs back reads as a fault.
     */
    double fraction(double fraction, String key) {
        if (WAITING_FOR_DATABASE.equals(key)) {
            return Math.max(0, Math.min(1, fraction));
        }
        if (key != null && key.startsWith("startup.demo.")) {
            demo = true;
        }
        List<Step> steps = demo ? FIRST_START : LATER_START;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (key != null && key.startsWith(step.key())) {
                number = i + 1;
                double within = fraction < 0 ? 0 : Math.min(1, fraction);
                shown = Math.max(shown, step.start() + within * (step.end() - step.start()));
                return shown;
            }
        }
        return shown; // waiting for another app: the same step still
    }

    /** The step now under way, 1-based (0 before the first report). */
    int step() {
        return number;
    }

    /** How many steps this start has (the demo fill is one more). */
    int steps() {
        return (demo ? FIRST_START : LATER_START).size();
    }
}
