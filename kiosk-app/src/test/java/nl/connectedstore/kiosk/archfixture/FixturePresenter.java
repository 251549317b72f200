package nl.connectedstore.kiosk.archfixture;

import javafx.scene.control.Label;
import nl.connectedstore.store.StoreService;

/**
 * A deliberate violation for AppLayerRulesFailTest: a presenter holding a node. (It may call a service: that is a
 * presenter's job.)
 */
public class FixturePresenter {

    final Label title = new Label();

    public FixturePresenter(StoreService stores) {
        stores.stores();
    }
}
