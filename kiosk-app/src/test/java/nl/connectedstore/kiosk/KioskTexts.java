package nl.connectedstore.kiosk;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;

/** Every text a node shows, labels and buttons, one per line: what a customer reads there. */
final class KioskTexts {

    private KioskTexts() {
    }

    static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            sb.append(labeled.getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                sb.append(of(child));
            }
        }
        return sb.toString();
    }
}
