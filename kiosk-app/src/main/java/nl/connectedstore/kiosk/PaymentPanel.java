package nl.connectedstore.kiosk;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.money.Money;
import nl.connectedstore.sales.PaymentStatus;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Pay on the card terminal". With the simulated terminal (demo, tests) it also shows that terminal's four
 * outcomes as buttons, so every path can be tried by hand: approve, decline, time out, customer cancels.
 */
final class PaymentPanel extends VBox {

    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Button back;
    private final VBox simulated;

    PaymentPanel(Money amount, Messages messages, SimulatedPaymentTerminal simulator, Runnable onPay,
                 Runnable onBack) {
        this(amount, messages, simulator != null, status -> {
            simulator.answerNext(status);
            onPay.run();
        }, onBack);
    }

    /**
     * @param withSimulator whether to show the simulated terminal's outcomes
     * @param onSimulated   a tap on one of them: that outcome, then the payment
     */
    PaymentPanel(Money amount, Messages messages, boolean withSimulator, Consumer<PaymentStatus> onSimulated,
                 Runnable onBack) {
        setId("paymentPanel");
        getStyleClass().addAll("overlay-card", "payment-panel");
        setAlignment(Pos.CENTER);
        setSpacing(18);
        FontIcon card = new FontIcon(Material2AL.CONTACTLESS);
        card.getStyleClass().add("payment-icon");
        Label title = new Label(messages.get("checkout.payment.title", messages.money(amount)));
        title.setId("paymentAmount");
        title.getStyleClass().add("headline");
        Label how = new Label(messages.get("checkout.payment.how"));
        how.setWrapText(true);
        how.getStyleClass().add("payment-how");
        spinner.setVisible(false);
        spinner.managedProperty().bind(spinner.visibleProperty());
        back = new Button(messages.get("checkout.payment.back"), new FontIcon(Material2AL.ARROW_BACK));
        back.setId("paymentBack");
        back.getStyleClass().add("touch");
        back.setOnAction(e -> onBack.run());
        getChildren().addAll(card, title, how, spinner);

        simulated = new VBox(10);
        if (withSimulator) {
            Label simTitle = new Label(messages.get("checkout.sim.title"));
            simTitle.getStyleClass().add("sim-title");
            FlowPane buttons = new FlowPane(10, 10);
            buttons.setAlignment(Pos.CENTER);
            for (PaymentStatus status : PaymentStatus.values()) {
                Button b = new Button(messages.get("checkout.sim." + status.name()));
                b.setId("sim-" + status.name().toLowerCase(Locale.ROOT));
                b.getStyleClass().add("touch");
                if (status == PaymentStatus.APPROVED) {
                    b.getStyleClass().add("success");
                }
                b.setOnAction(e -> onSimulated.accept(status));
                buttons.getChildren().add(b);
            }
            simulated.getChildren().addAll(simTitle, buttons);
            simulated.getStyleClass().add("sim-terminal");
            simulated.setAlignment(Pos.CENTER);
            getChildren().add(simulated);
        }
        getChildren().add(back);
    }

    void inProgress(boolean running) {
        spinner.setVisible(running);
        back.setDisable(running);
        simulated.setDisable(running);
    }
}
