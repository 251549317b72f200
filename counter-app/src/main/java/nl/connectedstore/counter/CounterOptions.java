package nl.connectedstore.counter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.persistence.Settings;

/**
 * How this counter is set up: {@code --store=AMS}, {@code --terminal=AMS-COUNTER-1} (how the staff access log
 * names this machine), {@code --arrival-fade=20} (minutes an arrival stays in the feed after the last scan),
 * {@code --door-camera=none|auto|replay:<folder>} (a camera at the door that reads loyalty cards),
 * {@code --screenshot=prefix} (for scripts/screenshots.sh).
 */
public record CounterOptions(String storeCode, String terminalCode, Duration arrivalFade, String doorCamera,
                             Path screenshot) {

    /** The settings a terminal's settings file may hold for this app, besides the database's and the store's. */
    public static final Set<String> FILE_SETTINGS = Set.of("arrival-fade", "door-camera");

    public static CounterOptions from(Map<String, String> named, Map<String, String> env) {
        String store = named.getOrDefault("store", env.getOrDefault("CONNECTEDSTORE_STORE", "AMS")).strip();
        if (store.isEmpty()) {
            throw new BadSettingException("store", "store must name a store code such as AMS");
        }
        String shot = named.get("screenshot");
        String terminal = named.getOrDefault("terminal", env.getOrDefault("CONNECTEDSTORE_TERMINAL",
                store + "-COUNTER-1")).strip().toUpperCase(Locale.ROOT);
        String fadeText = named.getOrDefault("arrival-fade", "20").strip();
        long fadeMinutes = Settings.wholeNumber("arrival-fade", fadeText, 1, 240, "minutes");
        String door = named.getOrDefault("door-camera", "none").strip();
        return new CounterOptions(store, terminal, Duration.ofMinutes(fadeMinutes), door,
                shot == null ? null : Path.of(shot));
    }
}
