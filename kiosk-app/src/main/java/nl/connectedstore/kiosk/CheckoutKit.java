package nl.connectedstore.kiosk;

import java.time.Duration;
import java.util.Locale;
import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.SimulatedPaymentTerminal;
import nl.connectedstore.scan.CodeReader;
import nl.connectedstore.scan.ScanStream;

/**
 * What the self-checkout screens work with, made once by the composition root.
 *
 * @param terminalCode this terminal, as receipts and staff requests name it
 * @param simulator the simulated card terminal when no real one is connected (its buttons are shown), or null
 * @param camera the camera, filled in when it has been opened in the background
 * @param pollEvery how often a waiting kiosk asks whether staff answered (well under the 1 s promise)
 */
record CheckoutKit(String terminalCode, CheckoutService checkout, AssistanceService assistance, ScanStream scans,
                   CodeReader reader, PaymentTerminal payments, SimulatedPaymentTerminal simulator,
                   CameraHolder camera, Beeper beeper, ReceiptPrinter printer, Duration pollEvery) {

    /** The same kit for a customer reading {@code language}: scanned products and receipts are named in it. */
    CheckoutKit in(Locale language) {
        return new CheckoutKit(terminalCode, checkout.in(language), assistance, scans, reader, payments, simulator,
                camera, beeper, printer, pollEvery);
    }
}
