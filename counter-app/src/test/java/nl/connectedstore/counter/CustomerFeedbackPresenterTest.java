package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.connectedstore.feedback.FeedbackAnswer;
import nl.connectedstore.feedback.FeedbackChannel;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.orders.OrderView;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.FeedbackPresenter;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.Test;

/**
 * The counter's "how was it today?" after a hand-over, without a toolkit, with the counter's database login: the
 * prompt opens in the order's language with today's staff to choose from, stores the answer for that order at this
 * store, and says at once when the customer already answered at the kiosk.
 *
 * <p>Names Sanne (the manager) as the helper, never Daan: the morning panel's test expects Daan named by nobody.
 */
class CustomerFeedbackPresenterTest {

    private static final Database counter = PresenterDatabase.counter();
    private static final StoreService stores = Services.on(counter.transactor()).stores();
    private static final StoreInfo amsterdam = stores.store("AMS").orElseThrow();
    private static final FeedbackService answers = Services.on(counter.transactor(), Clock.systemUTC()).feedback();

    static CounterFeedback kit() {
        ZoneId zone = ZoneId.systemDefault();
        FeedbackComments comments = Services.on(counter.transactor(), Clock.systemDefaultZone()).feedbackComments(zone, Themes.builtIn());
        return new CounterFeedback(new FeedbackDashboard(new FeedbackFigures(counter.transactor(),
                Clock.systemDefaultZone(), zone), comments, stores.stores()), comments, Path.of("unused"), answers,
                stores);
    }

    /** A web order placed at the kiosk in {@code language}, paid there, prepared and handed over by {@code clerk}. */
    static OrderView handedOver(Locale language, StaffSession clerk) {
        return HandedOverOrders.handedOver(PresenterDatabase.owner(), language, clerk);
    }

    private static CustomerFeedbackPresenter asking(TaskExecutor executor) {
        return new CustomerFeedbackPresenter(kit(), amsterdam, "AMS-COUNTER-1", "en", executor);
    }

    private static Object[] stored(OrderView order) {
        return counter.transactor().read(s -> s.createNativeQuery("select f.channel, f.rating, f.staff_id,"
                        + " f.language, f.store_id, f.terminal_code from feedback_response f"
                        + " join customer_order o on o.id = f.order_id where o.code = :code", Object[].class)
                .setParameter("code", order.code()).uniqueResultOptional().orElse(null));
    }

    @Test
    void afterAHandOverTheCustomerAnswersInTheirLanguageAndNamesWhoHelpedThem() {
        StaffSession sanne = DemoStaff.signIn(counter, "AMS", "1234");
        OrderView order = handedOver(new Locale("da", "DK"), sanne);
        CustomerFeedbackPresenter asking = asking(TaskExecutor.direct());

        asking.ask(order);

        FeedbackPresenter prompt = asking.promptProperty().get();
        assertThat(prompt.language().get()).as("the order's language, not the counter's").isEqualTo("da");
        assertThat(prompt.state().get()).isEqualTo(FeedbackPresenter.State.ASKING);
        StaffName her = prompt.helpers().stream().filter(h -> h.staffId() == sanne.staffId()).findFirst()
                .orElseThrow();
        assertThat(her.firstName()).isEqualTo("Sanne");
        assertThat(prompt.helpers()).extracting(StaffName::firstName).isSubsetOf("Sanne", "Daan");
        prompt.rate(4);
        prompt.helpedBy(her);
        prompt.send();

        assertThat(prompt.state().get()).isEqualTo(FeedbackPresenter.State.THANKED);
        Object[] row = stored(order);
        assertThat(row[0]).isEqualTo(FeedbackChannel.COUNTER.name());
        assertThat(((Number) row[1]).intValue()).isEqualTo(4);
        assertThat(((Number) row[2]).longValue()).isEqualTo(sanne.staffId());
        assertThat(row[3]).isEqualTo("da");
        assertThat(((Number) row[4]).longValue()).isEqualTo(amsterdam.id());
        assertThat(row[5]).isEqualTo("AMS-COUNTER-1");
        asking.close();
        assertThat(asking.promptProperty().get()).isNull();
    }

    @Test
    void aCustomerWhoAnsweredAtTheKioskIsToldSoAtOnceAndNothingMoreIsStored() {
        StaffSession sanne = DemoStaff.signIn(counter, "AMS", "1234");
        OrderView order = handedOver(Locale.ENGLISH, sanne);
        Services.on(PresenterDatabase.kiosk().transactor(), Clock.systemUTC()).feedback().forOrder(order.code(),
                "AMS-KIOSK-1", FeedbackChannel.WEB_ORDER, new FeedbackAnswer(5, null, null, "en", null), null);
        CustomerFeedbackPresenter asking = asking(TaskExecutor.direct());

        asking.ask(order);
        FeedbackPresenter prompt = asking.promptProperty().get();
        prompt.rate(1);
        prompt.send();

        assertThat(prompt.state().get()).isEqualTo(FeedbackPresenter.State.REFUSED);
        assertThat(prompt.outcomeKey().get()).isEqualTo("feedback.refused.alreadyGiven");
        assertThat(stored(order)[0]).isEqualTo(FeedbackChannel.WEB_ORDER.name());
        assertThat(((Number) stored(order)[1]).intValue()).isEqualTo(5);
    }

    @Test
    void onlyAHandedOverOrderIsAskedAboutAndADoubleTapOpensOnePrompt() {
        StaffSession sanne = DemoStaff.signIn(counter, "AMS", "1234");
        OrderView order = handedOver(Locale.ENGLISH, sanne);
        OrderView notYet = Services.on(counter.transactor(), Clock.systemUTC()).orders(OrderService.DEFAULT_HOLD)
                .find(order.code()).map(o -> new OrderView(o.id(), o.code(), nl.connectedstore.orders.OrderStatus.READY,
                        o.fulfilment(), o.placedAtStoreName(), o.pickupStoreCode(), o.pickupStoreName(), o.address(),
                        o.paymentChoice(), o.paid(), o.total(), o.placedAt(), o.holdUntil(), o.readyInDays(),
                        o.notice(), o.lines(), o.events(), o.minimumAge(), o.ageChecked())).orElseThrow();
        HeldExecutor busy = new HeldExecutor();
        CustomerFeedbackPresenter asking = asking(busy);

        asking.ask(notYet);
        assertThat(asking.promptProperty().get()).as("not handed over yet").isNull();

        java.util.List<FeedbackPresenter> shown = new java.util.ArrayList<>();
        asking.promptProperty().addListener((obs, was, now) -> {
            if (now != null) {
                shown.add(now);
            }
        });
        busy.hold();
        asking.ask(order);
        asking.ask(order);
        busy.release();
        asking.ask(order); // while it is up

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).language().get()).isEqualTo("en");
    }
}
