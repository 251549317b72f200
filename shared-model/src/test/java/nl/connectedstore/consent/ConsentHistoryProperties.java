package nl.connectedstore.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Histories of grants, renewals and withdrawals at random times, stored in random order, asked at a random
 * moment: "may we?" is yes exactly when the latest fact for that purpose (up to that moment) is a grant that
 * has not expired. The model replays the history step by step, the way a person would read it.
 */
class ConsentHistoryProperties {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    record Step(Purpose purpose, boolean grant, long atSecond, long forSeconds) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of(Purpose.class),
                Arbitraries.of(true, true, false),
                Arbitraries.longs().between(0, 1_000),
                Arbitraries.longs().between(1, 400)).as(Step::new);
        return step.list().ofMaxSize(12);
    }

    @Property(tries = 2_000)
    void yesExactlyWhenTheLatestFactIsAnUnexpiredGrant(@ForAll("histories") List<Step> steps,
                                                       @ForAll Purpose asked,
                                                       @ForAll @LongRange(min = 0, max = 1_500) long nowSecond,
                                                       @ForAll long shuffleSeed) {
        List<ConsentHistory.Fact> facts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Instant at = T0.plusSeconds(s.atSecond());
            facts.add(new ConsentHistory.Fact(s.purpose(), s.grant(), at, s.grant() ? at.plusSeconds(s.forSeconds())
                    : null, i + 1));
        }
        Collections.shuffle(facts, new Random(shuffleSeed));

        assertThat(ConsentHistory.allows(facts, asked, T0.plusSeconds(nowSecond)))
                .isEqualTo(replay(steps, asked, nowSecond));
    }

    /** Walks through time; at equal times the fact stored later counts last. */
    private static boolean replay(List<Step> steps, Purpose asked, long now) {
        Long allowedUntil = null;
        for (long second = 0; second <= now; second++) {
            for (Step s : steps) {
                if (s.purpose() == asked && s.atSecond() == second) {
                    allowedUntil = s.grant() ? s.atSecond() + s.forSeconds() : null;
                }
            }
        }
        return allowedUntil != null && allowedUntil > now;
    }

    @Property(tries = 500)
    void withoutAnyGrantTheAnswerIsNo(@ForAll("histories") List<Step> steps, @ForAll Purpose asked,
                                      @ForAll @LongRange(min = 0, max = 1_500) long nowSecond) {
        List<ConsentHistory.Fact> withdrawalsOnly = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            withdrawalsOnly.add(new ConsentHistory.Fact(steps.get(i).purpose(), false,
                    T0.plusSeconds(steps.get(i).atSecond()), null, i + 1));
        }
        assertThat(ConsentHistory.allows(withdrawalsOnly, asked, T0.plusSeconds(nowSecond))).isFalse();
    }
}
