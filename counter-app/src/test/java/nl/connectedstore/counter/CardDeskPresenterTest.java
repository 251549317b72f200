package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The card desk's flow without a screen: finding a card (logged), "Sure?", blocking and replacing a lost card. */
class CardDeskPresenterTest {

    private static final String REASON = "Card service at the counter";
    private static ClientelingChain chain;
    private static AccessLog accessLog;

    @BeforeAll
    static void openChain() {
        chain = ClientelingChain.get();
        accessLog = Services.on(chain.owner.transactor(), Clock.systemUTC()).accessLog();
    }

    private static CardDeskPresenter presenter(TaskExecutor executor) {
        return new CardDeskPresenter(TestKits.privacy(chain.counter.transactor(), Clock.systemUTC(),
                "AMS-COUNTER-1"), DemoStaff.signIn(chain.counter, "AMS", "2345"), executor, REASON);
    }

    private static CardView newCustomer(String firstName) {
        return chain.customers.signUp(new CustomerService.SignUp(firstName, "Kaart", "", "", "nl"),
                Map.of(Purpose.RECOGNITION, 12), new byte[] {4}, Channel.KIOSK, "AMS-KIOSK-1").card();
    }

    @Test
    void whatIsNoCardIsRefusedWithoutAReadAndAnUnknownCardIsSaidSo() {
        CardView card = newCustomer("Niet");
        CardDeskPresenter desk = presenter(TaskExecutor.direct());

        desk.find("12345");
        assertThat(desk.problemProperty().get()).isEqualTo("counter.cards.notACard");
        assertThat(desk.holderProperty().get()).isNull();

        desk.find("9999888877776666");
        assertThat(desk.problemProperty().get()).isEqualTo("counter.cards.unknown");
        assertThat(desk.mayBlock()).isFalse();
        assertThat(accessLog.entriesFor(card.customerId())).isEmpty();
    }

    @Test
    void findingACardIsLoggedWithTheReasonAndALostCardIsBlockedAndReplacedOnceForTheSameCustomer() {
        CardView card = newCustomer("Maarten");
        HeldExecutor executor = new HeldExecutor();
        CardDeskPresenter desk = presenter(executor);

        desk.find(card.qrPayload());

        assertThat(desk.problemProperty().get()).isNull();
        assertThat(desk.holderProperty().get().name()).isEqualTo("Maarten Kaart");
        assertThat(accessLog.entriesFor(card.customerId())).singleElement().satisfies(e -> {
            assertThat(e.staffName()).isEqualTo("Daan Bakker");
            assertThat(e.terminalCode()).isEqualTo("AMS-COUNTER-1");
            assertThat(e.reason()).isEqualTo(REASON);
        });

        desk.block();
        assertThat(chain.customers.card(card.cardNumber()).orElseThrow().status())
                .as("no block without \"Sure?\"").isEqualTo(CardStatus.ACTIVE);
        desk.askToBlock();
        assertThat(desk.confirmingProperty().get()).isTrue();
        desk.keep();
        assertThat(desk.confirmingProperty().get()).isFalse();
        assertThat(chain.customers.card(card.cardNumber()).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);

        desk.askToBlock();
        executor.hold();
        desk.block();
        desk.block();
        executor.release();
        desk.block();

        CardView replacement = desk.replacementProperty().get();
        assertThat(chain.customers.card(card.cardNumber()).orElseThrow().status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(chain.customers.card(replacement.cardNumber()).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(replacement.customerId()).isEqualTo(card.customerId());
        long cards = chain.owner.transactor().read(s -> s.createSelectionQuery(
                        "select count(k) from LoyaltyCard k where k.customer.id = :c", Long.class)
                .setParameter("c", card.customerId()).getSingleResult());
        assertThat(cards).as("one new card, however often tapped").isEqualTo(2);
        assertThat(chain.consents.mayWe(card.customerId(), Purpose.RECOGNITION)).as("consents stay").isTrue();
        assertThat(desk.mayBlock()).isFalse();
    }
}
