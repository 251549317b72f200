package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.ArrivalView;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.DatabaseUnavailableException;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HandTicker;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.Test;

/** Who arrived, without a screen: consent at every poll, a database that goes away, opening, fading. */
class ArrivalFeedPresenterTest {

    @Test
    void aCheckInShowsOnlyWhileTheCustomerAllowsRecognitionAndOpeningHandsTheArrivalOn() {
        ClientelingChain chain = ClientelingChain.get();
        ArrivalService kiosk = Services.on(chain.owner.transactor(), Clock.systemUTC()).arrivals();
        CardView quiet = signUp(chain, "Quiet", Purpose.PERSONAL_ADVICE);
        CardView withdrew = signUp(chain, "Changed", Purpose.RECOGNITION);
        CardView regular = signUp(chain, "Regular", Purpose.RECOGNITION);
        List<ArrivalView> opened = new ArrayList<>();
        ArrivalFeedPresenter feed = new ArrivalFeedPresenter(chain.clienteling, chain.amsterdam,
                TaskExecutor.direct(), new HandTicker(), opened::add);

        kiosk.checkIn(quiet.qrPayload(), chain.amsterdam.id(), "AMS-KIOSK-1");
        kiosk.checkIn(withdrew.qrPayload(), chain.amsterdam.id(), "AMS-SCO-1");
        kiosk.checkIn(regular.qrPayload(), chain.amsterdam.id(), "AMS-KIOSK-1");
        feed.refresh();

        assertThat(feed.shown()).extracting(ArrivalView::customerId)
                .contains(withdrew.customerId(), regular.customerId()).doesNotContain(quiet.customerId());
        assertThat(feed.shown().get(0).customerId()).as("newest first").isEqualTo(regular.customerId());

        chain.consents.withdraw(withdrew.customerId(), Purpose.RECOGNITION, Channel.KIOSK, "AMS-KIOSK-1");
        feed.refresh();
        assertThat(feed.shown()).extracting(ArrivalView::customerId)
                .contains(regular.customerId()).doesNotContain(withdrew.customerId(), quiet.customerId());

        ArrivalView arrival = feed.shown().get(0);
        feed.open(arrival);
        assertThat(opened).containsExactly(arrival);
    }

    @Test
    void aDatabaseThatGoesAwayKeepsWhatWasShownAndTheFeedRecovers() {
        AtomicBoolean down = new AtomicBoolean();
        Instant now = Instant.parse("2026-11-29T09:00:00Z");
        AtomicReference<List<ArrivalView>> arrivals = new AtomicReference<>(
                List.of(new ArrivalView(7, "Rasmus", now, now, "CPH-KIOSK-1")));
        ArrivalFeedPresenter feed = new ArrivalFeedPresenter(() -> {
            if (down.get()) {
                throw new DatabaseUnavailableException("jdbc:h2:tcp://localhost/connectedstore", "Connection refused",
                        null);
            }
            return arrivals.get();
        }, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(20), Duration.ofHours(1), TaskExecutor.direct(),
                new HandTicker(), arrival -> { });

        feed.refresh();
        assertThat(feed.shown()).extracting(ArrivalView::firstName).containsExactly("Rasmus");
        down.set(true);
        feed.refresh();
        assertThat(feed.unreachableProperty().get()).isTrue();
        assertThat(feed.shown()).as("what was shown stays").extracting(ArrivalView::firstName)
                .containsExactly("Rasmus");

        arrivals.set(List.of(new ArrivalView(8, "Freja", now, now, "CPH-SCO-1")));
        down.set(false);
        feed.refresh();
        assertThat(feed.unreachableProperty().get()).isFalse();
        assertThat(feed.shown()).extracting(ArrivalView::firstName).containsExactly("Freja");
    }

    @Test
    void theSameArrivalsAreRedrawnOnlyToAgeThemAndFadeFromTheLastScan() {
        Instant start = Instant.parse("2026-11-29T09:00:00Z");
        AtomicReference<Instant> time = new AtomicReference<>(start);
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return time.get();
            }
        };
        ArrivalView rasmus = new ArrivalView(7, "Rasmus", start.minusSeconds(300), start, "CPH-KIOSK-1");
        ArrivalFeedPresenter feed = new ArrivalFeedPresenter(() -> List.of(rasmus), clock, Duration.ofMinutes(20),
                Duration.ofHours(1), TaskExecutor.direct(), new HandTicker(), arrival -> { });
        feed.refresh();
        ArrivalFeedPresenter.Shown first = feed.shownProperty().get();

        time.set(start.plusSeconds(5));
        feed.refresh();
        assertThat(feed.shownProperty().get()).as("nothing changed: a button must not vanish under a click")
                .isSameAs(first);

        time.set(start.plus(ArrivalFeedPresenter.AGE_EVERY));
        feed.refresh();
        assertThat(feed.shownProperty().get()).isNotSameAs(first);
        assertThat(feed.shownProperty().get().at()).isEqualTo(start.plus(ArrivalFeedPresenter.AGE_EVERY));

        assertThat(ArrivalFeedPresenter.minutesAgo(rasmus, start)).isEqualTo(5);
        assertThat(feed.opacity(rasmus, start)).isEqualTo(1.0);
        assertThat(feed.opacity(rasmus, start.plus(Duration.ofMinutes(10)))).isCloseTo(0.675,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(feed.opacity(rasmus, start.plus(Duration.ofMinutes(40)))).isEqualTo(0.35);
    }

    private static CardView signUp(ClientelingChain chain, String firstName, Purpose purpose) {
        return chain.customers.signUp(new CustomerService.SignUp(firstName, "Feed", "", "", "en"),
                Map.of(purpose, 3), new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();
    }
}
