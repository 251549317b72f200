package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The counter's card desk: find a card (logged), block a lost one and hand out a new one; the admin clean-up. */
@ExtendWith(FxTests.class)
class CardDeskTest {

    private static Database database;
    private static StoreInfo amsterdam;
    private static CustomerService customers;
    private static AccessLog accessLog;

    @BeforeAll
    static void openDemoChain() throws IOException {
        database = DemoDatabase.fresh("counter-cards-", new DemoChain.Size(100, 20, 6));
        CounterStage.clerksRead(database, "en");
        amsterdam = Services.on(database.transactor()).stores().store("AMS").orElseThrow();
        customers = Services.on(database.transactor(), Clock.systemUTC()).customers();
        accessLog = Services.on(database.transactor(), Clock.systemUTC()).accessLog();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        CounterStage.show(stage, CounterStage.shell(database, amsterdam, null));
    }

    private void signIn(FxRobot robot, String pin) {
        CounterStage.signIn(robot, pin);
        robot.clickOn("#cardsTab");
    }

    @Test
    void findingACardIsLoggedAndALostCardIsBlockedAndReplacedForTheSameCustomer(FxRobot robot) {
        CardView card = customers.signUp(new CustomerService.SignUp("Maarten", "Kaart", "", "", "nl"),
                Map.of(Purpose.RECOGNITION, 12), new byte[] {4}, Channel.KIOSK, "AMS-KIOSK-1").card();
        signIn(robot, "2345");

        robot.clickOn("#cardInput").write("12345");
        robot.clickOn("#findCard");
        assertThat(robot.lookup("#cardProblem").queryAs(Label.class).getText()).contains("not a loyalty card");
        assertThat(accessLog.entriesFor(card.customerId())).isEmpty();

        robot.doubleClickOn("#cardInput").eraseText(5).write(card.qrPayload());
        robot.clickOn("#findCard");

        assertThat(robot.lookup("#cardHolder .label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().equals("Maarten Kaart"));
        assertThat(accessLog.entriesFor(card.customerId())).singleElement().satisfies(e -> {
            assertThat(e.staffName()).isEqualTo("Daan Bakker");
            assertThat(e.terminalCode()).isEqualTo("AMS-COUNTER-1");
            assertThat(e.reason()).isEqualTo("Card service at the counter");
        });

        robot.clickOn("#blockCard");
        robot.clickOn("#cancelBlock");
        assertThat(customers.card(card.cardNumber()).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);

        robot.clickOn("#blockCard");
        robot.clickOn("#confirmBlock");

        String newNumber = robot.lookup("#newCardNumber").queryAs(Label.class).getText();
        assertThat(customers.card(card.cardNumber()).orElseThrow().status()).isEqualTo(CardStatus.BLOCKED);
        CardView replacement = customers.card(newNumber).orElseThrow();
        assertThat(replacement.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(replacement.customerId()).isEqualTo(card.customerId());
        assertThat(new ConsentService(database.transactor(), Clock.systemUTC())
                .mayWe(replacement.customerId(), Purpose.RECOGNITION)).as("consents stay with the customer").isTrue();
        assertThat(robot.lookup("#newCardQr").tryQuery()).isPresent();
        assertThat(robot.lookup("#blockCard").tryQuery()).isEmpty();
    }

    @Test
    void aClerkSignsACustomerUpAtTheCounterAndTheConsentSaysWhere(FxRobot robot) {
        signIn(robot, "2345");
        robot.clickOn("#counterSignUp");
        robot.clickOn("#firstName").write("Nanna");
        robot.clickOn("#purpose-RECOGNITION");
        robot.clickOn("#months-RECOGNITION-12");
        javafx.scene.Node pad = robot.lookup("#signaturePad").query();
        robot.moveTo(pad).moveBy(-150, 0).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(100, 20)
                .moveBy(100, -30).release(javafx.scene.input.MouseButton.PRIMARY);
        robot.clickOn("#submitSignUp");
        WaitForAsyncUtils.waitForFxEvents();

        String shown = robot.lookup("#cardNumber").queryAs(Label.class).getText();
        CardView card = customers.card(shown.replaceAll("[^0-9]", "")).orElseThrow();
        assertThat(new ConsentService(database.transactor(), Clock.systemUTC()).mayWe(card.customerId(),
                Purpose.RECOGNITION)).isTrue();
        assertThat(Services.on(database.transactor(), Clock.systemUTC()).export()
                .document(card.customerId()).consents()).singleElement().satisfies(f -> {
                    assertThat(f.channel()).isEqualTo(Channel.COUNTER);
                    assertThat(f.terminalCode()).isEqualTo("AMS-COUNTER-1");
                });
        robot.clickOn("#done");
        assertThat(robot.lookup("#signUp").tryQuery()).as("the sign-up window closed").isEmpty();
    }

    @Test
    void onlyAManagerRunsThePrivacyCleanUpFromTheAdminMenu(FxRobot robot) throws Exception {
        signIn(robot, "2345");
        MenuButton admin = robot.lookup("#adminMenu").queryAs(MenuButton.class);
        assertThat(admin.getItems()).singleElement().satisfies(item -> assertThat(item.isDisable()).isTrue());
        robot.clickOn("#signOut");

        signIn(robot, "1234");
        robot.clickOn("#adminMenu");
        robot.clickOn("Privacy clean-up now");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, OnFx.test(() -> robot.lookup("#adminStatus")
                .queryAs(Label.class).getText().startsWith("Privacy clean-up done")));
        assertThat(robot.lookup("#adminStatus").queryAs(Label.class).getText())
                .matches("Privacy clean-up done: \\d+ ended consent records and \\d+ inactive customers removed.");
    }
}
