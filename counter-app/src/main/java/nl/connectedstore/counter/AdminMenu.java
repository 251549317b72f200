package nl.connectedstore.counter;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import nl.connectedstore.store.PinGuard;
import nl.connectedstore.ui.Messages;

/**
 * The admin menu under the counter's card desk ({@link AdminPresenter}): the retention clean-up and "Unlock PIN entry
 * at ..." for a manager; greyed for a clerk, with a note that it is for managers. What a run did is said beside it.
 */
final class AdminMenu extends HBox {

    private final AdminPresenter presenter;
    private final Messages messages;
    private final MenuItem cleanUp;
    private final MenuButton admin;

    AdminMenu(AdminPresenter presenter, Messages messages) {
        super(12);
        this.presenter = presenter;
        this.messages = messages;
        Label status = new Label();
        status.setId("adminStatus");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> presenter.statusProperty().get() == null
                ? "" : presenter.statusProperty().get().in(messages), presenter.statusProperty()));
        cleanUp = new MenuItem(messages.get("counter.admin.retention"));
        cleanUp.setId("runRetention");
        cleanUp.setDisable(!presenter.forManagers());
        cleanUp.setOnAction(e -> presenter.runRetention());
        admin = new MenuButton(messages.get("counter.admin"), null, cleanUp);
        admin.setId("adminMenu");
        if (presenter.forManagers()) {
            admin.setOnShowing(e -> presenter.readLocked());
            presenter.lockedElsewhere().addListener((ListChangeListener<PinGuard.LockedTerminal>) c -> offerUnlocks());
            presenter.lockedReadProperty().addListener((o, was, now) -> offerUnlocks());
        }
        Label managersOnly = new Label(presenter.forManagers() ? "" : messages.get("counter.admin.managersOnly"));
        managersOnly.getStyleClass().add("text-muted");
        getChildren().addAll(admin, managersOnly, status);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The clean-up, then one "Unlock PIN entry at ..." per locked counter, or a greyed "none locked". */
    private void offerUnlocks() {
        List<MenuItem> items = new ArrayList<>();
        items.add(cleanUp);
        for (PinGuard.LockedTerminal terminal : presenter.lockedElsewhere()) {
            MenuItem unlock = new MenuItem(messages.get("counter.admin.unlock", terminal.name()));
            unlock.setId("unlock-" + terminal.code());
            unlock.setOnAction(e -> presenter.unlock(terminal));
            items.add(unlock);
        }
        if (items.size() == 1) {
            MenuItem none = new MenuItem(messages.get("counter.admin.unlock.none"));
            none.setId("unlockNone");
            none.setDisable(true);
            items.add(none);
        }
        admin.getItems().setAll(items);
    }
}
