package nl.connectedstore.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scores against cases worked out by hand. */
class ScoresTest {

    /** Counts of a list of 0-10 answers, then NPS. */
    private static java.util.OptionalDouble npsOf(int... answers) {
        int promoters = 0;
        int detractors = 0;
        for (int a : answers) {
            promoters += Scores.promoter(a) ? 1 : 0;
            detractors += Scores.detractor(a) ? 1 : 0;
        }
        return Scores.nps(promoters, detractors, answers.length);
    }

    @Test
    void npsOfAllPromotersIsPlus100() {
        assertThat(npsOf(9, 10, 10, 9).getAsDouble()).isEqualTo(100.0);
    }

    @Test
    void npsOfAllDetractorsIsMinus100() {
        assertThat(npsOf(0, 6, 3).getAsDouble()).isEqualTo(-100.0);
    }

    @Test
    void npsWithoutAnswersIsNoScoreNotZero() {
        assertThat(npsOf()).isEmpty();
        assertThat(Scores.csat(0, 0)).isEmpty();
    }

    @Test
    void npsOfOneResponseIsThatResponsesClass() {
        assertThat(npsOf(10).getAsDouble()).isEqualTo(100.0);
        assertThat(npsOf(8).getAsDouble()).isEqualTo(0.0); // a passive
        assertThat(npsOf(6).getAsDouble()).isEqualTo(-100.0);
    }

    @Test
    void passivesCountInTheWholeButOnNeitherSide() {
        // 2 promoters (9, 10), 3 passives (7, 8, 8), 1 detractor (6): (2 - 1) / 6 = 16.7
        assertThat(npsOf(9, 10, 7, 8, 8, 6).getAsDouble()).isCloseTo(16.667, within(0.001));
        // the boundaries: 6 is a detractor, 7 and 8 passive, 9 a promoter
        assertThat(Scores.detractor(6)).isTrue();
        assertThat(Scores.detractor(7) || Scores.promoter(7) || Scores.promoter(8)).isFalse();
        assertThat(Scores.promoter(9)).isTrue();
    }

    @Test
    void csatIsTheShareOfFoursAndFives() {
        // ratings 5, 4, 3, 2, 4: three satisfied of five
        int satisfied = 0;
        for (int r : new int[] {5, 4, 3, 2, 4}) {
            satisfied += Scores.satisfied(r) ? 1 : 0;
        }
        assertThat(Scores.csat(satisfied, 5).getAsDouble()).isEqualTo(60.0);
        assertThat(Scores.satisfied(3)).isFalse();
    }

    @Test
    void aStoreWeekIsJudgedFromTenResponses() {
        assertThat(Scores.enoughToJudge(9)).isFalse();
        assertThat(Scores.enoughToJudge(10)).isTrue();
    }

    @Test
    void correlationOfAPerfectLineIsOneAndNeedsThreePairs() {
        assertThat(Scores.correlation(List.of(1.0, 2.0, 3.0), List.of(2.0, 4.0, 6.0)).orElseThrow())
                .isEqualTo(new Scores.Correlation(1.0, 3));
        assertThat(Scores.correlation(List.of(1.0, 2.0, 3.0), List.of(3.0, 2.0, 1.0)).orElseThrow().r())
                .isCloseTo(-1.0, within(1e-12));
        assertThat(Scores.correlation(List.of(1.0, 2.0), List.of(1.0, 2.0))).isEmpty();
        assertThat(Scores.correlation(List.of(1.0, 2.0, 3.0), List.of(5.0, 5.0, 5.0))).isEmpty();
        // by hand: x = 1,2,3,4; y = 2,1,4,3: sxy = 3, sxx = syy = 5, r = 0.6
        assertThat(Scores.correlation(List.of(1.0, 2.0, 3.0, 4.0), List.of(2.0, 1.0, 4.0, 3.0)).orElseThrow().r())
                .isCloseTo(0.6, within(1e-12));
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> waits = List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L);
        assertThat(Scores.percentile(waits, 50).getAsDouble()).isEqualTo(50.0);
        assertThat(Scores.percentile(waits, 90).getAsDouble()).isEqualTo(90.0);
        assertThat(Scores.percentile(List.of(42L), 90).getAsDouble()).isEqualTo(42.0);
        assertThat(Scores.percentile(List.of(), 50)).isEmpty();
    }
}
