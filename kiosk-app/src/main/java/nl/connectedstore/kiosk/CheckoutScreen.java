package nl.connectedstore.kiosk;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.connectedstore.sales.Basket;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Self-checkout, drawn: the basket as it is scanned, totals with VAT per rate, paying, and a clerk whenever the
 * customer or an age-restricted item needs one. Everything it shows comes from its {@link CheckoutPresenter}, every
 * tap goes there; this class keeps no state of the flow and calls no service. The camera preview is its own.
 */
final class CheckoutScreen extends StackPane {

    private final CheckoutPresenter presenter;
    private final CameraHolder camera;
    private final Messages messages;
    private final VBox lines = new VBox(8);
    private final Label emptyBasket = new Label();
    private final Label message = new Label();
    private final GridPane vat = new GridPane();
    private final Label total = new Label();
    private final Label itemCount = new Label();
    private final Label ageWait = new Label();
    private final Label helpBanner = new Label();
    private final Button pay = new Button();
    private final CameraPreview preview = new CameraPreview();
    private final VBox cameraBox = new VBox(8);
    private final Label cameraStatus = new Label();
    private Node overlay;

    CheckoutScreen(CheckoutPresenter presenter, CameraHolder camera, Messages messages, Runnable onHome,
                   Runnable onShop) {
        this.presenter = presenter;
        this.camera = camera;
        this.messages = messages;
        setId("checkout");
        getStyleClass().add("checkout");

        Button home = TouchButton.of("home", messages.get("checkout.cancelAll"), Material2AL.CLOSE, onHome);
        HBox top = new HBox(16, home);
        if (onShop != null) {
            Button shop = TouchButton.of("toShop", messages.get("checkout.toShop"), Material2MZ.STOREFRONT, onShop);
            top.getChildren().add(shop);
        }
        Label title = new Label(messages.get("checkout.title"));
        title.getStyleClass().add("checkout-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button callStaff = TouchButton.of("callStaff", messages.get("checkout.callStaff"),
                Material2MZ.RECORD_VOICE_OVER, presenter::callStaff);
        callStaff.getStyleClass().addAll("call-staff");
        top.getChildren().addAll(title, spacer, callStaff);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");

        message.setId("scanMessage");
        message.getStyleClass().add("scan-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.managedProperty().bind(message.visibleProperty());
        helpBanner.setId("helpBanner");
        helpBanner.getStyleClass().add("help-banner");
        helpBanner.setWrapText(true);
        helpBanner.setMaxWidth(Double.MAX_VALUE);
        helpBanner.managedProperty().bind(helpBanner.visibleProperty());
        lines.setId("basketLines");
        lines.getStyleClass().add("basket-lines");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("basket-scroll");
        emptyBasket.setId("emptyBasket");
        emptyBasket.setText(messages.get("checkout.empty"));
        emptyBasket.setGraphic(new FontIcon(Material2MZ.QR_CODE_SCANNER));
        emptyBasket.getStyleClass().add("empty-basket");
        emptyBasket.setWrapText(true);
        StackPane basketArea = new StackPane(scroll, emptyBasket);
        VBox.setVgrow(basketArea, Priority.ALWAYS);
        VBox center = new VBox(12, helpBanner, message, basketArea);
        center.getStyleClass().add("checkout-center");

        cameraStatus.setId("cameraStatus");
        cameraStatus.getStyleClass().add("camera-status");
        cameraStatus.setWrapText(true);
        cameraStatus.setMinHeight(Region.USE_PREF_SIZE);
        cameraBox.getChildren().setAll(preview, cameraStatus);
        cameraBox.setAlignment(Pos.TOP_CENTER);
        Button typeCode = new Button(messages.get("checkout.typeCode"), new FontIcon(Material2AL.DIALPAD));
        typeCode.setId("typeCode");
        typeCode.getStyleClass().add("touch");
        typeCode.setMaxWidth(Double.MAX_VALUE);
        typeCode.setOnAction(e -> presenter.showKeypad());
        vat.setId("vatLines");
        vat.getStyleClass().add("vat-lines");
        vat.setHgap(16);
        total.setId("total");
        total.getStyleClass().add("checkout-total");
        itemCount.setId("itemCount");
        itemCount.getStyleClass().add("item-count");
        ageWait.setId("ageWait");
        ageWait.getStyleClass().add("age-wait");
        ageWait.setWrapText(true);
        ageWait.setMinHeight(Region.USE_PREF_SIZE);
        ageWait.managedProperty().bind(ageWait.visibleProperty());
        pay.setId("pay");
        pay.getStyleClass().addAll("accent", "pay-button");
        pay.setMaxWidth(Double.MAX_VALUE);
        pay.setGraphic(new FontIcon(Material2AL.CREDIT_CARD));
        pay.setOnAction(e -> presenter.pay());
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox side = new VBox(10, cameraBox, typeCode, grow, itemCount, vat, total, ageWait, pay);
        side.getStyleClass().add("checkout-side");

        BorderPane main = new BorderPane(center);
        main.setTop(top);
        main.setRight(side);
        getChildren().add(main);

        camera.stateProperty().addListener((obs, old, state) -> showCamera());
        sceneProperty().addListener((obs, old, scene) -> showCamera());
        presenter.ended().addListener((obs, was, now) -> showCamera());
        showCamera();

        presenter.lines().addListener((ListChangeListener<Basket.Line>) change -> showLines());
        presenter.totals().addListener((obs, old, now) -> showTotals());
        emptyBasket.visibleProperty().bind(Bindings.isEmpty(presenter.lines()));
        pay.disableProperty().bind(presenter.canPay().not());
        ageWait.setText(messages.get("checkout.age.waiting"));
        ageWait.visibleProperty().bind(presenter.waitingForAge());
        helpBanner.setText(messages.get("checkout.help.coming"));
        helpBanner.visibleProperty().bind(presenter.helpComing());
        presenter.note().addListener((obs, old, now) -> showNote(now));
        presenter.overlay().addListener((obs, old, now) -> showOverlay(now));
        presenter.paying().addListener((obs, was, now) -> {
            if (overlay instanceof PaymentPanel panel) {
                panel.inProgress(now);
            }
        });
        showLines();
        showTotals();
        showNote(presenter.note().get());
        showOverlay(presenter.overlay().get());
    }

    CheckoutPresenter presenter() {
        return presenter;
    }

    private void showCamera() {
        switch (camera.stateProperty().get()) {
            case READY -> {
                preview.setVisible(true);
                preview.setManaged(true);
                boolean showing = getScene() != null && !presenter.ended().get();
                if (showing) {
                    preview.attach(camera.scanner());
                } else {
                    preview.detach();
                }
                camera.scanner().setActive(showing);
                cameraStatus.setText(messages.get("checkout.camera.ready"));
                cameraStatus.setGraphic(new FontIcon(Material2MZ.PHOTO_CAMERA));
            }
            case STARTING -> {
                preview.setVisible(false);
                preview.setManaged(false);
                cameraStatus.setText(messages.get("checkout.camera.starting"));
                cameraStatus.setGraphic(new FontIcon(Material2MZ.PHOTO_CAMERA));
            }
            case NONE -> {
                preview.setVisible(false);
                preview.setManaged(false);
                cameraStatus.setText(messages.get("checkout.camera.none"));
                cameraStatus.setGraphic(new FontIcon(Material2MZ.NO_PHOTOGRAPHY));
            }
        }
    }

    private void showLines() {
        lines.getChildren().setAll(presenter.lines().stream().map(this::lineRow).toList());
    }

    private void showTotals() {
        Basket.Totals totals = presenter.totals().get();
        vat.getChildren().clear();
        int row = 0;
        for (Receipt.VatLine v : totals.vat()) {
            vat.add(new Label(messages.get("checkout.vat", v.ratePercent().stripTrailingZeros().toPlainString())), 0, row);
            Label amount = new Label(messages.money(v.vat()));
            amount.getStyleClass().add("vat-amount");
            vat.add(amount, 1, row++);
        }
        total.setText(messages.get("checkout.total", messages.money(totals.total())));
        itemCount.setText(messages.get("checkout.items", totals.itemCount().intValue()));
        pay.setText(messages.get("checkout.pay", messages.money(totals.total())));
    }

    private void showNote(CheckoutPresenter.Note note) {
        message.setVisible(note != null);
        if (note != null) {
            message.setText(note.texts().stream().map(t -> messages.get(t.key(), t.args().toArray()))
                    .collect(Collectors.joining(" ")));
            message.getStyleClass().setAll("scan-message", note.refused() ? "refused" : "info");
        }
    }

    private Node lineRow(Basket.Line line) {
        Label name = new Label(line.item().name());
        name.getStyleClass().add("line-name");
        name.setWrapText(true);
        VBox info = new VBox(4, name);
        Label detail = new Label(detail(line));
        detail.getStyleClass().add("line-detail");
        info.getChildren().add(detail);
        if (line.ageCheck() != Basket.AgeCheck.NOT_NEEDED) {
            Label age = new Label(line.ageCheck() == Basket.AgeCheck.WAITING
                    ? messages.get("checkout.line.ageWaiting", line.item().minimumAge())
                    : messages.get("checkout.line.ageApproved"));
            age.setId("age-" + line.id());
            age.getStyleClass().addAll("badge", line.ageCheck() == Basket.AgeCheck.WAITING ? "sold-out" : "in-stock");
            age.setWrapText(true);
            age.setMinHeight(Region.USE_PREF_SIZE);
            info.getChildren().add(age);
        }
        HBox.setHgrow(info, Priority.ALWAYS);
        HBox row = new HBox(12, info);
        row.setAlignment(Pos.CENTER_LEFT);
        if (line.countable()) {
            int pieces = line.quantity().intValue();
            Button minus = new Button(null, new FontIcon(Material2MZ.REMOVE));
            minus.setId("minus-" + line.id());
            minus.getStyleClass().add("qty-button");
            minus.setAccessibleText(messages.get("checkout.line.less"));
            minus.setDisable(pieces <= 1);
            minus.setOnAction(e -> presenter.setQuantity(line.id(), pieces - 1));
            Label quantity = new Label(String.valueOf(pieces));
            quantity.setId("qty-" + line.id());
            quantity.getStyleClass().add("line-qty");
            Button plus = new Button(null, new FontIcon(Material2AL.ADD));
            plus.setId("plus-" + line.id());
            plus.getStyleClass().add("qty-button");
            plus.setAccessibleText(messages.get("checkout.line.more"));
            plus.setDisable(pieces >= Basket.MAX_PIECES_PER_LINE);
            plus.setOnAction(e -> presenter.setQuantity(line.id(), pieces + 1));
            row.getChildren().addAll(minus, quantity, plus);
        }
        Label lineTotal = new Label(messages.money(line.total()));
        lineTotal.setId("lineTotal-" + line.id());
        lineTotal.getStyleClass().add("line-total");
        Button remove = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.setId("remove-" + line.id());
        remove.getStyleClass().addAll("qty-button", "danger");
        remove.setAccessibleText(messages.get("checkout.line.remove"));
        remove.setOnAction(e -> presenter.remove(line.id()));
        row.getChildren().addAll(lineTotal, remove);
        row.getStyleClass().add("basket-line");
        row.setId("line-" + line.id());
        return row;
    }

    private String detail(Basket.Line line) {
        String brand = line.item().brand().isBlank() ? "" : line.item().brand() + " \u00b7 ";
        return brand + price(line);
    }

    private String price(Basket.Line line) {
        if (line.item().soldByWeight()) {
            return messages.get("checkout.line.weighed", line.quantity(), messages.money(line.item().unitPrice()));
        }
        if (line.item().labelTotal() != null) {
            return messages.get("checkout.line.labelled");
        }
        return messages.get("checkout.line.each", messages.money(line.item().unitPrice()));
    }

    private void showOverlay(CheckoutPresenter.Overlay which) {
        if (overlay != null) {
            getChildren().remove(overlay.getParent());
            overlay = null;
        }
        Node card = switch (which) {
            case NONE -> null;
            case KEYPAD -> new Keypad(messages, presenter::typed, presenter::closeKeypad);
            case PAYMENT -> {
                PaymentPanel panel = new PaymentPanel(presenter.totals().get().total(), messages, presenter.simulated(),
                        presenter::simulate, presenter::closePayment);
                panel.inProgress(presenter.paying().get());
                yield panel;
            }
            case UNRECORDED -> new UnrecordedPaymentNote(presenter.unrecorded().get(), messages, presenter::callStaff,
                    presenter::closeUnrecorded);
        };
        if (card != null) {
            StackPane shade = new StackPane(card);
            shade.getStyleClass().add("overlay-shade");
            overlay = card;
            getChildren().add(shade);
        }
    }

    /** The customer left, finished or the kiosk reset: the presenter forgets everything, the camera stops. */
    void end() {
        presenter.end();
        preview.detach();
        if (camera.scanner() != null) {
            camera.scanner().setActive(false);
        }
    }
}
