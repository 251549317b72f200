package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.CustomerCardService;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FxTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A regular checks in at a kiosk (the kiosk's own service call, against the shared database): their card
 * appears on the counter, the clerk opens it (logged), sees their purchases and suggestions with reasons, and
 * records a suggestion the customer took; and a product sold out here is reserved elsewhere from the stock look-up.
 * The branches (no consent, consent withdrawn, double taps, nothing left) are the presenters' tests
 * ({@link ArrivalFeedPresenterTest}, {@link CustomerCardPresenterTest}, {@link StockLookupPresenterTest}).
 */
@ExtendWith(FxTests.class)
class ArrivalFlowTest {

    private static Database database;
    private static StoreInfo amsterdam;
    private static CustomerService customers;
    private static ConsentService consents;
    private static ArrivalService kiosk;
    private static Clienteling clienteling;

    @BeforeAll
    static void openDemoChain() {
        ClientelingChain chain = ClientelingChain.get(); // shared with the presenter tests: one fill per module
        database = chain.owner;
        CounterStage.clerksRead(database, "en");
        amsterdam = chain.amsterdam;
        customers = chain.customers;
        consents = chain.consents;
        kiosk = Services.on(database.transactor(), Clock.systemUTC()).arrivals();
        clienteling = chain.clienteling;
    }

    @Start
    void start(Stage stage) {
        CounterStage.show(stage, CounterStage.shell(database, amsterdam, clienteling));
    }

    private void signIn(FxRobot robot) {
        CounterStage.signIn(robot, "2345");
    }

    /** An Amsterdam demo customer who bought things there, who now gives these consents (again). */
    private static CardView demoRegular(Purpose... purposes) {
        long id = database.transactor().read(s -> s.createSelectionQuery("select c.id from Customer c where"
                        + " (select count(x) from Sale x where x.customer = c and x.store.code = 'AMS') > 1"
                        + " order by c.id", Long.class).setMaxResults(1).getSingleResult());
        for (Purpose p : purposes) {
            consents.grant(id, ConsentText.current(p, "en"), 3, Channel.KIOSK, "AMS-KIOSK-1", new byte[] {1});
        }
        String number = database.transactor().read(s -> s.createSelectionQuery(
                "select k.cardNumber from LoyaltyCard k where k.customer.id = :c", String.class)
                .setParameter("c", id).setMaxResults(1).getSingleResult());
        return customers.card(number).orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aCheckInAtTheKioskShowsOnTheCounterAndTheClerkOpensItAndRecordsWhatWasTaken(FxRobot robot)
            throws Exception {
        // from before the card is opened (when its suggestions are recorded as shown): on a loaded machine opening
        // it took more than the 5 s this window once started before the tap, and the take was not counted
        Instant before = Instant.now().minusSeconds(1);
        signIn(robot);
        CardView regular = demoRegular(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        String first = database.transactor().read(s -> s.createSelectionQuery(
                "select c.firstName from Customer c where c.id = :c", String.class)
                .setParameter("c", regular.customerId()).getSingleResult());

        kiosk.checkIn(regular.qrPayload(), amsterdam.id(), "AMS-KIOSK-1");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, OnFx.present(robot, "#arrival-" + regular.customerId()));
        WaitForAsyncUtils.waitForFxEvents();
        Pane card = robot.lookup("#arrival-" + regular.customerId()).queryAs(Pane.class);
        assertThat(card.lookupAll(".label")).anyMatch(n -> ((Label) n).getText().equals(first + " is here"));
        assertThat(text(robot, "#arrivalsTitle"))
                .isEqualTo("Arrived (" + robot.lookup(".arrival-card").queryAll().size() + ")");
        AccessLog log = Services.on(database.transactor(), Clock.systemUTC()).accessLog();
        assertThat(log.entriesFor(regular.customerId())).as("seeing the first name in the feed is not opening")
                .isEmpty();

        robot.clickOn("#open-" + regular.customerId());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#customerName")).startsWith(first + " ");
        assertThat(log.entriesFor(regular.customerId())).singleElement().satisfies(e -> {
            assertThat(e.staffName()).isEqualTo("Daan Bakker");
            assertThat(e.reason()).isEqualTo(CustomerCardService.REASON);
        });
        assertThat(robot.lookup("#purchases .purchase-line").queryAll()).isNotEmpty();
        List<Label> reasons = robot.lookup("#suggestions .suggestion-reason").queryAllAs(Label.class).stream()
                .toList();
        assertThat(reasons).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allSatisfy(r -> assertThat(r.getText()).startsWith("Goes with the "));

        // the chain is shared with the presenter tests: count from what was taken before this tap
        long takenBefore = clienteling.suggestions().acceptance(amsterdam.id(), before).accepted();
        robot.clickOn("#take-0");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#take-0").queryButton().getText()).isEqualTo("Taken \u2713");
        assertThat(clienteling.suggestions().acceptance(amsterdam.id(), before).accepted())
                .isEqualTo(takenBefore + 1);
        long takenThisWeek = clienteling.suggestions().acceptance(amsterdam.id(),
                Instant.now().minus(java.time.Duration.ofDays(7))).accepted();
        assertThat(takenThisWeek).isPositive();
        assertThat(text(robot, "#acceptance"))
                .startsWith("Suggestions taken in the last 7 days: " + takenThisWeek + " of ");

        // what they are looking for: upsell for it joins the list, never the item itself
        robot.clickOn("#lookingFor").write("a");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, OnFx.test(() ->
                !robot.lookup("#lookingMatches").queryListView().getItems().isEmpty()));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inHand .hand-chip").queryAll()).hasSize(1);
    }

    @Test
    void aProductSoldOutHereShowsStandInsAndIsReservedAtTheWarehouseForPickUpHere(FxRobot robot) {
        String[] product = database.transactor().write(s -> {
            Object[] row = s.createSelectionQuery("select p.id, p.gtin from Product p where exists (select 1 from"
                    + " StockLevel a where a.product = p and a.store.code = 'AMS') and exists (select 1 from StockLevel w"
                    + " where w.product = p and w.store.code = 'WH') and p.soldByWeight = false order by p.id",
                    Object[].class).setMaxResults(1).getSingleResult();
            s.createMutationQuery("update StockLevel l set l.quantity = case when l.store.code = 'AMS' then 0"
                    + " else 5 end where l.product.id = :p and l.store.code in ('AMS', 'WH')")
                    .setParameter("p", row[0]).executeUpdate();
            return new String[] {String.valueOf(row[0]), (String) row[1]};
        });
        signIn(robot);
        robot.clickOn("#stockTab");
        robot.clickOn("#lookupSearch").write(product[1]);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#alternatives .alternative-row").queryAll()).isNotEmpty()
                .allSatisfy(row -> assertThat(((javafx.scene.Parent) row).getChildrenUnmodifiable())
                        .anyMatch(n -> n instanceof Label l && l.getText().startsWith("Like ")));

        robot.clickOn("#reserve-WH");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#reserveResult")).startsWith("Reserved: Central warehouse holds one until");
        int left = database.transactor().read(s -> s.createSelectionQuery("select l.quantity from StockLevel l"
                        + " where l.product.id = :p and l.store.code = 'WH'", Integer.class)
                .setParameter("p", Long.parseLong(product[0])).getSingleResult());
        assertThat(left).isEqualTo(4);
        assertThat(clienteling.reservations().heldFor(amsterdam.id()))
                .anyMatch(r -> r.productId() == Long.parseLong(product[0]));
    }
}
