package nl.connectedstore.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.AppRole;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card opens the portal; nothing else does; what it shows and exports is what we hold. */
class PrivacyPortalTest {

    private static Database db;
    private static PrivacyPortal portal;
    private static CustomerService customers;
    private static ConsentService consents;

    @BeforeAll
    static void open() {
        db = DemoDatabase.get();
        portal = Services.on(db.transactor(), Clock.systemUTC()).privacyPortal();
        customers = Services.on(db.transactor(), Clock.systemUTC()).customers();
        consents = new ConsentService(db.transactor(), Clock.systemUTC());
    }

    private static CardView signUp(String name) {
        return customers.signUp(new CustomerService.SignUp(name, "Portal", name.toLowerCase() + "@example.nl", "",
                        "en"), Map.of(Purpose.RECOGNITION, 6, Purpose.PERSONAL_ADVICE, 12), new byte[] {7},
                Channel.KIOSK, "AMS-KIOSK-1").card();
    }

    @Test
    void theCardsQrCodeOrItsTypedNumberOpensThePageWithEveryConsent() {
        CardView card = signUp("Ingrid");

        PrivacyPortal.Page byQr = portal.open(card.qrPayload()).page().orElseThrow();
        PrivacyPortal.Page typed = portal.open(card.cardNumber()).page().orElseThrow();

        assertThat(typed.customerId()).isEqualTo(byQr.customerId()).isEqualTo(card.customerId());
        assertThat(byQr.data().customer().firstName()).isEqualTo("Ingrid");
        assertThat(byQr.consents()).filteredOn(ConsentView::allowed).extracting(ConsentView::purpose)
                .containsExactly(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
    }

    @Test
    void unknownOrBlockedCardsOpenNothing() {
        CardView card = signUp("Jorrit");
        CardView replacement = customers.blockAndReplace(card.cardNumber(),
                nl.connectedstore.persistence.DemoStaff.signIn(db, "AMS", "2345"));

        assertThat(portal.open("CSCARD:0000000000000000").refusal()).contains(PrivacyPortal.Refusal.UNKNOWN_CARD);
        assertThat(portal.open("8712345678906").refusal()).contains(PrivacyPortal.Refusal.UNKNOWN_CARD);
        assertThat(portal.open("").refusal()).contains(PrivacyPortal.Refusal.UNKNOWN_CARD);
        assertThat(portal.open(card.qrPayload()).refusal()).contains(PrivacyPortal.Refusal.BLOCKED_CARD);
        assertThat(portal.open(card.qrPayload()).page()).isEmpty();
        assertThat(portal.open(replacement.qrPayload()).page()).isPresent();
    }

    @Test
    void withdrawAndRenewShowOnTheNextPage() {
        CardView card = signUp("Karel");
        consents.withdraw(card.customerId(), Purpose.RECOGNITION, Channel.KIOSK, "AMS-KIOSK-1");
        consents.grant(card.customerId(), ConsentText.current(Purpose.MESSAGES, "en"), 3, Channel.KIOSK,
                "AMS-KIOSK-1", new byte[] {9});

        PrivacyPortal.Page page = portal.page(card.cardNumber(), card.customerId());

        assertThat(page.consents()).filteredOn(c -> c.purpose() == Purpose.RECOGNITION).singleElement()
                .satisfies(c -> {
                    assertThat(c.allowed()).isFalse();
                    assertThat(c.withdrawnAt()).isNotNull();
                });
        assertThat(page.consents()).filteredOn(ConsentView::allowed).extracting(ConsentView::purpose)
                .containsExactly(Purpose.PERSONAL_ADVICE, Purpose.MESSAGES);
        assertThat(page.data().consents()).hasSize(4);
    }

    @Test
    void theExportIsAFileWithEverythingInIt(@TempDir Path stick) throws Exception {
        CardView card = signUp("Lotte");

        Path file = portal.exportTo(card.customerId(), stick);

        assertThat(file.getParent()).isEqualTo(stick);
        assertThat(Files.list(stick)).containsExactly(file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("format").asText()).isEqualTo(CustomerExport.FORMAT);
        assertThat(json.at("/customer/email").asText()).isEqualTo("lotte@example.nl");
        assertThat(json.get("consents")).hasSize(2);
        assertThat(json.at("/cards/0/cardNumber").asText()).isEqualTo(card.cardNumber());
    }

    @Test
    void erasingAtTheKioskAlsoDeletesTheirExportLeftInTheKiosksFolderAndNoOneElses(@TempDir Path kioskFolder)
            throws Exception {
        CardView mine = signUp("Maarten");
        CardView theirs = signUp("Noor");
        Path myFile = portal.exportTo(mine.customerId(), kioskFolder);
        Files.move(myFile, kioskFolder.resolve("my-data-20260101-000000.json"));
        Path theirFile = portal.exportTo(theirs.customerId(), kioskFolder);
        Path unrelated = Files.writeString(kioskFolder.resolve("my-data-notes.json"), "{not json");

        PrivacyPortal.Page page = portal.open(mine.qrPayload()).page().orElseThrow();
        assertThat(portal.requestErasure(page, kioskFolder, "AMS-KIOSK-1")).isTrue();

        assertThat(Files.list(kioskFolder)).containsExactlyInAnyOrder(theirFile, unrelated);
        assertThat(Files.readString(theirFile)).contains("noor@example.nl");
    }

    @Test
    void onceErasureIsAskedForTheKioskOpensNothingOfThemSaysSoAndTheCounterCarriesItOut(@TempDir Path kioskFolder) {
        Database kiosk = DemoDatabase.getAs(AppRole.KIOSK);
        PrivacyPortal kioskPortal = Services.on(kiosk.transactor(), Clock.systemUTC()).privacyPortal();
        CardView card = Services.on(kiosk.transactor(), Clock.systemUTC()).customers().signUp(new CustomerService.SignUp(
                "Olaf", "Portal", "olaf@example.nl", "", "nl"), Map.of(Purpose.RECOGNITION, 6), new byte[] {7},
                Channel.KIOSK, "AMS-KIOSK-1").card();
        PrivacyPortal.Page page = kioskPortal.open(card.qrPayload()).page().orElseThrow();

        assertThat(kioskPortal.requestErasure(page, kioskFolder, "AMS-KIOSK-1")).isTrue();

        assertThat(kioskPortal.erasurePending(card.cardNumber())).isTrue();
        assertThat(kioskPortal.open(card.qrPayload()).refusal()).contains(PrivacyPortal.Refusal.ERASURE_UNDER_WAY);
        assertThat(kioskPortal.open(card.qrPayload()).page()).isEmpty();
        assertThat(kioskPortal.requestErasure(page, kioskFolder, "AMS-KIOSK-1")).as("a second tap asks nothing more")
                .isFalse();
        assertThat(kioskPortal.open("CSCARD:0000000000000001").refusal())
                .contains(PrivacyPortal.Refusal.UNKNOWN_CARD);

        Services.on(DemoDatabase.getAs(AppRole.COUNTER).transactor(), Clock.systemUTC()).erasureRequests().carryOut();

        assertThat(kioskPortal.erasurePending(card.cardNumber())).isFalse();
        assertThat(kioskPortal.open(card.qrPayload()).refusal()).contains(PrivacyPortal.Refusal.UNKNOWN_CARD);
        assertThat(customers.card(card.qrPayload())).as("gone for staff too").isEmpty();
    }

    @Test
    void theKioskPortalShowsTheHoldersOwnLinkedFeedbackOnlyAndNothingOfItAfterErasure(@TempDir Path kioskFolder) {
        Database kiosk = DemoDatabase.getAs(AppRole.KIOSK);
        PrivacyPortal kioskPortal = Services.on(kiosk.transactor(), Clock.systemUTC()).privacyPortal();
        CustomerService atKiosk = Services.on(kiosk.transactor(), Clock.systemUTC()).customers();
        CardView mine = atKiosk.signUp(new CustomerService.SignUp("Pia", "Portal", "", "", "nl"),
                Map.of(Purpose.RECOGNITION, 6), new byte[] {7}, Channel.KIOSK, "AMS-KIOSK-1").card();
        CardView theirs = atKiosk.signUp(new CustomerService.SignUp("Quint", "Portal", "", "", "nl"),
                Map.of(Purpose.RECOGNITION, 6), new byte[] {7}, Channel.KIOSK, "AMS-KIOSK-1").card();
        long product = db.transactor().read(s -> s.createSelectionQuery(
                "select min(l.product.id) from StockLevel l where l.store.code = 'AMS' and l.quantity > 20"
                        + " and l.product.soldByWeight = false and l.product.minimumAge = 0", Long.class)
                .getSingleResult());
        FeedbackService feedback = Services.on(kiosk.transactor(), Clock.systemUTC()).feedback();
        java.util.function.Supplier<Long> sale = () -> ((nl.connectedstore.sales.CheckoutResult.Paid)
                Services.on(kiosk.transactor(), Clock.systemUTC()).checkout().checkout(
                        "AMS-CHECKOUT-1", java.util.List.of(nl.connectedstore.sales.CartLine.of(product, 1)),
                        new nl.connectedstore.sales.SimulatedPaymentTerminal())).receipt().receiptNumber();
        for (Object[] given : new Object[][] {{5, "Pia's own words", mine.cardNumber()},
                {1, "Quint's words", theirs.cardNumber()}, {3, "Nobody's words", null}}) {
            feedback.forSale("AMS-CHECKOUT-1", sale.get(), nl.connectedstore.feedback.FeedbackChannel.SELF_CHECKOUT,
                    new nl.connectedstore.feedback.FeedbackAnswer((Integer) given[0], 8, (String) given[1], "nl",
                            null), (String) given[2]);
        }

        PrivacyPortal.Page page = kioskPortal.open(mine.qrPayload()).page().orElseThrow();

        assertThat(page.data().feedback()).singleElement().satisfies(f -> {
            assertThat(f.comment()).isEqualTo("Pia's own words");
            assertThat(f.rating()).isEqualTo(5);
            assertThat(f.recommend()).isEqualTo(8);
            assertThat(f.channel()).isEqualTo("SELF_CHECKOUT");
        });

        assertThat(kioskPortal.requestErasure(page, kioskFolder, "AMS-KIOSK-1")).isTrue();
        assertThat(kioskPortal.open(mine.qrPayload()).page()).as("asked for: the portal shows nothing of her").isEmpty();
        Services.on(DemoDatabase.getAs(AppRole.COUNTER).transactor(), Clock.systemUTC()).erasureRequests().carryOut();

        assertThat(kioskPortal.open(mine.qrPayload()).page()).isEmpty();
        assertThat(Services.on(db.transactor(), Clock.systemUTC()).feedback()
                .ofCustomer(mine.customerId())).as("linked to nobody, even read with every right").isEmpty();
        long kept = db.transactor().read(s -> ((Number) s.createNativeQuery("select count(*) from feedback_response"
                + " where comment_text = 'Pia''s own words'", Object.class).getSingleResult()).longValue());
        assertThat(kept).as("the answer stays for the figures").isOne();
        assertThat(kioskPortal.open(theirs.qrPayload()).page().orElseThrow().data().feedback())
                .extracting(CustomerExport.Feedback::comment).containsExactly("Quint's words");
    }
}
