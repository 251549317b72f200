package nl.connectedstore.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.persistence.Settings;

/**
 * How this kiosk is set up: {@code --store=AMS}, {@code --mode=shop|checkout|both}, {@code --terminal=CODE},
 * {@code --camera=auto|none|replay:<folder>},
 * {@code --printer=NAME|escpos:tcp://HOST:9100|escpos:/dev/usb/lp0} (see {@code ReceiptPrinter}),
 * {@code --printer-logo=FILE} (a thermal printer's header), {@code --idle-seconds=90},
 * {@code --fullscreen} (idle-seconds 5 to 900), {@code --screenshot=PREFIX} (save the main screens and quit; scripts/screenshots.sh),
 * {@code --export-dir=FOLDER} (where "Save my data" writes a customer's export: the kiosk's USB stick, say),
 * {@code --order-hold-hours=48} (how long an unpaid webshop order holds its items before they go back).
 */
public record KioskOptions(String storeCode, KioskMode mode, String terminalCode, String camera, String printer,
                           String printerLogo, Duration idleTimeout, boolean fullScreen, Path screenshot,
                           String screenshotLanguage,
                           Path exportDir, Duration orderHold) {

    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(90);
    /** Back to the welcome screen after 5 seconds at the soonest and 15 minutes at the latest: the next customer
     *  must not find the last one's basket or card. */
    static final long MIN_IDLE_SECONDS = 5;
    static final long MAX_IDLE_SECONDS = 900;

    /** The settings a terminal's settings file may hold for this app, besides the database's and the store's. */
    public static final Set<String> FILE_SETTINGS = Set.of("mode", "camera", "printer", "printer-logo", "idle-seconds",
            "fullscreen", "exit-pin", "export-dir", "order-hold-hours");

    public static KioskOptions from(Map<String, String> named, Map<String, String> env) {
        String store = named.getOrDefault("store", env.getOrDefault("CONNECTEDSTORE_STORE", "AMS")).strip()
                .toUpperCase(Locale.ROOT);
        String idle = named.getOrDefault("idle-seconds", env.get("CONNECTEDSTORE_IDLE_SECONDS"));
        Duration idleTimeout = idle == null ? DEFAULT_IDLE
                : Duration.ofSeconds(Settings.wholeNumber("idle-seconds", idle, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS,
                        "seconds"));
        KioskMode mode = KioskMode.parse(named.getOrDefault("mode", env.getOrDefault("CONNECTEDSTORE_MODE", "both")));
        String terminal = named.getOrDefault("terminal", env.getOrDefault("CONNECTEDSTORE_TERMINAL",
                store + (mode.checksOut() ? "-CHECKOUT-1" : "-KIOSK-1"))).strip().toUpperCase(Locale.ROOT);
        String camera = named.getOrDefault("camera", env.getOrDefault("CONNECTEDSTORE_CAMERA", "auto")).strip();
        if (camera.startsWith("replay:")) {
            Path folder = Path.of(camera.substring("replay:".length()));
            if (!Files.isDirectory(folder)) {
                throw new BadSettingException("camera", "camera=replay: the folder " + folder.toAbsolutePath()
                        + " does not exist");
            }
        } else if (!camera.equals("auto") && !camera.equals("none")) {
            throw new BadSettingException("camera", "camera must be auto, none or replay:<folder>, not '"
                    + Settings.quoted(camera) + "'");
        }
        String printer = named.getOrDefault("printer", env.get("CONNECTEDSTORE_PRINTER"));
        String shot = named.get("screenshot");
        String exports = named.getOrDefault("export-dir", env.get("CONNECTEDSTORE_EXPORT_DIR"));
        Path exportDir = exports == null || exports.isBlank()
                ? Path.of(System.getProperty("user.home"), "ConnectedStore", "exports") : Path.of(exports.strip());
        String holdHours = named.getOrDefault("order-hold-hours", env.get("CONNECTEDSTORE_ORDER_HOLD_HOURS"));
        Duration orderHold = holdHours == null ? OrderService.DEFAULT_HOLD
                : Duration.ofHours(Settings.wholeNumber("order-hold-hours", holdHours, 1, 24 * 14, "hours"));
        String printerLogo = named.getOrDefault("printer-logo", env.get("CONNECTEDSTORE_PRINTER_LOGO"));
        return new KioskOptions(store, mode, terminal, camera, printer, printerLogo, idleTimeout,
                named.containsKey("fullscreen")
                && !named.get("fullscreen").strip().equalsIgnoreCase("false"),
                shot == null ? null : Path.of(shot), named.get("screenshot-language"), exportDir, orderHold);
    }
}
