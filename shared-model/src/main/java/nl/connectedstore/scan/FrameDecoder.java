package nl.connectedstore.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a barcode in camera frames and says when a code may be trusted. ZXing reads the frame's luminance
 * (one byte per pixel) directly, with no image conversion. Live decoding ({@link #decode}), per frame:
 * <ol>
 * <li>{@link CodeFinder} looks for a busy window (bars or QR modules) at full resolution; a frame without
 * one costs nothing more (most frames a kiosk camera sees);</li>
 * <li>ZXing reads that window with TRY_HARDER (every row, then turned a quarter), one way per frame in turn:
 * the hybrid binarizer, 1D rows cut from its local thresholds ({@link LocalRowBinarizer}), the
 * global-histogram binarizer; within three frames a held item has been read all three ways;</li>
 * <li>{@link LineCheck} refuses a 1D read that does not hold up on other lines across the code, and short
 * codes (EAN-8, UPC-E) without quiet zones or that are a piece of a longer code;</li>
 * <li>{@link Confirmation} decides whether the read may go into a basket ({@link Decoded#confirmed}).</li>
 * </ol>
 * docs/decisions/0007-camera-decoding-strategy.md has what was tried, measured, kept and dropped.
 * One decoder per camera: it keeps buffers and the last frames' reads; not thread-safe.
 */
public final class FrameDecoder {

    /** The formats the shop's goods and our loyalty cards carry. */
    public static final List<BarcodeFormat> FORMATS = List.of(BarcodeFormat.EAN_13, BarcodeFormat.EAN_8,
            BarcodeFormat.UPC_A, BarcodeFormat.UPC_E, BarcodeFormat.QR_CODE);

    /**
     * A code found in a frame, with where ZXing saw it (for the preview's marker).
     *
     * @param confirmed whether it may go into a basket: trusted at first sight or seen again (see
     *     {@link Confirmation}); an unconfirmed code is only worth a marker on the preview
     */
    public record Decoded(String text, BarcodeFormat format, float[] points, boolean confirmed) {
    }

    /** The ways to look at a frame; package-private so the benchmark can measure each. */
    enum Attempt {
        /** One ZXing call as it comes: a few rows around the middle, no quarter turn. */
        PLAIN,
        /** TRY_HARDER: every row, then the frame turned a quarter; hybrid (local) binarizer. */
        HARD,
        /** TRY_HARDER, 1D rows taken from the locally thresholded matrix ({@link LocalRowBinarizer}). */
        HARD_LOCAL,
        /** TRY_HARDER with the global-histogram binarizer (copes with blur). */
        HARD_GLOBAL,
        /**
         * The window turned upright: its bars' measured lean ({@link Tilt}) undone by a turned copy (bilinear,
         * into a kept buffer), then TRY_HARDER. Only for a lean between 15 and 75 degrees; otherwise nothing.
         */
        TURNED,
        /** A 2x2-averaged half-size copy (removes noise), TRY_HARDER. */
        HALF,
        /** The inverted image (light bars on dark), TRY_HARDER. */
        INVERTED
    }

    /** The ways live decoding takes in turn, one a frame. */
    static final Attempt[] LIVE = {Attempt.HARD, Attempt.HARD_LOCAL, Attempt.TURNED, Attempt.HARD_GLOBAL, Attempt.HALF};

    private final MultiFormatReader quick = reader(false);
    private final MultiFormatReader hard = reader(true);
    private final LineCheck check = new LineCheck();
    private final CodeFinder finder = new CodeFinder();
    private final Confirmation confirmation = new Confirmation();
    private final FrameLuminance.Buffers buffers = new FrameLuminance.Buffers();
    private final boolean retry;
    private byte[] scratch = new byte[0];
    private byte[] upright = new byte[0];
    private boolean lineCheck = true;
    private int next;
    private Attempt again;
    private int lastSupport;

    /** @param retry false gives one plain ZXing attempt, trusted as it comes: the old baseline */
    public FrameDecoder(boolean retry) {
        this.retry = retry;
    }

    public FrameDecoder() {
        this(true);
    }

    private static MultiFormatReader reader(boolean tryHarder) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, FORMATS);
        if (tryHarder) {
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        }
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        return reader;
    }

    /** The same decoder without {@link LineCheck}: for the benchmark, to show what the check refuses. */
    FrameDecoder withoutLineCheck() {
        lineCheck = false;
        return this;
    }

    /**
     * Live decoding of one frame (width x height luminance, row by row): the code found, if any, and
     * whether it is {@link Decoded#confirmed confirmed}. Call it for every frame the camera gives, with or
     * without a code: confirmation counts frames.
     */
    public Optional<Decoded> decode(byte[] luminance, int width, int height) {
        if (!retry) {
            Optional<Decoded> found = attempt(Attempt.PLAIN, luminance, width, height);
            return found.map(d -> new Decoded(d.text(), d.format(), d.points(), true));
        }
        CodeFinder.Window window = finder.find(luminance, width, height);
        Optional<Decoded> found = Optional.empty();
        if (window != null) {
            Attempt way;
            if (again != null) {
                // the last frame's read was not yet trusted: the same way again, on a new frame, can confirm it
                way = again;
            } else {
                way = LIVE[next];
                next = (next + 1) % LIVE.length;
                if (way == Attempt.TURNED && Double.isNaN(lean(luminance, width, height, window))) {
                    // upright (or a QR code): the rows and columns of the other ways see it already
                    way = LIVE[next];
                    next = (next + 1) % LIVE.length;
                }
            }
            found = attempt(way, luminance, width, height, window);
            again = found.isPresent() && lastSupport < LineCheck.STRONG && again == null ? way : null;
        } else {
            again = null;
        }
        boolean confirmed = confirmation.offer(found.map(Decoded::text).orElse(null),
                lastSupport >= LineCheck.STRONG);
        return found.map(d -> new Decoded(d.text(), d.format(), d.points(), confirmed));
    }

    /** Every way on one still frame (a photo, a screenshot): the first code that holds up, trusted. */
    public Optional<Decoded> decodeThoroughly(byte[] luminance, int width, int height) {
        for (Attempt a : retry ? Attempt.values() : new Attempt[] {Attempt.PLAIN}) {
            Optional<Decoded> found = attempt(a, luminance, width, height);
            if (found.isPresent()) {
                return found.map(d -> new Decoded(d.text(), d.format(), d.points(), true));
            }
        }
        return Optional.empty();
    }

    Optional<Decoded> attempt(Attempt attempt, byte[] luminance, int width, int height) {
        return attempt(attempt, luminance, width, height, new CodeFinder.Window(0, 0, width, height));
    }

    /** One way on a window of the frame; a found code's points are on the frame. */
    Optional<Decoded> attempt(Attempt attempt, byte[] frame, int width, int height, CodeFinder.Window w) {
        FrameLuminance window = new FrameLuminance(frame, width, height, w.left(), w.top(), w.width(), w.height(),
                buffers);
        if (attempt == Attempt.HARD || attempt == Attempt.HARD_LOCAL || attempt == Attempt.HARD_GLOBAL) {
            // TRY_HARDER reads every row, then every column (the frame turned a quarter). When the window's
            // edges clearly run one way, only that pass can read bars: the other is skipped
            double degrees = Tilt.degrees(frame, width, height, w.left(), w.top(), w.width(), w.height(), 3);
            if (Math.abs(degrees) <= UPRIGHT) {
                return read(hard, binarizer(attempt, window.rowsOnly()), 1, w, frame, width, height, null, false);
            } else if (Math.abs(degrees) >= 90 - UPRIGHT) {
                FrameLuminance columns = ((FrameLuminance) window.rotateCounterClockwise()).rowsOnly();
                return read(hard, binarizer(attempt, columns), 1, w, frame, width, height, null, true);
            }
        }
        return switch (attempt) {
            case PLAIN -> read(quick, new HybridBinarizer(window), 1, w, frame, width, height, null, false);
            case HARD, HARD_LOCAL, HARD_GLOBAL -> read(hard, binarizer(attempt, window), 1, w, frame, width, height,
                    null, false);
            case TURNED -> turned(frame, width, height, w);
            case HALF -> read(hard, new HybridBinarizer(new FrameLuminance(half(frame, width, w), w.width() / 2,
                    w.height() / 2, buffers)), 2, w, frame, width, height, null, false);
            case INVERTED -> read(hard, new HybridBinarizer(window.invert()), 1, w, frame, width, height, null,
                    false);
        };
    }

    /** Degrees from upright (or from lying flat) within which the window's edges count as running one way. */
    private static final double UPRIGHT = 20;

    private static Binarizer binarizer(Attempt attempt, LuminanceSource source) {
        return switch (attempt) {
            case HARD_LOCAL -> new LocalRowBinarizer(source);
            case HARD_GLOBAL -> new GlobalHistogramBinarizer(source);
            default -> new HybridBinarizer(source);
        };
    }

    /** The bars' lean in the window, in degrees, when it is between 15 and 75 (either way); else NaN. */
    private static double lean(byte[] frame, int width, int height, CodeFinder.Window w) {
        double degrees = Tilt.degrees(frame, width, height, w.left(), w.top(), w.width(), w.height(), 2);
        return Math.abs(degrees) >= 15 && Math.abs(degrees) <= 75 ? degrees : Double.NaN;
    }

    /** A turn of the frame about a point: where a pixel of the upright copy lies on the frame. */
    private record Turn(double cos, double sin, float cx, float cy, float ux, float uy) {
        float frameX(float x, float y) {
            return (float) (cx + (x - ux) * cos - (y - uy) * sin);
        }

        float frameY(float x, float y) {
            return (float) (cy + (x - ux) * sin + (y - uy) * cos);
        }
    }

    private Optional<Decoded> turned(byte[] frame, int width, int height, CodeFinder.Window w) {
        double degrees = lean(frame, width, height, w);
        if (Double.isNaN(degrees)) {
            return Optional.empty();
        }
        double r = Math.toRadians(degrees);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        int tw = (int) Math.ceil(Math.abs(w.width() * cos) + Math.abs(w.height() * sin));
        int th = (int) Math.ceil(Math.abs(w.width() * sin) + Math.abs(w.height() * cos));
        Turn turn = new Turn(cos, sin, w.left() + w.width() / 2f, w.top() + w.height() / 2f, tw / 2f, th / 2f);
        if (upright.length < tw * th) {
            upright = new byte[tw * th];
        }
        int c = (int) Math.round(cos * 256);
        int s = (int) Math.round(sin * 256);
        for (int y = 0; y < th; y++) {
            // frame position of (0, y) in 1/256 pixels, then steps of (cos, sin) along the row
            int fx = (int) Math.round(turn.frameX(0, y) * 256);
            int fy = (int) Math.round(turn.frameY(0, y) * 256);
            int o = y * tw;
            for (int x = 0; x < tw; x++, fx += c, fy += s) {
                int ix = fx >> 8;
                int iy = fy >> 8;
                if (ix < 0 || iy < 0 || ix >= width - 1 || iy >= height - 1) {
                    upright[o + x] = (byte) 128;
                    continue;
                }
                int ax = fx & 0xff;
                int ay = fy & 0xff;
                int i = iy * width + ix;
                int top = (frame[i] & 0xff) * (256 - ax) + (frame[i + 1] & 0xff) * ax;
                int bottom = (frame[i + width] & 0xff) * (256 - ax) + (frame[i + width + 1] & 0xff) * ax;
                upright[o + x] = (byte) ((top * (256 - ay) + bottom * ay) >> 16);
            }
        }
        return read(hard, new HybridBinarizer(new FrameLuminance(upright, tw, th, buffers)), 1,
                new CodeFinder.Window(0, 0, tw, th), upright, tw, th, turn, false);
    }

    /** The window at half size, each pixel the mean of 2x2, in a buffer kept between frames. */
    private byte[] half(byte[] in, int width, CodeFinder.Window window) {
        int w = window.width() / 2;
        int h = window.height() / 2;
        if (scratch.length < w * h) {
            scratch = new byte[w * h];
        }
        byte[] out = scratch;
        for (int y = 0; y < h; y++) {
            int row = (window.top() + 2 * y) * width + window.left();
            for (int x = 0; x < w; x++) {
                int i = row + 2 * x;
                out[y * w + x] = (byte) (((in[i] & 0xff) + (in[i + 1] & 0xff) + (in[i + width] & 0xff)
                        + (in[i + width + 1] & 0xff)) >> 2);
            }
        }
        return out;
    }

    /**
     * One ZXing call; a 1D result is kept only when {@link LineCheck} finds it on the picture it was read
     * from (the frame, or the upright copy).
     *
     * @param scale how many pixels of {@code picture} one pixel the binarizer saw is
     * @param w where the binarizer's pixels lie on {@code picture}
     * @param turn how the picture lies on the frame (null: the picture is the frame)
     * @param quarter whether the binarizer saw the window turned a quarter to the left (its rows are the
     *     window's columns)
     */
    private Optional<Decoded> read(MultiFormatReader reader, Binarizer binarizer, int scale, CodeFinder.Window w,
            byte[] picture, int width, int height, Turn turn, boolean quarter) {
        lastSupport = 0;
        Result result;
        try {
            result = reader.decodeWithState(new BinaryBitmap(binarizer));
        } catch (ReaderException e) {
            // nothing found, or a checksum or format error: as good as nothing found in this frame
            return Optional.empty();
        } finally {
            reader.reset();
        }
        ResultPoint[] found = result.getResultPoints() == null ? new ResultPoint[0] : result.getResultPoints();
        ResultPoint[] onPicture = new ResultPoint[found.length];
        float[] points = new float[found.length * 2];
        for (int i = 0; i < found.length; i++) {
            float x = quarter ? w.left() + w.width() - 1 - found[i].getY() : found[i].getX() * scale + w.left();
            float y = quarter ? w.top() + found[i].getX() : found[i].getY() * scale + w.top();
            onPicture[i] = new ResultPoint(x, y);
            points[2 * i] = turn == null ? x : turn.frameX(x, y);
            points[2 * i + 1] = turn == null ? y : turn.frameY(x, y);
        }
        if (lineCheck) {
            Result framed = new Result(result.getText(), null, onPicture, result.getBarcodeFormat());
            framed.putAllMetadata(result.getResultMetadata());
            if (quarter) {
                framed.putMetadata(ResultMetadataType.ORIENTATION, 270); // read along a column of the frame
            }
            lastSupport = check.support(framed, picture, width, height);
            if (lastSupport == 0) {
                return Optional.empty();
            }
        } else {
            lastSupport = LineCheck.STRONG;
        }
        return Optional.of(new Decoded(result.getText(), result.getBarcodeFormat(), points, false));
    }
}
