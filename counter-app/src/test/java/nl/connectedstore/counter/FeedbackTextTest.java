package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FeedbackTextTest {

    @Test
    void aDecimalIsWrittenTheWayTheScreensLanguageWritesIt() {
        OptionalDouble itemsPerBasket = OptionalDouble.of(2.345);

        assertThat(FeedbackText.decimal(itemsPerBasket, Locale.ENGLISH)).isEqualTo("2.35");
        assertThat(FeedbackText.decimal(itemsPerBasket, new Locale("nl", "NL"))).isEqualTo("2,35");
        assertThat(FeedbackText.decimal(itemsPerBasket, new Locale("da", "DK"))).isEqualTo("2,35");
        assertThat(FeedbackText.decimal(OptionalDouble.empty(), Locale.ENGLISH)).as("nothing to compute it from")
                .isEqualTo(FeedbackText.NONE);
    }
}
