package nl.connectedstore.counter;

import java.util.Arrays;
import java.util.List;
import nl.connectedstore.ui.Messages;

/**
 * Something a presenter tells staff, as a message key and its arguments: the view translates it with
 * {@link Messages}, so no English built in a presenter or in shared-model reaches a screen.
 */
record Said(String key, List<Object> args) {

    static Said of(String key, Object... args) {
        return new Said(key, Arrays.asList(args));
    }

    /** In the reader's language; an argument that is itself a {@link Said} (a status, say) is translated too. */
    String in(Messages messages) {
        return messages.get(key, args.stream().map(a -> a instanceof Said said ? said.in(messages) : a).toArray());
    }
}
