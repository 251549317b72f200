package nl.connectedstore.counter;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.connectedstore.clienteling.ArrivalView;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.WhileOnScreen;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Who just came in: one card per consented customer whose loyalty card was scanned in this store, newest
 * first, with their first name and how long ago. Cards fade as they age and leave when the fade time has passed;
 * when the database is out of reach the feed says so and keeps what it showed. Draws
 * {@link ArrivalFeedPresenter}'s state and forwards "Open card" to it.
 */
final class ArrivalFeed extends VBox {

    private final ArrivalFeedPresenter presenter;
    private final WhileOnScreen polling;
    private final Messages messages;
    private final VBox cards = new VBox(8);
    private final Label title = new Label();
    private final Label empty = new Label();

    ArrivalFeed(ArrivalFeedPresenter presenter, Messages messages) {
        this.presenter = presenter;
        this.polling = new WhileOnScreen(this, presenter::start, presenter::stop);
        this.messages = messages;
        setId("arrivalFeed");
        getStyleClass().add("arrival-feed");
        setSpacing(8);
        title.setId("arrivalsTitle");
        title.getStyleClass().add("title-4");
        title.setGraphic(new FontIcon(Material2MZ.STORE));
        Label status = new Label(messages.get("counter.arrivals.reconnecting"));
        status.setId("feedStatus");
        status.getStyleClass().add("feed-status");
        status.setWrapText(true);
        status.visibleProperty().bind(presenter.unreachableProperty());
        status.managedProperty().bind(status.visibleProperty());
        empty.setText(messages.get("counter.arrivals.none"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        cards.setId("arrivals");
        getChildren().addAll(title, status, cards);
        presenter.shownProperty().addListener((obs, was, now) -> show(now));
        show(presenter.shownProperty().get());
    }

    /** Starts polling (the presenter asks the database). */
    /** Polls while on screen (a counter thrown away without signing out stops asking the database). */
    void start() {
        polling.start();
    }

    void stop() {
        polling.stop();
    }

    private void show(ArrivalFeedPresenter.Shown shown) {
        title.setText(messages.get("counter.arrivals.title", shown.arrivals().size()));
        cards.getChildren().clear();
        if (shown.arrivals().isEmpty()) {
            cards.getChildren().add(empty);
        }
        for (ArrivalView arrival : shown.arrivals()) {
            cards.getChildren().add(card(arrival, shown.at()));
        }
    }

    private Node card(ArrivalView arrival, Instant now) {
        Label name = new Label(messages.get("counter.arrivals.greeting", arrival.firstName()));
        name.getStyleClass().add("arrival-name");
        name.setWrapText(true);
        long minutes = ArrivalFeedPresenter.minutesAgo(arrival, now);
        String ago = minutes < 1 ? messages.get("counter.arrivals.justNow")
                : messages.get("counter.arrivals.minutesAgo", minutes);
        Label when = new Label(messages.get("counter.arrivals.since", ago, arrival.terminalCode()));
        when.getStyleClass().add("text-muted");
        when.setWrapText(true);
        Button openCard = new Button(messages.get("counter.arrivals.open"), new FontIcon(Material2MZ.PERSON));
        openCard.setId("open-" + arrival.customerId());
        openCard.getStyleClass().add("accent");
        openCard.setOnAction(e -> presenter.open(arrival));
        VBox card = new VBox(4, name, when, openCard);
        card.setId("arrival-" + arrival.customerId());
        card.getStyleClass().add("arrival-card");
        card.setOpacity(presenter.opacity(arrival, now));
        return card;
    }
}
