package nl.connectedstore.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.oned.EAN13Reader;
import com.google.zxing.oned.EAN8Reader;
import com.google.zxing.oned.OneDReader;
import com.google.zxing.oned.UPCAReader;
import com.google.zxing.oned.UPCEReader;

/**
 * Second opinion on a 1D read before anyone trusts it. ZXing reads a linear code from one line of pixels;
 * one line across a photo of text, a QR code or a longer barcode now and then spells a short code whose
 * check digit happens to fit (1 in 10). zxing-cpp, which reads no false positive on our photos, refuses
 * such reads in three ways, and so do we (our own code, same ideas):
 * <ul>
 * <li>the same text must be read on at least one more line across the bars, a few pixels away
 * (zxing-cpp's {@code minLineCount = 2});</li>
 * <li>EAN-8 and UPC-E must have a light quiet zone of 6 modules before the start guard and 3 (EAN-8) or
 * 6 (UPC-E) after the end guard (ZXing Java asks for 3 and 3 or 6), and bars of the same module width as
 * their guards;</li>
 * <li>an EAN-8 or UPC-E on a line that also reads as an EAN-13 is a piece of that EAN-13.</li>
 * </ul>
 * Lines are sampled from the frame's luminance and binarized as ZXing binarizes a row (its
 * global-histogram row binarizer), so a code ZXing read on one row reads the same on the next.
 */
final class LineCheck {

    private static final float LEFT_QUIET = 6;
    private static final float RIGHT_QUIET_EAN8 = 3;
    private static final float RIGHT_QUIET_UPCE = 6;

    private final EAN13Reader ean13 = new EAN13Reader();
    private final EAN8Reader ean8 = new EAN8Reader();
    private final UPCAReader upca = new UPCAReader();
    private final UPCEReader upce = new UPCEReader();
    private byte[] line = new byte[0];
    private BitArray bits = new BitArray(1);

    /** Degrees the bars may lean from square to the line they were read on. */
    static final double MAX_TILT = 25;

    /** Lines that agree with a read for the decoder to trust it at first sight (see {@link FrameDecoder}). */
    static final int STRONG = 3;

    /**
     * How well {@code result}, read from the frame, holds up: 0 when it does not, else the number of
     * other lines across the code that show it (at most {@link #STRONG}); {@link #STRONG} for a 2D code.
     * Its points are on the frame.
     */
    int support(Result result, byte[] frame, int width, int height) {
        OneDReader reader = switch (result.getBarcodeFormat()) {
            case EAN_13 -> ean13;
            case EAN_8 -> ean8;
            case UPC_A -> upca;
            case UPC_E -> upce;
            default -> null;
        };
        if (reader == null) {
            return STRONG; // 2D codes carry Reed-Solomon error correction: a misread does not decode
        }
        ResultPoint[] points = result.getResultPoints();
        if (points == null || points.length < 2) {
            return 0;
        }
        Object orientation = result.getResultMetadata() == null ? null
                : result.getResultMetadata().get(ResultMetadataType.ORIENTATION);
        // ZXing reads a row, or a column when it turned the frame (orientation 270 after TRY_HARDER's turn)
        boolean column = orientation instanceof Integer o && (o % 180) != 0;
        ResultPoint first = points[0];
        ResultPoint last = points[1]; // further points, if any, are an add-on's
        float along0 = column ? first.getY() : first.getX();
        float along1 = column ? last.getY() : last.getX();
        float across = column ? (first.getX() + last.getX()) / 2 : (first.getY() + last.getY()) / 2;
        int lines = column ? width : height;
        int length = column ? height : width;
        float span = Math.abs(along1 - along0);
        if (span < 10) {
            return 0;
        }
        int at = Math.round(across);
        // the bars' edges must cross the line nearly square: a line across bars turned 40 degrees sees them
        // stretched, and now and then spells a short code that passes every other test; steeper codes are
        // read from a copy turned upright instead (FrameDecoder's TURNED way)
        double tilt = column
                ? Tilt.degrees(frame, width, height, at - 2, Math.round(Math.min(along0, along1)), 5, Math.round(span), 1)
                : Tilt.degrees(frame, width, height, Math.round(Math.min(along0, along1)), at - 2, Math.round(span), 5, 1);
        if (Double.isNaN(tilt) || Math.abs(Math.abs(tilt) - (column ? 90 : 0)) > MAX_TILT) {
            return 0;
        }
        BarcodeFormat format = result.getBarcodeFormat();
        boolean shortCode = format == BarcodeFormat.EAN_8 || format == BarcodeFormat.UPC_E;
        // a local threshold over about 4 modules either side (EAN-13 and UPC-A span 95 modules, EAN-8 67, UPC-E 51)
        int window = Math.max(2, Math.round(span / 95 * 4));
        if (shortCode && !strict(result, reader, frame, width, length, column, at, window)) {
            return 0;
        }
        // guard centres ZXing reports: modules 1.5 and 93.5 (EAN-13, UPC-A), 65.5 (EAN-8), 48 (UPC-E)
        float module = span / (format == BarcodeFormat.EAN_8 ? 64f : format == BarcodeFormat.UPC_E ? 46.5f : 92f);
        float start = Math.min(along0, along1);
        boolean[] modules = ModuleGrid.modules(format, result.getText());
        int needed = shortCode ? 2 : 1;
        int step = Math.max(1, Math.round(span / 40));
        int agreeing = 0;
        for (int k = 1; k <= 4 && agreeing < STRONG; k++) {
            int offset = k * step;
            for (int sign = -1; sign <= 1 && agreeing < STRONG; sign += 2) {
                int l = at + sign * offset;
                if (l >= 0 && l < lines && (modules != null
                        && holdsEitherWay(modules, frame, width, length, column, l, start, module, offset)
                        || readsSame(result.getText(), reader, frame, width, length, column, l, window))) {
                    agreeing++;
                }
            }
        }
        return agreeing >= needed ? agreeing : 0;
    }

