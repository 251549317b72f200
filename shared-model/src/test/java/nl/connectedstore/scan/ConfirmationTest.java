package nl.connectedstore.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfirmationTest {

    private final Confirmation confirmation = new Confirmation();

    @Test
    void aStrongReadGoesThroughAtOnceAWeakOneOnlyWhenASecondFrameShowsIt() {
        assertThat(confirmation.offer("8710398500267", true)).isTrue();
        Confirmation other = new Confirmation();
        assertThat(other.offer("96385074", false)).isFalse();
        assertThat(other.offer(null, false)).isFalse();
        assertThat(other.offer("96385074", false)).isTrue();
    }

    @Test
    void whileAnotherCodeWasSeenInTheLastFourFramesNothingGoesThrough() {
        assertThat(confirmation.offer("8710398500267", true)).isTrue();
        // the customer swaps items, or two codes are in view
        assertThat(confirmation.offer("5012345678900", true)).isFalse();
        assertThat(confirmation.offer("8710398500267", true)).isFalse();
        for (int i = 0; i < Confirmation.SETTLE; i++) {
            confirmation.offer(null, false);
        }
        assertThat(confirmation.offer("5012345678900", true)).isTrue();
    }
}
