package nl.connectedstore.kiosk;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.QrView;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** "Thank you": the receipt on screen, its QR code, printing when a printer is set up, and Done. */
final class ReceiptScreen extends HBox {

    /** What the receipt's QR code says: the terminal and the receipt number, nothing personal. */
    static String qrText(Receipt receipt) {
        return "CSRECEIPT:" + receipt.terminalCode() + ":" + receipt.receiptNumber();
    }

    ReceiptScreen(Receipt receipt, StoreInfo store, Messages messages, ReceiptPrinter printer, Runnable onDone) {
        setId("receipt");
        getStyleClass().add("receipt-screen");
        setSpacing(40);
        setAlignment(Pos.CENTER);

        VBox paper = new VBox(8);
        paper.setId("receiptPaper");
        paper.getStyleClass().addAll("paper", "receipt-paper");
        Label shop = new Label(store.name());
        shop.getStyleClass().add("receipt-shop");
        shop.setWrapText(true);
        Label number = new Label(messages.get("receipt.number", receipt.receiptNumber(), receipt.terminalCode()));
        number.setId("receiptNumber");
        Label when = new Label(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault()).format(receipt.at()));
        GridPane items = new GridPane();
        items.setHgap(16);
        items.setVgap(4);
        items.setId("receiptLines");
        int row = 0;
        for (Receipt.Line line : receipt.grouped()) { // the same item scanned three times is one line of three
            // the brand beside the name: three kinds of "Apple juice 1 L" looked like one item three times
            Label name = new Label(line.brand() == null || line.brand().isBlank() ? line.name()
                    : line.name() + " \u00b7 " + line.brand());
            name.setWrapText(true);
            name.setMaxWidth(300);
            boolean weighed = line.quantity().stripTrailingZeros().scale() > 0;
            String qty = weighed ? messages.get("receipt.kg", line.quantity())
                    : line.quantity().stripTrailingZeros().toPlainString();
            VBox what = new VBox(2, name);
            if (!weighed && line.quantity().compareTo(BigDecimal.ONE) > 0) {
                Label each = new Label(messages.get("receipt.each", qty, messages.money(line.unitPrice())));
                each.getStyleClass().add("receipt-muted");
                what.getChildren().add(each);
            }
            items.addRow(row++, new Label(qty), what, right(messages.money(line.total())));
        }
        GridPane vat = new GridPane();
        vat.setHgap(16);
        vat.addRow(0, header(messages.get("receipt.vatRate")), header(messages.get("receipt.net")),
                header(messages.get("receipt.vat")), header(messages.get("receipt.gross")));
        int vr = 1;
        for (Receipt.VatLine v : receipt.vat()) {
            vat.addRow(vr++, new Label(v.ratePercent().stripTrailingZeros().toPlainString() + " %"),
                    right(messages.money(v.net())), right(messages.money(v.vat())), right(messages.money(v.gross())));
        }
        Label total = new Label(messages.get("checkout.total", messages.money(receipt.total())));
        total.setId("receiptTotal");
        total.getStyleClass().add("receipt-total");
        Label paid = new Label(messages.get("receipt.paidByCard", receipt.paymentReference()));
        paid.getStyleClass().add("receipt-muted");
        paid.setWrapText(true);
        paper.getChildren().addAll(shop, number, when, items, total, vat, paid);
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("receipt-scroll");
        HBox.setHgrow(scroll, Priority.SOMETIMES);
        // the receipt keeps its width (amounts are never cut to "€ ..."): the feedback question beside it wraps instead
        scroll.setMinWidth(Region.USE_PREF_SIZE);

        FontIcon check = new FontIcon(Material2AL.CHECK_CIRCLE);
        check.getStyleClass().add("receipt-check");
        Label thanks = new Label(messages.get("receipt.thanks"));
        thanks.getStyleClass().add("receipt-thanks");
        QrView qr = new QrView(qrText(receipt), 220);
        qr.setId("receiptQr");
        Label qrHint = new Label(messages.get("receipt.qrHint"));
        qrHint.setWrapText(true);
        qrHint.getStyleClass().add("receipt-muted");
        Label printed = new Label();
        printed.setId("printStatus");
        printed.setWrapText(true);
        VBox side = new VBox(18, check, thanks, qr, qrHint);
        side.setAlignment(Pos.CENTER);
        side.setMaxWidth(420);
        if (printer.configured()) {
            Button print = new Button(messages.get("receipt.print"), new FontIcon(Material2MZ.PRINT));
            print.setId("print");
            print.getStyleClass().add("touch");
            print.setOnAction(e -> {
                // a thermal printer on the network answers in its own time: one tap, one receipt
                print.setDisable(true);
                printed.setText(messages.get("receipt.printing"));
                printer.print(paper, receipt, store.name(), messages, ZoneId.systemDefault(), ok -> {
                    printed.setText(messages.get(ok ? "receipt.printed" : "receipt.printFailed"));
                    print.setDisable(false);
                });
            });
            side.getChildren().addAll(print, printed);
        }
        Button done = TouchButton.of("done", messages.get("receipt.done"), Material2AL.DONE, onDone);
        done.getStyleClass().addAll("accent", "pay-button");
        side.getChildren().add(done);
        getChildren().addAll(scroll, side);
    }

    /** Puts "how was your visit?" between the receipt and its buttons; the receipt and Done stay as they are. */
    void offerFeedback(Node prompt) {
        getChildren().add(getChildren().size() - 1, prompt);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("receipt-muted");
        return l;
    }

    private static Label right(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }
}