    private final ModuleGrid grid = new ModuleGrid();
    private byte[] reversed = new byte[0];

    /** The module grid on line l, read as ZXing read it (left to right) or the other way round. */
    private boolean holdsEitherWay(boolean[] modules, byte[] frame, int width, int length, boolean column, int l,
            float start, float module, int offset) {
        copyLine(frame, width, length, column, l);
        // a code tilted by up to 45 degrees moves sideways by up to the offset between lines
        float slack = offset + 2 * module;
        if (grid.holds(line, length, modules, start, module, slack)) {
            return true;
        }
        if (reversed.length < length) {
            reversed = new byte[length];
        }
        for (int i = 0; i < length; i++) {
            reversed[i] = line[length - 1 - i];
        }
        // backwards, the start guard is where the end guard was
        float end = start + (modules.length - 3) * module;
        return grid.holds(reversed, length, modules, length - 1 - end, module, slack);
    }

    /**
     * Whether the line at {@code l} reads {@code text}: binarized as ZXing does a row (one threshold for the
     * line), or, where light falls unevenly across the code, against the mean of the pixels around each one.
     */
    private boolean readsSame(String text, OneDReader reader, byte[] frame, int width, int length, boolean column,
            int l, int window) {
        if (sample(frame, width, length, column, l) && text.equals(read(reader))) {
            return true;
        }
        localThreshold(length, window);
        return text.equals(read(reader));
    }

    /** {@link #bits} from {@link #line}: dark where a pixel is darker than the mean of its +-window neighbours. */
    private void localThreshold(int length, int window) {
        if (bits.getSize() != length) {
            bits = new BitArray(length);
        } else {
            bits.clear();
        }
        int sum = 0;
        int lo = 0;
        int hi = 0; // the window is [lo, hi)
        for (int x = 0; x < length; x++) {
            while (hi < length && hi <= x + window) {
                sum += line[hi++] & 0xff;
            }
            while (lo < x - window) {
                sum -= line[lo++] & 0xff;
            }
            if ((line[x] & 0xff) * (hi - lo) < sum) {
                bits.set(x);
            }
        }
    }

