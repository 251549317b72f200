package nl.connectedstore.kiosk;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import com.github.anastaciocintra.escpos.image.BitonalOrderedDither;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.connectedstore.sales.Receipt;
import nl.connectedstore.ui.Messages;

/**
 * A receipt as ESC/POS commands for a thermal receipt printer (escpos-coffee writes them): the logo when there is
 * one, else the store's name large; receipt number and time; the lines with counts and amounts; the total; VAT per
 * rate; the payment reference; the receipt's QR code (the same text as on screen); a feed and a cut. Text goes out
 * in code page 858 (Latin-1 with the euro sign), which holds every letter of English, Dutch and Danish receipts.
 */
final class ThermalReceipt {

    /** Code page 858: the printer's table 19 and Java's charset of the same name. */
    static final String CHARSET = "IBM00858";
    /** Widest logo an 80 mm printer prints (dots). */
    private static final int LOGO_DOTS = 384;

    private ThermalReceipt() {
    }

    /**
     * @param columns characters per line of the printer's normal font: 48 on 80 mm paper, 32 on 58 mm
     * @param logo    the store's logo, or null
     */
    static byte[] render(Receipt receipt, String storeName, Messages messages, ZoneId zone, int columns,
                         BufferedImage logo) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            escpos.setCharacterCodeTable(EscPos.CharacterCodeTable.CP858_Euro);
            escpos.setCharsetName(CHARSET);
            Style centre = new Style().setJustification(EscPosConst.Justification.Center);
            if (logo != null) {
                escpos.write(new RasterBitImageWrapper().setJustification(EscPosConst.Justification.Center),
                        new EscPosImage(new CoffeeImageImpl(fit(logo)), new BitonalOrderedDither()));
            }
            escpos.writeLF(new Style(centre).setBold(true).setFontSize(Style.FontSize._2, Style.FontSize._2),
                    printable(storeName));
            escpos.writeLF(centre, printable(messages.get("receipt.number", receipt.receiptNumber(),
                    receipt.terminalCode())));
            escpos.writeLF(centre, printable(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(messages.locale()).withZone(zone).format(receipt.at())));
            escpos.writeLF("-".repeat(columns));
            for (Receipt.Line line : receipt.grouped()) {
                boolean weighed = line.quantity().stripTrailingZeros().scale() > 0;
                String qty = weighed ? messages.get("receipt.kg", line.quantity())
                        : line.quantity().stripTrailingZeros().toPlainString();
                String name = line.brand() == null || line.brand().isBlank() ? line.name()
                        : line.name() + " \u00b7 " + line.brand();
                for (String row : columns(qty + " " + name, messages.money(line.total()), columns)) {
                    escpos.writeLF(printable(row));
                }
                if (!weighed && line.quantity().compareTo(BigDecimal.ONE) > 0) {
                    escpos.writeLF(printable("   " + messages.get("receipt.each", qty,
                            messages.money(line.unitPrice()))));
                }
            }
            escpos.writeLF("-".repeat(columns));
            escpos.writeLF(new Style().setBold(true).setFontSize(Style.FontSize._1, Style.FontSize._2),
                    printable(columns(messages.get("checkout.total", ""), messages.money(receipt.total()),
                            columns).get(0)));
            escpos.feed(1);
            escpos.writeLF(printable(table(columns, messages.get("receipt.vatRate"), messages.get("receipt.net"),
                    messages.get("receipt.vat"), messages.get("receipt.gross"))));
            for (Receipt.VatLine vat : receipt.vat()) {
                escpos.writeLF(printable(table(columns, vat.ratePercent().stripTrailingZeros().toPlainString() + " %",
                        messages.money(vat.net()), messages.money(vat.vat()), messages.money(vat.gross()))));
            }
            if (receipt.paymentReference() != null) {
                escpos.feed(1);
                escpos.writeLF(printable(messages.get("receipt.paidByCard", receipt.paymentReference())));
            }
            escpos.feed(1);
            escpos.write(new QRCode().setSize(6).setJustification(EscPosConst.Justification.Center),
                    ReceiptScreen.qrText(receipt));
            escpos.feed(4);
            escpos.cut(EscPos.CutMode.PART);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return bytes.toByteArray();
    }

    /** Text left, amount right on one line; a text too long wraps onto lines above the amount's. */
    static List<String> columns(String text, String amount, int columns) {
        List<String> rows = new ArrayList<>();
        String rest = text.strip();
        int room = columns - amount.length() - 1;
        while (rest.length() > room) {
            int cut = rest.lastIndexOf(' ', room);
            cut = cut <= 0 ? room : cut;
            rows.add(rest.substring(0, cut).strip());
            rest = "  " + rest.substring(cut).strip();
        }
        rows.add(rest + " ".repeat(Math.max(1, columns - rest.length() - amount.length())) + amount);
        return rows;
    }

    /** Four right-aligned columns, the first left-aligned: the VAT table. */
    private static String table(int columns, String first, String... rest) {
        int width = columns / (rest.length + 1);
        StringBuilder row = new StringBuilder(first.length() > width ? first.substring(0, width) : first);
        row.append(" ".repeat(Math.max(0, width - row.length())));
        for (String cell : rest) {
            String shown = cell.length() > width - 1 ? cell.substring(0, width - 1) : cell;
            row.append(" ".repeat(width - shown.length())).append(shown);
        }
        return row.toString();
    }

    /** The spaces Java's currency formats use (narrow and non-breaking) as a plain space the code page has. */
    static String printable(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static BufferedImage fit(BufferedImage logo) {
        if (logo.getWidth() <= LOGO_DOTS) {
            return logo;
        }
        int height = Math.max(1, logo.getHeight() * LOGO_DOTS / logo.getWidth());
        BufferedImage scaled = new BufferedImage(LOGO_DOTS, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, LOGO_DOTS, height);
        g.drawImage(logo, 0, 0, LOGO_DOTS, height, null);
        g.dispose();
        return scaled;
    }
}
