package nl.connectedstore.kiosk;

import java.util.Optional;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints a receipt on the printer the terminal is set up with ({@code --printer=NAME}), if any. */
final class ReceiptPrinter {

    private static final Logger log = LoggerFactory.getLogger(ReceiptPrinter.class);
    private final String printerName;

    ReceiptPrinter(String printerName) {
        this.printerName = printerName == null || printerName.isBlank() ? null : printerName.strip();
    }

    static ReceiptPrinter none() {
        return new ReceiptPrinter(null);
    }

    boolean configured() {
        return printerName != null;
    }

    /** Prints {@code receipt}; false (and a log line for staff) when the printer is missing or fails. */
    boolean print(Node receipt) {
        if (printerName == null) {
            return false;
        }
        Optional<Printer> printer = Printer.getAllPrinters().stream()
                .filter(p -> p.getName().equalsIgnoreCase(printerName)).findFirst();
        if (printer.isEmpty()) {
            log.error("Receipt printer '{}' not found; printers here: {}", printerName, Printer.getAllPrinters());
            return false;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer.get());
        if (job == null) {
            log.error("Receipt printer '{}' cannot start a job", printerName);
            return false;
        }
        boolean printed = job.printPage(receipt) && job.endJob();
        if (!printed) {
            log.error("Receipt printer '{}' failed: {}", printerName, job.getJobStatus());
        }
        return printed;
    }
}
