package nl.connectedstore.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Finds text on screen that does not fit: a {@link Labeled} (label, button, table or list cell, check box) whose
 * skin shows less than its text (cut to "…", or to nothing beside its icon), a text field whose prompt is wider
 * than the field, and text that sticks out of the window. Used by the tests that visit every screen in every
 * language at each screen size (issue 16), and by the screenshot tour, which logs what it finds. Call on the FX
 * thread after a layout pass.
 */
public final class CutOffText {

    /** One piece of text that does not fit, said so a person finds it: where, what it should say, what it shows. */
    public record CutOff(String where, String text, String shown) {
        @Override
        public String toString() {
            return where + ": \"" + text + "\" shows as \"" + shown + "\"";
        }
    }

    private CutOffText() {
    }

    /** Every cut-off text in the scene's visible nodes. */
    public static List<CutOff> in(Scene scene) {
        List<CutOff> found = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        visit(scene.getRoot(), scene, false, found);
        return found;
    }

    private static void visit(Node node, Scene scene, boolean scrolled, List<CutOff> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, scene, scrolled, found);
        } else if (node instanceof TextInputControl field) {
            checkPrompt(field, found);
        }
        if (node instanceof Parent parent) {
            // inside a scrolled or clipped region (a scroll pane, a list, a grid's virtual flow) text may lie beyond
            // the window: it is scrolled to, not cut off
            boolean inside = scrolled || node instanceof ScrollPane || node.getClip() != null
                    || node instanceof ListView || node instanceof TableView;
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, inside, found);
            }
        }
    }

    private static void check(Labeled labeled, Scene scene, boolean scrolled, List<CutOff> found) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0 || labeled.getSkin() == null) {
            return;
        }
        String wanted = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        Text shown = shownText(labeled);
        if (shown == null) {
            return;
        }
        if (labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        String displayed = shown.getText() == null ? "" : shown.getText();
        if (!displayed.equals(wanted) && !sameWords(displayed, wanted)) {
            found.add(new CutOff(where(labeled), wanted, displayed));
            return;
        }
        if (!scrolled) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1 || b.getMinX() < -1) {
                found.add(new CutOff(where(labeled), wanted, "(outside the window: " + Math.round(b.getMinX())
                        + ".." + Math.round(b.getMaxX()) + " x " + Math.round(b.getMinY()) + ".."
                        + Math.round(b.getMaxY()) + ")"));
            }
        }
    }

    /** The wrapped text node may hold the same words with the line breaks a skin adds; nothing else may differ. */
    private static boolean sameWords(String displayed, String wanted) {
        return displayed.replaceAll("\\s+", " ").strip().equals(wanted.replaceAll("\\s+", " ").strip());
    }

    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // the skin's LabeledText; an icon font's glyph (Ikonli's FontIcon) is a Text too, and is not it
            if (child instanceof Text t && child.getStyleClass().contains("text")
                    && !child.getClass().getName().startsWith("org.kordamp")) {
                return t.isVisible() ? t : emptyText();
            }
        }
        // no text node of its own: a skin that shows its text through an inner label (a menu button), which is
        // checked as a Labeled itself
        return null;
    }

    private static Text emptyText() {
        return new Text("");
    }

    private static void checkPrompt(TextInputControl field, List<CutOff> found) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || !field.getText().isEmpty() || field.getWidth() <= 0) {
            return;
        }
        Text measure = new Text(prompt);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (field instanceof TextArea area && area.isWrapText()) {
            // a wrapping text area wraps its prompt too: cut only when the wrapped lines need more height than it has
            measure.setWrappingWidth(room);
            double height = field.getHeight() - field.snappedTopInset() - field.snappedBottomInset();
            if (measure.getLayoutBounds().getHeight() > height + 1) {
                found.add(new CutOff(where(field), prompt, "(prompt needs " + Math.round(measure.getLayoutBounds()
                        .getHeight()) + " px high, has " + Math.round(height) + ")"));
            }
            return;
        }
        if (measure.getLayoutBounds().getWidth() > room + 1) {
            found.add(new CutOff(where(field), prompt, "(prompt needs " + Math.round(measure.getLayoutBounds()
                    .getWidth()) + " px, has " + Math.round(room) + ")"));
        }
    }

    private static String withoutMnemonic(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                sb.append(next);
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String where(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.insert(0, "#" + n.getId() + (path.length() > 0 ? " > " : ""));
                if (n != node) {
                    break;
                }
            }
        }
        String type = node.getClass().getSimpleName();
        return path.length() == 0 ? type : path + " (" + type + ")";
    }
}
