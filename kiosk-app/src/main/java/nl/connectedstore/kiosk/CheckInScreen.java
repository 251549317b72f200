package nl.connectedstore.kiosk;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.connectedstore.clienteling.CheckIn;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A regular scanned their loyalty card: a welcome by first name and, plainly, whether the counter was told
 * (only when they allow recognition). From here they shop, or open their own data. Nothing else about them
 * is shown on this public screen.
 */
final class CheckInScreen extends VBox {

    CheckInScreen(CheckIn checkIn, Messages messages, Runnable shop, Runnable myData) {
        setId("checkIn");
        getStyleClass().add("check-in");
        setAlignment(Pos.CENTER);
        setSpacing(28);
        Label welcome = new Label(messages.get("kiosk.checkin.welcome", checkIn.firstName()));
        welcome.setId("checkInWelcome");
        welcome.getStyleClass().add("headline");
        welcome.setWrapText(true);
        boolean announced = checkIn.outcome() == CheckIn.Outcome.ANNOUNCED;
        Label told = new Label(messages.get(announced ? "kiosk.checkin.announced" : "kiosk.checkin.private"));
        told.setId("checkInTold");
        told.getStyleClass().add("check-in-text");
        told.setWrapText(true);
        told.setMaxWidth(760);
        Button start = TouchButton.of("checkInShop", messages.get("kiosk.checkin.shop"), Material2MZ.SHOPPING_CART,
                shop);
        start.getStyleClass().add("accent");
        Button data = TouchButton.of("checkInMyData", messages.get("kiosk.checkin.myData"), Material2AL.LOCK, myData);
        HBox actions = new HBox(20, start, data);
        actions.setAlignment(Pos.CENTER);
        getChildren().addAll(welcome, told, actions);
    }
}
