package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How this kiosk is set up: {@code --store=AMS}, {@code --idle-seconds=90}, {@code --fullscreen},
 * {@code --screenshot=file.png} (save the first screen and quit; used by scripts/screenshots.sh).
 */
public record KioskOptions(String storeCode, Duration idleTimeout, boolean fullScreen, Path screenshot,
                           String screenshotLanguage) {

    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(90);

    public static KioskOptions from(Map<String, String> named, Map<String, String> env) {
        String store = named.getOrDefault("store", env.getOrDefault("CONNECTEDSTORE_STORE", "AMS")).strip();
        String idle = named.getOrDefault("idle-seconds", env.get("CONNECTEDSTORE_IDLE_SECONDS"));
        Duration idleTimeout = DEFAULT_IDLE;
        if (idle != null) {
            try {
                long seconds = Long.parseLong(idle.strip());
                if (seconds < 5) {
                    throw new IllegalArgumentException("idle-seconds must be at least 5, was " + seconds);
                }
                idleTimeout = Duration.ofSeconds(seconds);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("idle-seconds must be a whole number of seconds, was '" + idle + "'");
            }
        }
        String shot = named.get("screenshot");
        return new KioskOptions(store, idleTimeout, named.containsKey("fullscreen"),
                shot == null ? null : Path.of(shot), named.get("screenshot-language"));
    }
}
