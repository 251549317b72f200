package nl.connectedstore.counter;

import java.nio.file.Path;
import java.util.Map;

/**
 * How this counter is set up: {@code --store=AMS}, {@code --terminal=AMS-COUNTER-1} (how the staff access log
 * names this machine), {@code --screenshot=prefix} (for scripts/screenshots.sh).
 */
public record CounterOptions(String storeCode, String terminalCode, Path screenshot) {

    public static CounterOptions from(Map<String, String> named, Map<String, String> env) {
        String store = named.getOrDefault("store", env.getOrDefault("CONNECTEDSTORE_STORE", "AMS")).strip();
        if (store.isEmpty()) {
            throw new IllegalArgumentException("store must name a store code such as AMS");
        }
        String shot = named.get("screenshot");
        String terminal = named.getOrDefault("terminal", env.getOrDefault("CONNECTEDSTORE_TERMINAL",
                store + "-COUNTER-1")).strip().toUpperCase(java.util.Locale.ROOT);
        return new CounterOptions(store, terminal, shot == null ? null : Path.of(shot));
    }
}
