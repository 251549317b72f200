package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.ui.Messages;
import nl.connectedstore.ui.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: receipts on an ESC/POS thermal printer, on the network (port 9100) or a device file. A local socket
 * stands in for the printer and keeps every byte; the test reads the commands in them as a printer would.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReceiptPrinterTest {

    private static final Charset CP858 = Charset.forName(ThermalReceipt.CHARSET);
    private static final byte ESC = 0x1b;
    private static final byte GS = 0x1d;

    @TempDir
    Path dir;

    /** A Danish receipt: two kinds of VAT, a weighed item, three of one item, letters only a code page holds. */
    private static Receipt receipt() {
        return new Receipt("CPH-CHECKOUT-1", 4711, Instant.parse("2026-11-29T14:05:00Z"), List.of(
                new Receipt.Line("Rødgrød med fløde", "Æblegården", BigDecimal.ONE, Money.of("24.95", "DKK"),
                        Money.of("24.95", "DKK"), new BigDecimal("25.00")),
                new Receipt.Line("Rødgrød med fløde", "Æblegården", BigDecimal.ONE, Money.of("24.95", "DKK"),
                        Money.of("24.95", "DKK"), new BigDecimal("25.00")),
                new Receipt.Line("Kartofler, løse", null, new BigDecimal("1.245"), Money.of("12.00", "DKK"),
                        Money.of("14.94", "DKK"), new BigDecimal("25.00"))),
                Money.of("64.84", "DKK"), List.of(new Receipt.VatLine(new BigDecimal("25.00"),
                        Money.of("64.84", "DKK"), Money.of("51.87", "DKK"), Money.of("12.97", "DKK"))),
                "SIM-77");
    }

    private static boolean printAndWait(ReceiptPrinter printer, Locale locale) throws Exception {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        printer.print(null, receipt(), "Connected Store København", Messages.of(locale), ZoneId.of("Europe/Copenhagen"),
                done::complete);
        return done.get(20, TimeUnit.SECONDS);
    }

    @Test
    void aNetworkPrinterGetsTheWholeReceiptAsEscPosCommandsAndACut() throws Exception {
        try (ServerSocket printerPort = new ServerSocket(0)) {
            AtomicReference<byte[]> received = new AtomicReference<>();
            Thread printerSide = new Thread(() -> {
                try (Socket client = printerPort.accept(); InputStream in = client.getInputStream()) {
                    received.set(in.readAllBytes());
                } catch (Exception e) {
                    received.set(new byte[0]);
                }
            });
            printerSide.start();
            ReceiptPrinter printer = ReceiptPrinter.of("escpos:tcp://127.0.0.1:" + printerPort.getLocalPort(), null,
                    TaskExecutor.direct());
            assertThat(printer.configured()).isTrue();

            assertThat(printAndWait(printer, Locale.forLanguageTag("da-DK"))).as("printed").isTrue();
            printerSide.join(10_000);
            byte[] bytes = received.get();

            assertThat(bytes).as("ESC @ first: the printer starts from its defaults").startsWith(new byte[] {ESC, '@'});
            assertThat(indexOf(bytes, ESC, 't', 19)).as("code page 858 chosen").isGreaterThan(0);
            String text = new String(bytes, CP858);
            assertThat(text).contains("Connected Store København")
                    .contains("2 Rødgrød med fløde · Æblegården") // the same item twice: one line of two
                    .contains("1,245 kg Kartofler, løse")
                    .contains("25 %")
                    .contains("SIM-77");
            assertThat(text).as("every amount with its currency, in Danish").contains("64,84 kr.").contains("12,97 kr.");
            int qr = indexOf(bytes, GS, '(', 'k');
            assertThat(qr).as("a QR code (GS ( k)").isGreaterThan(0);
            assertThat(text.substring(qr)).as("the QR code holds what the screen's does")
                    .contains(ReceiptScreen.qrText(receipt()));
            int cut = indexOf(bytes, GS, 'V');
            assertThat(cut).as("a cut (GS V) after the QR code").isGreaterThan(qr);
        }
    }

    /** A shop's logo: wider than the printer's 384 dots, black on white. */
    static BufferedImage logo() {
        BufferedImage image = new BufferedImage(600, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 120);
        g.setColor(Color.BLACK);
        g.fillOval(10, 10, 100, 100);
        g.dispose();
        return image;
    }

    @Test
    void aLogoIsPrintedAsARasterImageAtTheTop() throws Exception {
        Path logo = dir.resolve("logo.png");
        ImageIO.write(logo(), "png", logo.toFile());
        Path device = Files.createFile(dir.resolve("lp0")); // a USB printer is a device file; here a plain one

        ReceiptPrinter printer = ReceiptPrinter.of("escpos:" + device + "?columns=32", logo.toString(),
                TaskExecutor.direct());
        assertThat(printAndWait(printer, Locale.ENGLISH)).isTrue();

        byte[] bytes = Files.readAllBytes(device);
        int raster = indexOf(bytes, GS, 'v', '0');
        assertThat(raster).as("a raster image (GS v 0)").isPositive().isLessThan(indexOf(bytes, GS, '(', 'k'));
        int widthBytes = (bytes[raster + 4] & 0xff) | (bytes[raster + 5] & 0xff) << 8;
        assertThat(widthBytes * 8).as("the logo scaled to the printer's 384 dots").isEqualTo(384);
        String text = new String(bytes, CP858);
        assertThat(text).as("58 mm paper: rules of 32 characters").contains("-".repeat(32))
                .doesNotContain("-".repeat(33));
    }

    @Test
    void aPrinterThatIsOffSaysSoWithinTheTimeoutAndNothingHangs() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        ReceiptPrinter printer = ReceiptPrinter.of("escpos:tcp://127.0.0.1:" + closedPort, null,
                TaskExecutor.direct());
        assertThat(printAndWait(printer, Locale.ENGLISH)).isFalse();

        ReceiptPrinter noDevice = ReceiptPrinter.of("escpos:" + dir.resolve("no-such-device"), null,
                TaskExecutor.direct());
        assertThat(printAndWait(noDevice, Locale.ENGLISH)).isFalse();
    }

    @Test
    void aPrinterSettingThatCannotWorkIsRefusedAtStartNamingTheSetting() throws Exception {
        assertThatThrownBy(() -> ReceiptPrinter.of("escpos:lpt1", null, TaskExecutor.direct()))
                .isInstanceOf(BadSettingException.class).hasMessageContaining("escpos:tcp://HOST[:PORT]");
        assertThatThrownBy(() -> ReceiptPrinter.of("escpos:tcp://10.0.0.5:9100?columns=200", null,
                TaskExecutor.direct())).hasMessageContaining("from 24 to 64");
        Path notAnImage = Files.writeString(dir.resolve("logo.png"), "not a picture");
        assertThatThrownBy(() -> ReceiptPrinter.of("escpos:tcp://10.0.0.5", notAnImage.toString(),
                TaskExecutor.direct()))
                .isInstanceOf(BadSettingException.class)
                .satisfies(e -> assertThat(((BadSettingException) e).setting()).isEqualTo("printer-logo"));
        assertThat(ReceiptPrinter.of("  ", null, TaskExecutor.direct()).configured()).isFalse();
        assertThat(ReceiptPrinter.of("Office laser", null, TaskExecutor.direct()).configured())
                .as("a system printer's name").isTrue();
    }

    @Test
    void aLongNameWrapsAndTheAmountStaysInItsColumn() {
        List<String> rows = ThermalReceipt.columns("1 Extra virgin olive oil from a small grove near Kalamata",
                "€ 12,95", 32);
        assertThat(rows).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r.length()).isLessThanOrEqualTo(32));
        assertThat(rows.get(rows.size() - 1)).endsWith("€ 12,95").hasSize(32);
        assertThat(String.join(" ", rows).replaceAll("\\s+", " ")).contains("Kalamata");
    }

    private static int indexOf(byte[] bytes, int... pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if ((bytes[i + j] & 0xff) != (pattern[j] & 0xff)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
