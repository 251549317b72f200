package nl.connectedstore.kiosk.archfixture;

import javafx.scene.control.Label;
import nl.connectedstore.store.StoreInfo;

/** A view as it should be, for AppLayerRulesFailTest: nodes and a record, no service. */
public class CleanScreen extends Label {

    public CleanScreen(StoreInfo store) {
        setText(store.name());
    }
}
