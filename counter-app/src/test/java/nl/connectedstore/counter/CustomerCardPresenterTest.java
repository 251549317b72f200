package nl.connectedstore.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.SearchQuery;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.clienteling.CustomerCardService;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.persistence.DemoStaff;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.suggest.ReasonKind;
import nl.connectedstore.testing.Services;
import nl.connectedstore.ui.HeldExecutor;
import nl.connectedstore.ui.StoringCommand;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer card's flow without a screen: opening (logged), consent at the moment of each read, "Taken", and
 * reserving elsewhere, on a real demo chain with the counter's database rights.
 */
class CustomerCardPresenterTest {

    private static ClientelingChain chain;
    private static AccessLog accessLog;
    private StaffSession clerk;

    @BeforeAll
    static void openChain() {
        chain = ClientelingChain.get();
        accessLog = Services.on(chain.owner.transactor(), Clock.systemUTC()).accessLog();
    }

    @BeforeEach
    void signIn() {
        clerk = DemoStaff.signIn(chain.counter, "AMS", "2345");
    }

    private CustomerCardPresenter presenter(TaskExecutor executor) {
        return presenter(executor, Locale.ENGLISH);
    }

    private CustomerCardPresenter presenter(TaskExecutor executor, Locale language) {
        return new CustomerCardPresenter(chain.clienteling, chain.catalog, chain.amsterdam, executor, "AMS-COUNTER-1",
                language);
    }

    private static List<ReasonKind> kinds(CustomerCardPresenter card) {
        return card.offers().stream().map(o -> o.suggestion().reason().kind()).toList();
    }

