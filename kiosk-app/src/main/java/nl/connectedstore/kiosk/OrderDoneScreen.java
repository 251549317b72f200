package nl.connectedstore.kiosk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.connectedstore.orders.Fulfilment;
import nl.connectedstore.orders.OrderPayment;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.QrView;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The placed order: its code big and as a QR code to show at the counter, what happens next (the customer's
 * notice), and whether anything is still to pay. After a declined card the order stands, unpaid, its items held,
 * and the card can be tried again; a charge that could not be stored is explained (reversed, or a case note). Beside
 * it, when the kiosk asks, "how was it today?".
 */
final class OrderDoneScreen extends HBox {

    private final VBox column = new VBox(16);

    /** @param callStaff calls a member of staff to this kiosk (for a payment to resolve), or null where it cannot */
    OrderDoneScreen(WebOrderPresenter presenter, Messages messages, Runnable onDone, Runnable callStaff) {
        setId("orderDone");
        getStyleClass().add("order-done");
        setAlignment(Pos.CENTER);
        setSpacing(32);
        setFillHeight(false); // the feedback card beside the order is as tall as its content
        column.setAlignment(Pos.CENTER);

        OrderView order = presenter.orderProperty().get();
        Label title = new Label(messages.get("order.done.title"));
        title.getStyleClass().add("headline");
        Label code = new Label(order.displayCode());
        code.setId("orderCode");
        code.getStyleClass().add("order-code");
        QrView qr = new QrView(order.qrText(), 220);
        qr.setId("orderQr");

        WebOrderPresenter.PaymentState state = presenter.paymentState();
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).format(order.holdUntil().atZone(ZoneId.systemDefault()));
        Label payment = new Label(switch (state) {
            case PAID -> messages.get("order.done.paid", messages.money(order.total()));
            case DECLINED -> messages.get("order.done.declined", until, messages.money(order.total()));
            case AT_COUNTER -> messages.get("order.done.payAtCounter", messages.money(order.total()),
                    order.fulfilment() == Fulfilment.PICK_UP ? order.pickupStoreName() : order.placedAtStoreName());
        });
        payment.setId("orderPayment");
        payment.setWrapText(true);
        payment.getStyleClass().addAll("order-payment", order.paid() ? "paid" : "due");
        Label notice = new Label(order.notice());
        notice.setId("orderNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("order-notice");
        Label show = new Label(messages.get("order.done.showCode"));
        show.setWrapText(true);

        HBox buttons = new HBox(16);
        buttons.setAlignment(Pos.CENTER);
        if (presenter.canRetryPayment()) {
            buttons.getChildren().add(TouchButton.of("retryPayment", messages.get("order.done.retry"),
                    Material2AL.CONTACTLESS, presenter::retryPayment));
        }
        Button done = TouchButton.of("orderFinished", messages.get("order.done.finish"), Material2MZ.THUMB_UP, onDone);
        done.getStyleClass().add("accent");
        buttons.getChildren().add(done);
        column.getChildren().addAll(title, code, qr, payment);
        Node paymentNote = paymentNote(presenter.paymentProperty().get(), messages, callStaff);
        if (paymentNote != null) {
            column.getChildren().add(paymentNote);
        }
        column.getChildren().addAll(notice, show, buttons);
        column.setMaxWidth(760);
        getChildren().add(column);
    }

    /** "How was it today?" beside the order (issue 18); the order and its "Done" stay as they are whatever is answered. */
    void offerFeedback(Node prompt) {
        getChildren().setAll(column, prompt);
    }

    /** What the customer needs to know beyond the order's own state: nothing, a reversed charge, or a case note. */
    private static Node paymentNote(OrderPayment result, Messages messages, Runnable callStaff) {
        if (result instanceof OrderPayment.NotRecordedButReversed) {
            Label reversed = new Label(messages.get("order.payment.reversed"));
            reversed.setId("orderPaymentReversed");
            reversed.setWrapText(true);
            reversed.getStyleClass().addAll("scan-message", "refused");
            return reversed;
        }
        if (result instanceof OrderPayment.NotRecordedToResolve toResolve) {
            return new UnrecordedPaymentNote(toResolve.payment(), messages, callStaff, null);
        }
        return null;
    }
}
