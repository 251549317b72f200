package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import nl.connectedstore.ui.Stylesheets;
import org.junit.jupiter.api.Test;

/** A parse error drops every rule after it without a word at run time: here it fails the build. */
class CounterStylesheetTest {

    @Test
    void theCounterStylesheetParsesWithoutAnError() {
        assertThat(Stylesheets.parseErrors(CounterApp.class.getResource("counter.css"))).isEmpty();
    }
}