    @Test
    void openingACardIsLoggedAndWithPersonalAdviceShowsPurchasesAndSuggestionsFromThem() {
        CardView regular = chain.regular(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        CustomerCardPresenter card = presenter(TaskExecutor.direct());

        card.open(regular.customerId(), clerk);

        assertThat(card.statusProperty().get()).isEqualTo(CustomerCardPresenter.Status.OPEN);
        assertThat(card.card().personalAdvice()).isTrue();
        assertThat(card.card().purchases()).isNotEmpty();
        assertThat(accessLog.entriesFor(regular.customerId())).singleElement().satisfies(e -> {
            assertThat(e.staffName()).isEqualTo("Daan Bakker");
            assertThat(e.terminalCode()).isEqualTo("AMS-COUNTER-1");
            assertThat(e.reason()).isEqualTo(CustomerCardService.REASON);
        });
        assertThat(kinds(card)).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .containsOnly(ReasonKind.GOES_WITH_PURCHASES);
        assertThat(card.acceptanceProperty().get()).isNotNull();
    }

    @Test
    void aDutchCounterNamesTheCustomersPurchasesAndSuggestionsInDutch() {
        CardView regular = chain.regular(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        Locale dutch = new Locale("nl", "NL");
        CustomerCardPresenter english = presenter(TaskExecutor.direct());
        CustomerCardPresenter card = presenter(TaskExecutor.direct(), dutch);

        english.open(regular.customerId(), clerk);
        card.open(regular.customerId(), clerk);

        Map<Long, String> inDutch = chain.catalog.cards(chain.amsterdam,
                        card.card().purchases().stream().map(p -> p.productId()).distinct().toList(), dutch).stream()
                .collect(Collectors.toMap(ProductCard::id, ProductCard::name));
        assertThat(card.card().purchases()).isNotEmpty().allSatisfy(p ->
                assertThat(p.productName()).isEqualTo(inDutch.get(p.productId())));
        assertThat(card.card().purchases()).extracting(p -> p.productName())
                .as("the demo chain translates its products: so this could fail")
                .isNotEqualTo(english.card().purchases().stream().map(p -> p.productName()).toList());
        List<Long> offered = card.offers().stream().map(o -> o.suggestion().product().id()).toList();
        assertThat(card.offers()).isNotEmpty().extracting(o -> o.suggestion().product().name())
                .containsExactlyElementsOf(offered.stream().map(id -> chain.catalog.byId(chain.amsterdam, id, dutch)
                        .orElseThrow().name()).toList());
    }

    @Test
    void withoutPersonalAdviceNoPurchasesAndNoSuggestionFromThemUntilTheyAllowIt() {
        CardView regular = chain.regular(Purpose.RECOGNITION);
        CustomerCardPresenter card = presenter(TaskExecutor.direct());

        card.open(regular.customerId(), clerk);

        assertThat(card.card().personalAdvice()).isFalse();
        assertThat(card.card().purchases()).isEmpty();
        assertThat(card.offers()).as("nothing in hand and no history to go on").isEmpty();

        ProductCard wanted = inStockHere("a");
        card.pick(wanted);
        assertThat(kinds(card)).isNotEmpty().doesNotContain(ReasonKind.GOES_WITH_PURCHASES);

        // the same customer, once they allow it: their history brings suggestions (so the above could fail)
        chain.consents.grant(regular.customerId(), ConsentText.current(Purpose.PERSONAL_ADVICE, "en"), 3,
                Channel.KIOSK, "AMS-KIOSK-1", new byte[] {1});
        card.open(regular.customerId(), clerk);
        assertThat(kinds(card)).contains(ReasonKind.GOES_WITH_PURCHASES);
    }

    @Test
    void personalAdviceWithdrawnWhileTheCardIsOpenStopsSuggestionsFromTheirHistory() {
        CardView regular = chain.regular(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        CustomerCardPresenter card = presenter(TaskExecutor.direct());
        card.open(regular.customerId(), clerk);
        assertThat(kinds(card)).isNotEmpty().containsOnly(ReasonKind.GOES_WITH_PURCHASES);

        chain.consents.withdraw(regular.customerId(), Purpose.PERSONAL_ADVICE, Channel.KIOSK, "AMS-KIOSK-1");
        ProductCard wanted = inStockHere("a");
        card.pick(wanted);
        card.drop(wanted);

        assertThat(card.hand()).isEmpty();
        assertThat(card.offers()).as("with nothing in hand, only their history could suggest something").isEmpty();
    }

    @Test
    void recognitionWithdrawnBeforeTheCardOpensShowsGoneAndLogsNothing() {
        CardView regular = chain.regular(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        chain.consents.withdraw(regular.customerId(), Purpose.RECOGNITION, Channel.KIOSK, "AMS-KIOSK-1");
        CustomerCardPresenter card = presenter(TaskExecutor.direct());

        card.open(regular.customerId(), clerk);

        assertThat(card.statusProperty().get()).isEqualTo(CustomerCardPresenter.Status.GONE);
        assertThat(card.card()).isNull();
        assertThat(card.offers()).isEmpty();
        assertThat(accessLog.entriesFor(regular.customerId())).isEmpty();
    }

    @Test
    void aSuggestionTakenCountsOnceHoweverOftenItIsTapped() {
        Instant since = Instant.now().minusSeconds(1);
        long takenBefore = chain.clienteling.suggestions().acceptance(chain.amsterdam.id(), since).accepted();
        CardView regular = chain.regular(Purpose.RECOGNITION, Purpose.PERSONAL_ADVICE);
        CustomerCardPresenter card = presenter(TaskExecutor.direct());
        card.open(regular.customerId(), clerk);
        CustomerCardPresenter.Offer first = card.offers().get(0);

        card.take(first);
        card.take(first);

        assertThat(first.command().state()).isEqualTo(StoringCommand.State.DONE);
        assertThat(chain.clienteling.suggestions().acceptance(chain.amsterdam.id(), since).accepted())
                .isEqualTo(takenBefore + 1);
        assertThat(card.acceptanceProperty().get().accepted()).isGreaterThanOrEqualTo(takenBefore + 1);
        assertThat(card.acceptanceFailedProperty().get()).isFalse();
    }

    @Test
    void reserveTappedTwiceWhileStoringHoldsOneUnitForThisCustomer() {
        long product = chain.soldOutHere(0, 3);
        CardView regular = chain.regular(Purpose.RECOGNITION);
        HeldExecutor executor = new HeldExecutor();
        CustomerCardPresenter card = presenter(executor);
        card.open(regular.customerId(), clerk);
        card.pick(chain.catalog.byId(chain.amsterdam, product).orElseThrow());
        CustomerCardPresenter.Offer elsewhere = card.offers().stream().filter(CustomerCardPresenter.Offer::reserves)
                .findFirst().orElseThrow();
        assertThat(elsewhere.suggestion().product().id()).isEqualTo(product);
        assertThat(elsewhere.suggestion().reason().storeCode()).isEqualTo("WH");

        executor.hold();
        card.reserve(elsewhere);
        card.reserve(elsewhere);
        assertThat(elsewhere.command().readyProperty().get()).as("the button greys while storing").isFalse();
        executor.release();
        card.reserve(elsewhere);

        assertThat(chain.stock(product, "WH")).isEqualTo(2);
        assertThat(chain.clienteling.reservations().heldFor(chain.amsterdam.id()))
                .filteredOn(r -> r.productId() == product).singleElement();
        assertThat(elsewhere.reservedProperty().get().sourceStoreName()).isEqualTo("Central warehouse");
        assertThat(elsewhere.problemProperty().get()).isNull();
    }

    @Test
    void reservingWhatTheOtherLocationNoLongerHasSaysSoAndOffersNoRetry() {
        long product = chain.soldOutHere(1, 1);
        CardView regular = chain.regular(Purpose.RECOGNITION);
        CustomerCardPresenter card = presenter(TaskExecutor.direct());
        card.open(regular.customerId(), clerk);
        card.pick(chain.catalog.byId(chain.amsterdam, product).orElseThrow());
        CustomerCardPresenter.Offer elsewhere = card.offers().stream().filter(CustomerCardPresenter.Offer::reserves)
                .findFirst().orElseThrow();
        chain.soldOutHere(1, 0); // the warehouse's last one went meanwhile

        card.reserve(elsewhere);

        assertThat(elsewhere.reservedProperty().get()).isNull();
        assertThat(elsewhere.problemProperty().get()).isEqualTo("suggest.reserveFailed");
        assertThat(elsewhere.nothingLeftProperty().get()).isTrue();
        assertThat(chain.clienteling.reservations().heldFor(chain.amsterdam.id()))
                .noneMatch(r -> r.productId() == product);
    }

    @Test
    void lookingForFindsProductsAndWhatIsPickedIsNeverSuggestedItself() {
        CardView regular = chain.regular(Purpose.RECOGNITION);
        CustomerCardPresenter card = presenter(TaskExecutor.direct());
        card.open(regular.customerId(), clerk);

        card.search("qqqzzz nothing like it");
        assertThat(card.matches()).isEmpty();
        assertThat(card.pickFirst()).isFalse();

        card.search("a");
        assertThat(card.matches()).isNotEmpty().hasSizeLessThanOrEqualTo(CustomerCardPresenter.MATCHES);
        ProductCard first = card.matches().get(0);
        assertThat(card.pickFirst()).isTrue();

        assertThat(card.matches()).isEmpty();
        assertThat(card.hand()).containsExactly(first);
        assertThat(card.offers()).noneMatch(o -> o.suggestion().product().id() == first.id()
                && !o.reserves());

        card.close();
        assertThat(card.statusProperty().get()).isEqualTo(CustomerCardPresenter.Status.NONE);
        assertThat(card.hand()).isEmpty();
        assertThat(card.offers()).isEmpty();
    }

    /** Something Amsterdam has in stock whose name or brand matches {@code text}. */
    private static ProductCard inStockHere(String text) {
        return chain.catalog.search(chain.amsterdam, new SearchQuery(text, null, 50)).stream()
                .filter(p -> p.stock() == StockStatus.IN_STOCK).findFirst().orElseThrow();
    }
}
