package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import nl.connectedstore.ui.Stylesheets;
import org.junit.jupiter.api.Test;

/** A parse error drops every rule after it without a word at run time: here it fails the build. */
class KioskStylesheetTest {

    @Test
    void theKioskStylesheetParsesWithoutAnError() {
        assertThat(Stylesheets.parseErrors(KioskApp.class.getResource("kiosk.css"))).isEmpty();
    }
}
