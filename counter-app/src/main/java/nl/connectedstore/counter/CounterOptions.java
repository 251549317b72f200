package nl.connectedstore.counter;

import java.nio.file.Path;
import java.util.Map;

/** How this counter is set up: {@code --store=AMS}, {@code --screenshot=prefix} (for scripts/screenshots.sh). */
public record CounterOptions(String storeCode, Path screenshot) {

    public static CounterOptions from(Map<String, String> named, Map<String, String> env) {
        String store = named.getOrDefault("store", env.getOrDefault("CONNECTEDSTORE_STORE", "AMS")).strip();
        if (store.isEmpty()) {
            throw new IllegalArgumentException("store must name a store code such as AMS");
        }
        String shot = named.get("screenshot");
        return new CounterOptions(store, shot == null ? null : Path.of(shot));
    }
}
