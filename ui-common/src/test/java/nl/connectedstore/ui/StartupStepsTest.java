package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The start-up bar is honest to the end: full only at the first usable screen, never running back (issue 16). */
class StartupStepsTest {

    private final StartupSteps steps = new StartupSteps();

    @Test
    void theDemoChainBeingReadyIsNotTheEnd() {
        steps.fraction(-1, "startup.connecting");
        steps.fraction(-1, "startup.migrating");
        steps.fraction(0.02, "startup.demo.stores");
        double demoDone = steps.fraction(1.0, "startup.demo.done");
        assertThat(demoDone).as("Hibernate and the first screen still to come").isLessThan(0.85);
        assertThat(steps.steps()).isEqualTo(6);

        double preparing = steps.fraction(-1, "startup.preparing");
        double store = steps.fraction(-1, "startup.store");
        double screens = steps.fraction(-1, "startup.screens");
        assertThat(preparing).isGreaterThanOrEqualTo(demoDone);
        assertThat(store).isGreaterThan(preparing);
        assertThat(screens).isGreaterThan(store).isLessThan(1.0);
        assertThat(steps.step()).isEqualTo(6);
    }

    @Test
    void aStartOnAFilledDatabaseSpreadsTheBarOverItsOwnSteps() {
        assertThat(steps.fraction(-1, "startup.connecting")).isZero();
        double migrating = steps.fraction(-1, "startup.migrating");
        double preparing = steps.fraction(-1, "startup.preparing");
        double screens = steps.fraction(-1, "startup.screens");
        assertThat(migrating).isGreaterThan(0);
        assertThat(preparing).isLessThan(0.5); // Hibernate's start is most of such a start: measured
        assertThat(screens).isGreaterThan(0.5).isLessThan(1.0);
        assertThat(steps.steps()).isEqualTo(5);
        assertThat(steps.step()).isEqualTo(5);
    }

    @Test
    void theDemoFillFillsItsShareAndTheBarNeverRunsBack() {
        steps.fraction(-1, "startup.migrating");
        double early = steps.fraction(0.10, "startup.demo.products");
        double later = steps.fraction(0.40, "startup.demo.customers");
        assertThat(later).isGreaterThan(early);
        // another app holds the lock: the same step still, the bar stays
        assertThat(steps.fraction(-1, "startup.waitingForOtherApp")).isEqualTo(later);
        assertThat(steps.fraction(-1, "startup.migrating")).isEqualTo(later);
    }

    @Test
    void theWaitForASlowDatabaseShowsHowMuchOfTheLongestWaitHasPassed() {
        assertThat(steps.fraction(0.25, "startup.waitingForDatabase")).isCloseTo(0.25, within(1e-9));
    }
}
