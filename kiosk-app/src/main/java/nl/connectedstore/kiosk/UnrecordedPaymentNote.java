package nl.connectedstore.kiosk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.sales.UnresolvedPayment;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The note a customer shows staff when their card was charged but the sale could not be stored nor the charge
 * reversed: like a receipt, with the terminal, the time, the amount, the card terminal's reference and a short case
 * code that staff find on the counter's "Payments to resolve" list. No card data, no technical details.
 */
final class UnrecordedPaymentNote extends VBox {

    /**
     * @param onCallStaff calls a member of staff to this terminal, or null where that is not possible
     * @param onClose     closes the note, or null when the screen around it has its own way on
     */
    UnrecordedPaymentNote(UnresolvedPayment payment, Messages messages, Runnable onCallStaff, Runnable onClose) {
        setId("unrecordedNote");
        getStyleClass().add("unrecorded-note");
        setSpacing(12);
        setAlignment(Pos.CENTER);
        setMaxWidth(620);
        setMaxHeight(Region.USE_PREF_SIZE);

        Label title = new Label(messages.get("payment.unrecorded.title"));
        title.getStyleClass().add("unrecorded-title");
        title.setWrapText(true);
        Label text = new Label(messages.get("payment.unrecorded.text", messages.money(payment.amount())));
        text.setId("unrecordedText");
        text.setWrapText(true);

        VBox paper = new VBox(6);
        paper.setId("unrecordedPaper");
        paper.getStyleClass().add("paper"); // the app's font, not the till receipt's monospace
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(4);
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault()).format(payment.paidAt());
        row(facts, 0, messages.get("payment.unrecorded.case"), payment.caseCodeShown(), "unrecordedCase");
        row(facts, 1, messages.get("payment.unrecorded.amount"), messages.money(payment.amount()), "unrecordedAmount");
        row(facts, 2, messages.get("payment.unrecorded.time"), time, "unrecordedTime");
        row(facts, 3, messages.get("payment.unrecorded.terminal"), payment.terminalCode(), "unrecordedTerminal");
        row(facts, 4, messages.get("payment.unrecorded.reference"), payment.terminalReference(),
                "unrecordedReference");
        paper.getChildren().add(facts);

        HBox buttons = new HBox(16);
        buttons.setAlignment(Pos.CENTER);
        if (onCallStaff != null) {
            Button call = TouchButton.of("unrecordedCallStaff", messages.get("payment.unrecorded.callStaff"),
                    Material2MZ.RECORD_VOICE_OVER, () -> {
                        onCallStaff.run();
                        text.setText(messages.get("payment.unrecorded.staffComing"));
                    });
            call.getStyleClass().add("accent");
            buttons.getChildren().add(call);
        }
        if (onClose != null) {
            buttons.getChildren().add(TouchButton.of("unrecordedClose", messages.get("payment.unrecorded.close"),
                    Material2AL.CLOSE, onClose));
        }
        getChildren().addAll(title, text, paper);
        if (!buttons.getChildren().isEmpty()) {
            getChildren().add(buttons);
        }
    }

    private static void row(GridPane grid, int row, String name, String value, String id) {
        Label n = new Label(name);
        n.getStyleClass().add("receipt-muted");
        Label v = new Label(value);
        v.setId(id);
        grid.addRow(row, n, v);
    }
}
