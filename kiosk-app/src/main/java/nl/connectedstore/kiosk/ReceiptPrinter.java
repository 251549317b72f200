package nl.connectedstore.kiosk;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.persistence.Settings;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a receipt on the printer the terminal is set up with ({@code printer=...}), if any:
 * <ul>
 *   <li>{@code escpos:tcp://HOST[:PORT]}: a thermal receipt printer on the network (port 9100 by default);</li>
 *   <li>{@code escpos:/dev/usb/lp0} (USB) or {@code escpos:/dev/ttyUSB0} (serial, its speed set with
 *       {@code stty}): a thermal receipt printer on this computer, written as a device file;</li>
 *   <li>any other text: an ordinary printer of this computer by its name, through the desktop's print system.</li>
 * </ul>
 * A thermal printer takes ESC/POS commands ({@link ThermalReceipt}), with {@code ?columns=32} for 58 mm paper
 * (48 by default, 80 mm) and the store's logo from {@code printer-logo=FILE}. It is written off the FX thread: a
 * printer that is switched off takes up to {@value #TIMEOUT_MILLIS} ms to say so.
 */
final class ReceiptPrinter {

    private static final Logger log = LoggerFactory.getLogger(ReceiptPrinter.class);
    static final int TIMEOUT_MILLIS = 3_000;
    private static final int DEFAULT_PORT = 9100;

    private final String systemPrinter;
    private final Thermal thermal;
    private final TaskExecutor background;

    /** A thermal printer: where its bytes go, and its paper's width in characters. */
    private record Thermal(String host, int port, Path device, int columns, BufferedImage logo) {
    }

    private ReceiptPrinter(String systemPrinter, Thermal thermal, TaskExecutor background) {
        this.systemPrinter = systemPrinter;
        this.thermal = thermal;
        this.background = background;
    }

    static ReceiptPrinter none() {
        return new ReceiptPrinter(null, null, TaskExecutor.direct());
    }

    /**
     * The printer of the {@code printer} setting (null or blank: none).
     *
     * @param logo       the {@code printer-logo} setting: a PNG or JPEG for a thermal printer's header, or null
     * @param background where a thermal printer's bytes are written (never the FX thread)
     * @throws BadSettingException naming {@code printer} or {@code printer-logo} when it cannot be used
     */
    static ReceiptPrinter of(String setting, String logo, TaskExecutor background) {
        if (setting == null || setting.isBlank()) {
            return none();
        }
        String spec = setting.strip();
        if (!spec.startsWith("escpos:")) {
            return new ReceiptPrinter(spec, null, background);
        }
        return new ReceiptPrinter(null, thermal(spec.substring("escpos:".length()), logo), background);
    }

    private static Thermal thermal(String target, String logoFile) {
        int columns = 48;
        int query = target.indexOf('?');
        if (query >= 0) {
            String option = target.substring(query + 1);
            if (!option.startsWith("columns=")) {
                throw new BadSettingException("printer", "printer: the only option of an escpos printer is"
                        + " ?columns=N, not '" + Settings.quoted(option) + "'");
            }
            columns = (int) Settings.wholeNumber("printer", option.substring("columns=".length()), 24, 64,
                    "characters per line: 48 on 80 mm paper, 32 on 58 mm");
            target = target.substring(0, query);
        }
        BufferedImage logo = logoFile == null || logoFile.isBlank() ? null : logo(Path.of(logoFile.strip()));
        if (target.startsWith("tcp://")) {
            URI uri;
            try {
                uri = URI.create(target);
            } catch (IllegalArgumentException e) {
                throw new BadSettingException("printer", "printer: '" + Settings.quoted(target)
                        + "' is not an address (escpos:tcp://192.168.1.50:9100)", e);
            }
            if (uri.getHost() == null) {
                throw new BadSettingException("printer", "printer: '" + Settings.quoted(target)
                        + "' names no host (escpos:tcp://192.168.1.50:9100)");
            }
            return new Thermal(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), null, columns, logo);
        }
        if (target.startsWith("/")) {
            return new Thermal(null, 0, Path.of(target), columns, logo);
        }
        throw new BadSettingException("printer", "printer: an escpos printer is escpos:tcp://HOST[:PORT] or"
                + " escpos:/dev/DEVICE, not '" + Settings.quoted(target) + "'");
    }

    private static BufferedImage logo(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new BadSettingException("printer-logo", "printer-logo: " + file + " is not a PNG or JPEG image");
            }
            return image;
        } catch (IOException e) {
            throw new BadSettingException("printer-logo", "printer-logo: " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    boolean configured() {
        return systemPrinter != null || thermal != null;
    }

    /**
     * Prints {@code receipt}: a thermal printer gets it as ESC/POS off the FX thread, a system printer gets
     * {@code paper} (the receipt as the screen draws it; call on the FX thread). {@code done} hears true, or false
     * (with a log line for staff) when the printer is missing, off or fails.
     */
    void print(Node paper, Receipt receipt, String storeName, Messages messages, ZoneId zone, Consumer<Boolean> done) {
        if (thermal != null) {
            // the logo's dithering too: all of it off the FX thread
            background.execute(BackgroundTask.of(progress -> send(ThermalReceipt.render(receipt, storeName, messages,
                            zone, thermal.columns(), thermal.logo())))
                    .onSuccess(done)
                    .onFailure(e -> {
                        log.error("Receipt for the thermal printer could not be made: {}", e.toString());
                        done.accept(false);
                    }));
        } else {
            done.accept(systemPrinter != null && printOnSystemPrinter(paper));
        }
    }

    private boolean send(byte[] bytes) {
        String where = thermal.device() != null ? thermal.device().toString()
                : thermal.host() + ":" + thermal.port();
        try {
            if (thermal.device() != null) {
                try (OutputStream out = Files.newOutputStream(thermal.device(), StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    out.write(bytes);
                }
            } else {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(thermal.host(), thermal.port()), TIMEOUT_MILLIS);
                    socket.setSoTimeout(TIMEOUT_MILLIS);
                    OutputStream out = socket.getOutputStream();
                    out.write(bytes);
                    out.flush();
                    socket.shutdownOutput(); // the printer has it all: a clean end rather than a reset
                }
            }
            log.info("Receipt sent to the receipt printer at {} ({} bytes)", where, bytes.length);
            return true;
        } catch (IOException | RuntimeException e) {
            log.error("Receipt printer at {} failed: {}", where, e.toString());
            return false;
        }
    }

    private boolean printOnSystemPrinter(Node paper) {
        Optional<Printer> printer = Printer.getAllPrinters().stream()
                .filter(p -> p.getName().equalsIgnoreCase(systemPrinter)).findFirst();
        if (printer.isEmpty()) {
            log.error("Receipt printer '{}' not found; printers here: {}", systemPrinter, Printer.getAllPrinters());
            return false;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer.get());
        if (job == null) {
            log.error("Receipt printer '{}' cannot start a job", systemPrinter);
            return false;
        }
        boolean printed = job.printPage(paper) && job.endJob();
        if (!printed) {
            log.error("Receipt printer '{}' failed: {}", systemPrinter, job.getJobStatus());
        }
        return printed;
    }
}