    /** Quiet zones, module widths and "not a piece of an EAN-13", on the line the code was read on. */
    private boolean strict(Result result, OneDReader reader, byte[] frame, int width, int length, boolean column,
            int at, int window) {
        if (!sample(frame, width, length, column, at)) {
            return false;
        }
        Result again = decodeEitherWay(reader);
        if (again == null) {
            localThreshold(length, window);
            again = decodeEitherWay(reader);
        }
        if (again == null || !again.getText().equals(result.getText())) {
            return false;
        }
        bits.reverse();
        boolean longer = decode(ean13) != null;
        bits.reverse();
        if (longer || decode(ean13) != null) {
            return false;
        }
        // bits are now as they were when "again" was read
        float start = again.getResultPoints()[0].getX();
        float end = again.getResultPoints()[1].getX();
        boolean ean8Format = result.getBarcodeFormat() == BarcodeFormat.EAN_8;
        // guard centres: EAN-8 at modules 1.5 and 65.5 of 67; UPC-E at 1.5 and 48 of 51
        float module = (end - start) / (ean8Format ? 64f : 46.5f);
        float leftEdge = start - 1.5f * module;
        float rightEdge = end + (ean8Format ? 1.5f : 3f) * module;
        float rightQuiet = ean8Format ? RIGHT_QUIET_EAN8 : RIGHT_QUIET_UPCE;
        return light(leftEdge - LEFT_QUIET * module, leftEdge, module)
                && light(rightEdge, rightEdge + rightQuiet * module, module)
                && evenModules(leftEdge, rightEdge, module, ean8Format ? 67 : 51);
    }

    /** No dark pixel between from and to (an edge's pixel of blur either side allowed); the line's end counts as light. */
    private boolean light(float from, float to, float module) {
        float slack = Math.max(1f, module * 0.5f);
        int a = Math.max(0, Math.round(from + slack));
        int b = Math.min(bits.getSize(), Math.round(to - slack));
        return a >= b || bits.isRange(a, b, false);
    }

    /** The code's bar and space runs are whole modules of the guards' width (zxing-cpp: within 20 % per digit). */
    private boolean evenModules(float leftEdge, float rightEdge, float module, int modules) {
        int a = Math.max(0, Math.round(leftEdge));
        int b = Math.min(bits.getSize(), Math.round(rightEdge));
        if (b - a < modules) {
            return false;
        }
        // count runs: a code of n modules has at most n runs, and each run is 1 to 4 modules wide
        int runs = 0;
        int x = a;
        while (x < b) {
            boolean value = bits.get(x);
            int next = value ? bits.getNextUnset(x) : bits.getNextSet(x);
            next = Math.min(next, b);
            float w = (next - x) / module;
            if (w > 4.6f) {
                return false;
            }
            runs++;
            x = next;
        }
        return runs <= modules;
    }

    /** Reads {@link #bits} forwards, else backwards (leaving them reversed). */
    private Result decodeEitherWay(OneDReader reader) {
        Result r = decode(reader);
        if (r == null) {
            bits.reverse();
            r = decode(reader);
        }
        return r;
    }

    private String read(OneDReader reader) {
        Result r = decode(reader);
        if (r == null) {
            bits.reverse();
            r = decode(reader);
        }
        return r == null ? null : r.getText();
    }

    private Result decode(OneDReader reader) {
        try {
            return reader.decodeRow(0, bits, null);
        } catch (NotFoundException e) {
            return null;
        } catch (ReaderException e) {
            return null;
        } finally {
            reader.reset();
        }
    }

    /** One line of the frame, binarized as ZXing binarizes a row, into {@link #bits}. */
    private void copyLine(byte[] frame, int width, int length, boolean column, int at) {
        if (line.length < length) {
            line = new byte[length];
        }
        if (column) {
            for (int i = 0, p = at; i < length; i++, p += width) {
                line[i] = frame[p];
            }
        } else {
            System.arraycopy(frame, at * width, line, 0, length);
        }
    }

    private boolean sample(byte[] frame, int width, int length, boolean column, int at) {
        copyLine(frame, width, length, column, at);
        LuminanceSource source = new LineSource(line, length);
        try {
            if (bits.getSize() != length) {
                bits = new BitArray(length);
            }
            bits = new BinaryBitmap(new GlobalHistogramBinarizer(source)).getBlackRow(0, bits);
            return true;
        } catch (NotFoundException e) {
            return false; // a flat line: nothing to read on it
        }
    }

    /** A single line of pixels as ZXing's sources go. */
    private static final class LineSource extends LuminanceSource {
        private final byte[] line;

        LineSource(byte[] line, int length) {
            super(length, 1);
            this.line = line;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            int w = getWidth();
            if (row == null || row.length < w) {
                row = new byte[w];
            }
            System.arraycopy(line, 0, row, 0, w);
            return row;
        }

        @Override
        public byte[] getMatrix() {
            byte[] m = new byte[getWidth()];
            System.arraycopy(line, 0, m, 0, m.length);
            return m;
        }
    }
}
