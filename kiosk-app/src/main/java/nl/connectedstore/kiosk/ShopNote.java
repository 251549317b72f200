package nl.connectedstore.kiosk;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.connectedstore.money.Money;
import nl.connectedstore.ui.Messages;

/**
 * A text a presenter of the webshop gives its view: a message key and its arguments, translated by the view
 * ({@link Money} arguments in the customer's format). No English is built before the screen.
 */
record ShopNote(String key, List<Object> args) {

    static ShopNote of(String key, Object... args) {
        return new ShopNote(key, Collections.unmodifiableList(Arrays.asList(args)));
    }

    /** The text in the customer's language; "" for no note. */
    static String text(Messages messages, ShopNote note) {
        if (note == null) {
            return "";
        }
        Object[] args = note.args().stream().map(a -> a instanceof Money m ? messages.money(m) : a).toArray();
        return messages.get(note.key(), args);
    }
}
