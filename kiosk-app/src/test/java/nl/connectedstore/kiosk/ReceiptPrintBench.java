package nl.connectedstore.kiosk;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.connectedstore.money.Money;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.ui.Messages;

/**
 * A thermal receipt from tap to printer: renders a 12-line Danish receipt as ESC/POS (with and without a logo) and
 * sends it to a local socket standing in for a network printer on port 9100, 300 times after 30 warm-up runs.
 * The printer's own printing time is not in it.
 *
 * <pre>mvn -q -pl kiosk-app -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.kiosk.ReceiptPrintBench</pre>
 */
public final class ReceiptPrintBench {

    public static void main(String[] args) throws Exception {
        List<Receipt.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            lines.add(new Receipt.Line("Rødgrød med fløde " + i, "Æblegården", BigDecimal.ONE,
                    Money.of("24.95", "DKK"), Money.of("24.95", "DKK"), new BigDecimal("25.00")));
        }
        Receipt receipt = new Receipt("CPH-CHECKOUT-1", 4711, Instant.now(), lines, Money.of("299.40", "DKK"),
                List.of(new Receipt.VatLine(new BigDecimal("25.00"), Money.of("299.40", "DKK"),
                        Money.of("239.52", "DKK"), Money.of("59.88", "DKK"))), "SIM-77");
        BufferedImage logo = ReceiptPrinterTest.logo();
        Messages messages = Messages.of(Locale.forLanguageTag("da-DK"));
        try (ServerSocket printer = new ServerSocket(0)) {
            Thread printerSide = new Thread(() -> {
                while (true) {
                    try (Socket client = printer.accept()) {
                        client.getInputStream().readAllBytes();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            printerSide.setDaemon(true);
            printerSide.start();
            System.out.println("| receipt | bytes | p50 ms | p95 ms |");
            System.out.println("|---|---:|---:|---:|");
            for (BufferedImage withLogo : new BufferedImage[] {null, logo}) {
                long[] nanos = new long[300];
                int bytes = 0;
                for (int i = 0; i < 330; i++) {
                    long start = System.nanoTime();
                    byte[] sent = ThermalReceipt.render(receipt, "Connected Store København", messages,
                            ZoneId.of("Europe/Copenhagen"), 48, withLogo);
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", printer.getLocalPort()), 3_000);
                        socket.getOutputStream().write(sent);
                        socket.shutdownOutput();
                    }
                    if (i >= 30) {
                        nanos[i - 30] = System.nanoTime() - start;
                    }
                    bytes = sent.length;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "| 12 lines%s | %,d | %.1f | %.1f |%n", withLogo == null ? "" : ", logo",
                        bytes, nanos[150] / 1e6, nanos[285] / 1e6);
            }
        }
    }
}
