package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylesheetsTest {

    @Test
    void theSharedStylesheetParsesWithoutAnError() {
        assertThat(Stylesheets.parseErrors(Theme.class.getResource("connectedstore.css"))).isEmpty();
    }

    @Test
    void aLostClosingBraceIsCaught(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("broken.css");
        Files.writeString(sheet, ".paper .label {\n    -fx-text-fill: black;\n\n.touch-keyboard {\n    -fx-spacing: 6;\n}\n");

        assertThat(Stylesheets.parseErrors(sheet.toUri().toURL())).isNotEmpty();
    }
}
