package nl.connectedstore.kiosk;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.connectedstore.scan.CameraScanner;

/** The camera once it is known: opening one takes seconds, so screens listen for it rather than wait. */
final class CameraHolder {

    /** What the status icon shows. */
    enum State { STARTING, READY, NONE }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.STARTING);
    private CameraScanner scanner;

    ObjectProperty<State> stateProperty() {
        return state;
    }

    CameraScanner scanner() {
        return scanner;
    }

    /** Called on the FX thread when the camera has been opened (or found missing). */
    void opened(CameraScanner opened) {
        this.scanner = opened;
        state.set(opened != null && opened.available() ? State.READY : State.NONE);
    }

    static CameraHolder none() {
        CameraHolder holder = new CameraHolder();
        holder.opened(null);
        return holder;
    }
}
