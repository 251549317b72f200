package nl.connectedstore.kiosk.archfixture;

import javafx.scene.layout.Pane;
import nl.connectedstore.store.StoreService;

/** A deliberate violation for AppLayerRulesFailTest: a view that calls a service itself. */
public class ScreenCallingAService extends Pane {

    public ScreenCallingAService(StoreService stores) {
        stores.stores();
    }
}
