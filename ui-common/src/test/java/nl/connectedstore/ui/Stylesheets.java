package nl.connectedstore.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;

/**
 * What JavaFX's own parser says about a stylesheet. A parse error (a lost closing brace, say) is only a warning
 * at run time, and every rule after it is silently dropped: the apps' stylesheet tests fail on it instead.
 */
public final class Stylesheets {

    private Stylesheets() {
    }

    /** The parse errors in the stylesheet at {@code url}, each as JavaFX words it; empty when it parses cleanly. */
    public static synchronized List<String> parseErrors(URL url) {
        if (url == null) {
            throw new IllegalArgumentException("No stylesheet there");
        }
        CssParser.errorsProperty().clear();
        try {
            new CssParser().parse(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = CssParser.errorsProperty().stream().map(CssParser.ParseError::toString).toList();
        CssParser.errorsProperty().clear();
        return errors;
    }
}
