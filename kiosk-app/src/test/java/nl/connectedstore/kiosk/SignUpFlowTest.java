package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ShopSearch;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import nl.connectedstore.ui.TaskExecutor;
import nl.connectedstore.ui.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Loyalty sign-up clicked through at the kiosk: one happy path (the card shown) and one refused. */
@ExtendWith(FxTests.class)
class SignUpFlowTest {

    private static Database database;
    /** What the kiosk's services use: the kiosk's own database user. */
    private static Database kiosk;
    private static StoreInfo amsterdam;
    private static CustomerService customers;

    @BeforeAll
    static void openDatabase() {
        database = DemoDatabase.fresh("kiosk-signup-", new DemoChain.Size(100, 0, 0));
        kiosk = DemoDatabase.as(database, nl.connectedstore.persistence.AppRole.KIOSK);
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        customers = Services.on(kiosk.transactor(), Clock.systemUTC()).customers();
    }

    @AfterAll
    static void close() {
        kiosk.close();
        database.close();
    }

    @Start
    void start(Stage stage) {
        CatalogService catalog = new CatalogService(kiosk.transactor());
        KioskShell shell = new KioskShell(catalog,
                new InventoryService(kiosk.transactor()), amsterdam, TaskExecutor.direct(),
                KioskOptions.DEFAULT_IDLE, "AMS-KIOSK-1", KioskScreens.shop(new ShopSearch(catalog)).withLoyalty(
                        TestKits.loyalty(kiosk.transactor(), Clock.systemUTC(), java.nio.file.Path.of("target", "exports"))));
        Scene scene = new Scene(shell, 1280, 800);
        Theme.applyTo(scene, KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** The happy path: two purposes ticked, a drawn signature, the card shown in place of the form. */
    @Test
    void twoPurposesTickedAndSignedGiveACardWhoseQrFindsTheCustomer(FxRobot robot) {
        robot.clickOn("#language-en");
        robot.clickOn("#toSignUp");
        assertThat(robot.lookup("#purpose-RECOGNITION").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("nothing pre-ticked").isFalse();
        robot.clickOn("#firstName").write("Rasmus");
        robot.clickOn("#purpose-RECOGNITION");
        robot.clickOn("#months-RECOGNITION-3");
        robot.clickOn("#purpose-PERSONAL_ADVICE");
        sign(robot);
        robot.clickOn("#submitSignUp");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cardNumber").tryQuery()).isPresent();
        String qr = QrOnScreen.decode(robot, robot.lookup("#cardQr").query());
        assertThat(qr).startsWith("CSCARD:").doesNotContain("Rasmus");
        CardView card = customers.card(qr).orElseThrow();
        ConsentService consent = new ConsentService(database.transactor(), Clock.systemUTC());
        assertThat(consent.mayWe(card.customerId(), Purpose.RECOGNITION)).isTrue();
        assertThat(consent.mayWe(card.customerId(), Purpose.PERSONAL_ADVICE)).isTrue();
        assertThat(consent.mayWe(card.customerId(), Purpose.MESSAGES)).isFalse();
        Map<Purpose, java.time.Instant> until = Map.of(
                Purpose.RECOGNITION, consent.consents(card.customerId()).get(0).expiresAt());
        assertThat(until.get(Purpose.RECOGNITION)).isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(93)));
        Pane receipt = robot.lookup("#consentReceipt").queryAs(Pane.class);
        assertThat(receipt.getChildren()).hasSize(1 + 2 + 1);
        assertThat(robot.lookup("#submitSignUp").tryQuery()).as("the form is gone under the result").isEmpty();
        assertThat(robot.lookup("#signaturePad").tryQuery()).isEmpty();
    }

    /**
     * The failure path: refused as the rules say (no first name, then ticked but unsigned), in words, keeping what was
     * typed, storing nothing. Each refusal's key and the double tap are {@link nl.connectedstore.ui.SignUpPresenterTest}'s.
     */
    @Test
    void aRefusedSignUpSaysWhyKeepsWhatWasTypedAndStoresNothing(FxRobot robot) {
        long before = customerCount();
        robot.clickOn("#language-en");
        robot.clickOn("#toSignUp");
        robot.clickOn("#submitSignUp");
        assertThat(robot.lookup("#signUpProblem").queryAs(Label.class).getText()).contains("first name");

        robot.clickOn("#firstName").write("Tweemaal");
        robot.clickOn("#purpose-RECOGNITION");
        robot.clickOn("#submitSignUp");

        assertThat(robot.lookup("#signUpProblem").queryAs(Label.class).getText()).contains("sign in the box");
        assertThat(robot.lookup("#firstName").queryTextInputControl().getText()).as("what was typed stays")
                .isEqualTo("Tweemaal");
        assertThat(robot.lookup("#submitSignUp").queryButton().isDisabled()).as("ready for another try").isFalse();
        assertThat(customerCount()).isEqualTo(before);
    }

    private static void sign(FxRobot robot) {
        Node pad = robot.lookup("#signaturePad").query();
        robot.moveTo(pad).moveBy(-150, 0).press(MouseButton.PRIMARY).moveBy(100, 20).moveBy(100, -30)
                .moveBy(80, 15).release(MouseButton.PRIMARY);
    }

    private static long customerCount() {
        return database.transactor().read(s -> ((Number) s.createNativeQuery("select count(*) from customer")
                .getSingleResult()).longValue());
    }
}
