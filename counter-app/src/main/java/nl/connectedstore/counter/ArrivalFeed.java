package nl.connectedstore.counter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.connectedstore.clienteling.ArrivalView;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.DatabasePoll;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Who just came in: one card per consented customer whose loyalty card was scanned in this store, newest
 * first, with their first name and how long ago. Polls the database (one indexed query, a few times a
 * second); consent is checked by that query at every poll, so a withdrawal removes the card. Cards fade as
 * they age and leave when the fade time has passed. When the database is out of reach the feed says so,
 * keeps what it showed and recovers by itself.
 */
final class ArrivalFeed extends VBox {

    private final Clienteling clienteling;
    private final StoreInfo store;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Consumer<ArrivalView> open;
    private final VBox cards = new VBox(8);
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label empty = new Label();
    private final DatabasePoll<List<ArrivalView>> poll;
    private List<ArrivalView> shown = List.of();
    private boolean unreachable;
    private Instant drawnAt;

    /** Where the feed reads from: the database, through {@link nl.connectedstore.clienteling.ArrivalService}. */
    @FunctionalInterface
    interface Source {
        List<ArrivalView> recent();
    }

    private final Source source;

    ArrivalFeed(Clienteling clienteling, StoreInfo store, Messages messages, TaskExecutor executor,
                Consumer<ArrivalView> open) {
        this(clienteling, () -> clienteling.arrivals().recent(store.id(), clienteling.fade()), store, messages,
                executor, open);
    }

    /** @param source what to show (tests hand in a database that goes away) */
    ArrivalFeed(Clienteling clienteling, Source source, StoreInfo store, Messages messages, TaskExecutor executor,
                Consumer<ArrivalView> open) {
        this.source = source;
        this.clienteling = clienteling;
        this.store = store;
        this.messages = messages;
        this.executor = executor;
        this.open = open;
        setId("arrivalFeed");
        getStyleClass().add("arrival-feed");
        setSpacing(8);
        title.setId("arrivalsTitle");
        title.getStyleClass().add("title-4");
        title.setGraphic(new FontIcon(Material2MZ.STORE));
        status.setId("feedStatus");
        status.setText(messages.get("counter.arrivals.reconnecting"));
        status.getStyleClass().add("feed-status");
        status.setWrapText(true);
        status.setVisible(false);
        status.managedProperty().bind(status.visibleProperty());
        empty.setText(messages.get("counter.arrivals.none"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        cards.setId("arrivals");
        getChildren().addAll(title, status, cards);
        poll = new DatabasePoll<>("the arrivals", clienteling.pollEvery(), executor, source::recent, this::answered, this::failed);
        show(List.of());
    }

    void start() {
        poll.start();
    }

    void stop() {
        poll.stop();
    }

    /** Asks the database now (the poll does this every {@code pollEvery}). */
    void refresh() {
        poll.now();
    }

    private void answered(List<ArrivalView> recent) {
        unreachable = false;
        status.setVisible(false);
        show(recent);
    }

    private void failed(Throwable e) {
        unreachable = true;
        status.setVisible(true);
    }

    /** The customers on screen now. */
    List<ArrivalView> shown() {
        return shown;
    }

    private void show(List<ArrivalView> recent) {
        Instant now = clienteling.clock().instant();
        // rebuilt only when someone came or went, or to age the cards: a button must not vanish under a click
        if (recent.equals(shown) && drawnAt != null && Duration.between(drawnAt, now).getSeconds() < 15) {
            return;
        }
        drawnAt = now;
        shown = recent;
        title.setText(messages.get("counter.arrivals.title", recent.size()));
        cards.getChildren().clear();
        if (recent.isEmpty()) {
            cards.getChildren().add(empty);
        }
        for (ArrivalView arrival : recent) {
            cards.getChildren().add(card(arrival, now));
        }
    }

    private Node card(ArrivalView arrival, Instant now) {
        Label name = new Label(messages.get("counter.arrivals.greeting", arrival.firstName()));
        name.getStyleClass().add("arrival-name");
        name.setWrapText(true);
        long minutes = Duration.between(arrival.arrivedAt(), now).toMinutes();
        String ago = minutes < 1 ? messages.get("counter.arrivals.justNow")
                : messages.get("counter.arrivals.minutesAgo", minutes);
        Label when = new Label(messages.get("counter.arrivals.since", ago, arrival.terminalCode()));
        when.getStyleClass().add("text-muted");
        when.setWrapText(true);
        Button openCard = new Button(messages.get("counter.arrivals.open"), new FontIcon(Material2MZ.PERSON));
        openCard.setId("open-" + arrival.customerId());
        openCard.getStyleClass().add("accent");
        openCard.setOnAction(e -> open.accept(arrival));
        VBox card = new VBox(4, name, when, openCard);
        card.setId("arrival-" + arrival.customerId());
        card.getStyleClass().add("arrival-card");
        // fades from the last scan: full at first, a third at the end of the fade time
        double age = (double) Duration.between(arrival.lastSeenAt(), now).toMillis() / clienteling.fade().toMillis();
        card.setOpacity(Math.max(0.35, 1 - 0.65 * Math.min(1, Math.max(0, age))));
        return card;
    }
}
