package nl.connectedstore.kiosk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import javafx.util.Duration;
import nl.connectedstore.assistance.AssistanceStatus;
import nl.connectedstore.assistance.AssistanceView;
import nl.connectedstore.money.Money;
import nl.connectedstore.sales.AgeCheckRequiredException;
import nl.connectedstore.sales.Basket;
import nl.connectedstore.sales.CheckoutResult;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.sales.ScanLookup;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.Scan;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.TouchButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Self-checkout: the basket as it is scanned, totals with VAT per rate, paying, and a clerk whenever the
 * customer or an age-restricted item needs one. Scans arrive through {@link #accept}; every look-up, staff
 * request and payment runs in the background, and answers from the counter are polled while someone waits.
 */
final class CheckoutScreen extends StackPane {

    private static final Logger log = LoggerFactory.getLogger(CheckoutScreen.class);

    private final CheckoutKit kit;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Consumer<Receipt> onPaid;
    private final Basket basket;
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
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Timeline poller;
    private final Set<Long> cancelledRequests = new HashSet<>();
    private Node overlay;
    private long helpRequest;
    private boolean polling;
    private boolean ended;

    CheckoutScreen(CheckoutKit kit, StoreInfo store, Messages messages, TaskExecutor executor,
                   Consumer<Receipt> onPaid, Runnable onHome, Runnable onShop) {
        this.kit = kit;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        this.onPaid = onPaid;
        this.basket = new Basket(store.currency());
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
                Material2MZ.RECORD_VOICE_OVER, this::callStaff);
        callStaff.getStyleClass().addAll("call-staff");
        top.getChildren().addAll(title, spacer, callStaff);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");

        message.setId("scanMessage");
        message.getStyleClass().add("scan-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setVisible(false);
        message.managedProperty().bind(message.visibleProperty());
        helpBanner.setId("helpBanner");
        helpBanner.getStyleClass().add("help-banner");
        helpBanner.setWrapText(true);
        helpBanner.setMaxWidth(Double.MAX_VALUE);
        helpBanner.setVisible(false);
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
        typeCode.setOnAction(e -> showKeypad());
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
        ageWait.setVisible(false);
        ageWait.managedProperty().bind(ageWait.visibleProperty());
        pay.setId("pay");
        pay.getStyleClass().addAll("accent", "pay-button");
        pay.setMaxWidth(Double.MAX_VALUE);
        pay.setGraphic(new FontIcon(Material2AL.CREDIT_CARD));
        pay.setOnAction(e -> showPayment());
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox side = new VBox(10, cameraBox, typeCode, grow, itemCount, vat, total, ageWait, pay);
        side.getStyleClass().add("checkout-side");

        BorderPane main = new BorderPane(center);
        main.setTop(top);
        main.setRight(side);
        getChildren().add(main);

        kit.camera().stateProperty().addListener((obs, old, state) -> showCamera());
        sceneProperty().addListener((obs, old, scene) -> showCamera());
        showCamera();
        poller = new Timeline(new KeyFrame(Duration.millis(kit.pollEvery().toMillis()), e -> poll()));
        poller.setCycleCount(Animation.INDEFINITE);
        render();
    }

    /** True while a payment runs: the idle reset must wait. */
    BooleanProperty busyProperty() {
        return busy;
    }

    Basket basket() {
        return basket;
    }

    private void showCamera() {
        switch (kit.camera().stateProperty().get()) {
            case READY -> {
                preview.setVisible(true);
                preview.setManaged(true);
                boolean showing = getScene() != null && !ended;
                if (showing) {
                    preview.attach(kit.camera().scanner());
                } else {
                    preview.detach();
                }
                kit.camera().scanner().setActive(showing);
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

    /** A scan from any source, on the FX thread. */
    void accept(Scan scan) {
        if (ended || overlay instanceof PaymentPanel) {
            return;
        }
        CodeReader.Result read = kit.reader().read(scan.text());
        if (read instanceof CodeReader.Result.Refused refused) {
            log.info("Refused a {} scan: {}", scan.source(), refused.reason());
            refuse(messages.get("checkout.refused." + refused.reason().name()));
            return;
        }
        CodeReader.Result.Read code = (CodeReader.Result.Read) read;
        executor.execute(BackgroundTask.of(progress -> kit.checkout().lookUp(kit.terminalCode(), code.code()))
                .onSuccess(found -> found(found, scan))
                .onFailure(e -> {
                    log.error("Looking up {} at {} failed", code.code().raw(), kit.terminalCode(), e);
                    refuse(messages.get("checkout.lookupFailed"));
                }));
    }

    private void found(ScanLookup lookup, Scan scan) {
        if (ended) {
            return;
        }
        if (lookup instanceof ScanLookup.Found found) {
            Basket.Line line = basket.add(found.item());
            kit.beeper().accepted();
            hideMessage();
            if (line.ageCheck() == Basket.AgeCheck.WAITING && line.requestId() == 0) {
                requestAgeCheck(line);
            }
            render();
            log.debug("Scan to line in {} ms ({})", (System.nanoTime() - scan.atNanos()) / 1_000_000, scan.source());
        } else if (lookup instanceof ScanLookup.Unknown unknown) {
            log.info("Unknown code {} scanned at {}", unknown.code(), kit.terminalCode());
            refuse(messages.get("checkout.unknown", unknown.code()));
        } else if (lookup instanceof ScanLookup.NoPrice noPrice) {
            log.warn("{} has no price at {}", noPrice.name(), store.code());
            refuse(messages.get("checkout.noPrice", noPrice.name()));
        } else if (lookup instanceof ScanLookup.NeedsWeighing weigh) {
            refuse(messages.get("checkout.needsWeighing", weigh.name()));
        }
    }

    private void refuse(String text) {
        kit.beeper().refused();
        message.setText(text);
        message.getStyleClass().setAll("scan-message", "refused");
        message.setVisible(true);
    }

    /** A friendly note above the basket (a check-in, say). */
    void inform(String text) {
        message.setText(text);
        message.getStyleClass().setAll("scan-message", "info");
        message.setVisible(true);
    }

    private void hideMessage() {
        message.setVisible(false);
    }

    private void requestAgeCheck(Basket.Line line) {
        basket.waitFor(line.id(), -1);
        executor.execute(BackgroundTask.of(progress ->
                        kit.assistance().requestAgeCheck(kit.terminalCode(), line.item().productId()))
                .onSuccess(request -> {
                    if (ended || basket.line(line.id()).isEmpty()) {
                        cancelRequest(request.id());
                        return;
                    }
                    if (basket.line(line.id()).get().ageCheck() == Basket.AgeCheck.WAITING) {
                        basket.waitFor(line.id(), request.id());
                        startPolling();
                    } else {
                        cancelRequest(request.id());
                    }
                    render();
                })
                .onFailure(e -> {
                    log.error("Asking staff for an age check at {} failed", kit.terminalCode(), e);
                    basket.line(line.id()).ifPresent(l -> basket.waitFor(l.id(), 0));
                    refuse(messages.get("checkout.staffUnreachable"));
                }));
    }

    private void callStaff() {
        executor.execute(BackgroundTask.of(progress -> kit.assistance().callStaff(kit.terminalCode()))
                .onSuccess(call -> {
                    helpRequest = call.id();
                    helpBanner.setText(messages.get("checkout.help.coming"));
                    helpBanner.setVisible(true);
                    startPolling();
                })
                .onFailure(e -> {
                    log.error("Help call from {} failed", kit.terminalCode(), e);
                    refuse(messages.get("checkout.staffUnreachable"));
                }));
    }

    private void startPolling() {
        if (poller.getStatus() != Animation.Status.RUNNING) {
            poller.play();
        }
    }

    /** Asks the database whether staff answered what this basket waits for. */
    private void poll() {
        Map<Long, Integer> waiting = new LinkedHashMap<>();
        for (Basket.Line line : basket.waiting()) {
            if (line.requestId() > 0) {
                waiting.putIfAbsent(line.requestId(), line.item().minimumAge());
            }
        }
        long help = helpRequest;
        if (waiting.isEmpty() && help == 0) {
            poller.stop();
            return;
        }
        if (polling) {
            return;
        }
        polling = true;
        executor.execute(BackgroundTask.of(progress -> {
                    List<AssistanceView> answers = new ArrayList<>();
                    for (long id : waiting.keySet()) {
                        answers.add(kit.assistance().get(id));
                    }
                    if (help != 0) {
                        answers.add(kit.assistance().get(help));
                    }
                    return answers;
                })
                .onSuccess(answers -> {
                    polling = false;
                    answers.forEach(this::answered);
                })
                .onFailure(e -> {
                    polling = false;
                    log.warn("Polling staff answers at {} failed: {}", kit.terminalCode(), e.toString());
                }));
    }

    private void answered(AssistanceView answer) {
        if (ended || answer.status() == AssistanceStatus.OPEN) {
            return;
        }
        if (answer.id() == helpRequest) {
            helpRequest = 0;
            helpBanner.setVisible(false);
            return;
        }
        switch (answer.status()) {
            case APPROVED -> {
                basket.ageApproved(answer.id(), answer.minimumAge()).forEach(this::cancelRequest);
                inform(messages.get("checkout.age.approved"));
            }
            case REFUSED -> {
                List<Basket.Line> removed = basket.ageRefused(answer.id());
                if (!removed.isEmpty()) {
                    inform(messages.get("checkout.age.refused", removed.get(0).item().name()));
                }
            }
            default -> {
                // cancelled elsewhere: the line keeps waiting for a new request
                basket.waiting().stream().filter(l -> l.requestId() == answer.id())
                        .forEach(this::requestAgeCheck);
            }
        }
        render();
    }

    private void cancelRequest(long id) {
        if (id <= 0 || !cancelledRequests.add(id)) {
            return;
        }
        executor.execute(BackgroundTask.of(progress -> {
            kit.assistance().cancel(id);
            return id;
        }).onFailure(e -> log.warn("Cancelling request {} failed: {}", id, e.toString())));
    }

    private void render() {
        lines.getChildren().clear();
        for (Basket.Line line : basket.lines()) {
            lines.getChildren().add(lineRow(line));
        }
        emptyBasket.setVisible(basket.isEmpty());
        Basket.Totals totals = basket.totals();
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
        pay.setDisable(!basket.canPay());
        List<Basket.Line> waiting = basket.waiting();
        ageWait.setVisible(!waiting.isEmpty());
        if (!waiting.isEmpty()) {
            ageWait.setText(messages.get("checkout.age.waiting"));
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
            minus.setOnAction(e -> changeQuantity(line, pieces - 1));
            Label quantity = new Label(String.valueOf(pieces));
            quantity.setId("qty-" + line.id());
            quantity.getStyleClass().add("line-qty");
            Button plus = new Button(null, new FontIcon(Material2AL.ADD));
            plus.setId("plus-" + line.id());
            plus.getStyleClass().add("qty-button");
            plus.setAccessibleText(messages.get("checkout.line.more"));
            plus.setDisable(pieces >= Basket.MAX_PIECES_PER_LINE);
            plus.setOnAction(e -> changeQuantity(line, pieces + 1));
            row.getChildren().addAll(minus, quantity, plus);
        }
        Label lineTotal = new Label(messages.money(line.total()));
        lineTotal.setId("lineTotal-" + line.id());
        lineTotal.getStyleClass().add("line-total");
        Button remove = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.setId("remove-" + line.id());
        remove.getStyleClass().addAll("qty-button", "danger");
        remove.setAccessibleText(messages.get("checkout.line.remove"));
        remove.setOnAction(e -> removeLine(line));
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

    private void changeQuantity(Basket.Line line, int pieces) {
        basket.setQuantity(line.id(), pieces);
        render();
    }

    private void removeLine(Basket.Line line) {
        Basket.Line removed = basket.remove(line.id());
        if (removed.ageCheck() == Basket.AgeCheck.WAITING
                && basket.waiting().stream().noneMatch(l -> l.requestId() == removed.requestId())) {
            cancelRequest(removed.requestId());
        }
        hideMessage();
        render();
    }

    private void showKeypad() {
        showOverlay(new Keypad(messages, digits -> {
            closeOverlay();
            kit.scans().publish(Scan.now(digits, Scan.Source.KEYPAD));
        }, this::closeOverlay));
    }

    private void showPayment() {
        if (!basket.canPay()) {
            return;
        }
        Money amount = basket.totals().total();
        PaymentPanel panel = new PaymentPanel(amount, messages, kit.simulator(), this::runPayment, this::closeOverlay);
        showOverlay(panel);
        if (kit.simulator() == null) {
            runPayment();
        }
    }

    private void runPayment() {
        if (!(overlay instanceof PaymentPanel panel) || busy.get()) {
            return;
        }
        busy.set(true);
        panel.inProgress(true);
        executor.execute(BackgroundTask.of(progress ->
                        kit.checkout().checkout(kit.terminalCode(), basket.cartLines(), basket.ageChecks(),
                                kit.payments()))
                .onSuccess(result -> {
                    busy.set(false);
                    if (result instanceof CheckoutResult.Paid paid) {
                        closeOverlay();
                        basket.clear();
                        onPaid.accept(paid.receipt());
                    } else if (result instanceof CheckoutResult.NotPaid notPaid) {
                        closeOverlay();
                        refuse(messages.get("checkout.payment." + notPaid.status().name()));
                    } else if (result instanceof CheckoutResult.NotRecordedButReversed) {
                        // the basket stays: nothing was charged, the customer may try again
                        closeOverlay();
                        refuse(messages.get("checkout.payment.reversed"));
                    } else if (result instanceof CheckoutResult.NotRecordedToResolve toResolve) {
                        // charged without a sale: the basket stays for staff, the customer gets a note to show them
                        closeOverlay();
                        showOverlay(new UnrecordedPaymentNote(toResolve.payment(), messages, this::callStaff, () -> {
                            closeOverlay();
                            refuse(messages.get("payment.unrecorded.closed", toResolve.payment().caseCodeShown()));
                        }));
                    }
                })
                .onFailure(e -> {
                    busy.set(false);
                    closeOverlay();
                    if (e instanceof AgeCheckRequiredException) {
                        refuse(messages.get("checkout.age.needed"));
                        return;
                    }
                    log.error("Checkout at {} failed", kit.terminalCode(), e);
                    refuse(messages.get("checkout.payment.failed"));
                }));
    }

    private void showOverlay(Node card) {
        closeOverlay();
        StackPane shade = new StackPane(card);
        shade.getStyleClass().add("overlay-shade");
        overlay = card;
        getChildren().add(shade);
    }

    private void closeOverlay() {
        if (overlay != null) {
            getChildren().remove(overlay.getParent());
            overlay = null;
        }
    }

    /** The customer left, finished or the kiosk reset: forget everything and withdraw open staff requests. */
    void end() {
        ended = true;
        poller.stop();
        preview.detach();
        if (kit.camera().scanner() != null) {
            kit.camera().scanner().setActive(false);
        }
        basket.clear().forEach(this::cancelRequest);
        if (helpRequest != 0) {
            cancelRequest(helpRequest);
            helpRequest = 0;
        }
    }
}
