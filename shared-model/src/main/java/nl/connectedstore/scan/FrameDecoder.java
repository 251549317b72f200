package nl.connectedstore.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a barcode in camera frames. ZXing reads the frame's luminance (the Y plane, one byte per pixel)
 * directly, with no image conversion. One plain attempt misses many codes on noisy, blurred, rotated or
 * glared frames, so the decoder has more ways to look: a half-size copy (averaging 2x2 pixels removes much
 * of the noise), the global-histogram binarizer (copes with blur), copies turned by 25 and 45 degrees
 * (barcodes held at an angle), the inverted image. A camera shows the same item for many frames, so live
 * decoding ({@link #decode}) alternates: the plain attempt on one frame, one of the other ways on the next
 * (a different one each time): every frame costs one attempt, and within a few frames every way has been
 * tried.
 * {@link #decodeThoroughly} tries them all at once (for a single still image).
 */
public final class FrameDecoder {

    /** The formats the shop's goods and our loyalty cards carry. */
    public static final List<BarcodeFormat> FORMATS = List.of(BarcodeFormat.EAN_13, BarcodeFormat.EAN_8,
            BarcodeFormat.UPC_A, BarcodeFormat.UPC_E, BarcodeFormat.QR_CODE);

    /** A code found in a frame, with where ZXing saw it (for the preview's marker). */
    public record Decoded(String text, BarcodeFormat format, float[] points) {
    }

    private enum Way { HALF_SIZE, GLOBAL_HISTOGRAM, TURN_25, TURN_MINUS_25, TURN_45, TURN_MINUS_45, INVERTED }

    private static final Way[] RETRIES = Way.values();
    /** From this width on (HD webcams), live decoding works on a half-size copy: a quarter of the pixels. */
    static final int LARGE_WIDTH = 1000;

    private final MultiFormatReader reader = reader();
    private final boolean retry;
    private int nextRetry;
    private long liveFrames;

    /** @param retry false gives one plain ZXing attempt: the baseline the benchmark compares with */
    public FrameDecoder(boolean retry) {
        this.retry = retry;
    }

    public FrameDecoder() {
        this(true);
    }

    private static MultiFormatReader reader() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, FORMATS);
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        return reader;
    }

    /**
     * Live decoding of one frame (width x height luminance, row by row). Frames take turns: one gets the
     * plain attempt, the next one of the other ways (a different one each time), so no frame pays for two
     * attempts. A camera shows an item for many frames, so a clean code is still read within two frames.
     */
    public Optional<Decoded> decode(byte[] luminance, int width, int height) {
        if (retry && width >= LARGE_WIDTH) {
            // HD frames are read at half size (a quarter of the pixels): a code big enough for a webcam to
            // resolve at 1280x720 still has 2 or more pixels per bar there
            return scaled(alternate(half(luminance, width, height), width / 2, height / 2));
        }
        return alternate(luminance, width, height);
    }

    private Optional<Decoded> alternate(byte[] luminance, int width, int height) {
        if (!retry || (liveFrames++ & 1) == 0) {
            return plain(luminance, width, height);
        }
        Way way = RETRIES[nextRetry];
        nextRetry = (nextRetry + 1) % RETRIES.length;
        return attempt(way, luminance, width, height);
    }

    /** Every way on one still frame. */
    public Optional<Decoded> decodeThoroughly(byte[] luminance, int width, int height) {
        Optional<Decoded> found = plain(luminance, width, height);
        for (int i = 0; found.isEmpty() && retry && i < RETRIES.length; i++) {
            found = attempt(RETRIES[i], luminance, width, height);
        }
        return found;
    }

    private Optional<Decoded> plain(byte[] luminance, int width, int height) {
        return read(source(luminance, width, height), HybridBinarizer::new);
    }

    private Optional<Decoded> attempt(Way way, byte[] luminance, int width, int height) {
        return switch (way) {
            case HALF_SIZE -> scaled(read(source(half(luminance, width, height), width / 2, height / 2),
                    HybridBinarizer::new));
            case GLOBAL_HISTOGRAM -> read(source(luminance, width, height), GlobalHistogramBinarizer::new);
            case TURN_25 -> read(source(turn(luminance, width, height, 25), width, height), HybridBinarizer::new);
            case TURN_MINUS_25 -> read(source(turn(luminance, width, height, -25), width, height), HybridBinarizer::new);
            case TURN_45 -> read(source(turn(luminance, width, height, 45), width, height), HybridBinarizer::new);
            case TURN_MINUS_45 -> read(source(turn(luminance, width, height, -45), width, height), HybridBinarizer::new);
            case INVERTED -> read(source(luminance, width, height).invert(), HybridBinarizer::new);
        };
    }

    /** A code found in a half-size copy, with its points on the full frame (for the preview's marker). */
    private static Optional<Decoded> scaled(Optional<Decoded> found) {
        return found.map(d -> {
            float[] points = d.points().clone();
            for (int i = 0; i < points.length; i++) {
                points[i] *= 2;
            }
            return new Decoded(d.text(), d.format(), points);
        });
    }

    private static LuminanceSource source(byte[] luminance, int width, int height) {
        return new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false);
    }

    private static byte[] half(byte[] in, int width, int height) {
        int w = width / 2;
        int h = height / 2;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row = 2 * y * width;
            for (int x = 0; x < w; x++) {
                int i = row + 2 * x;
                out[y * w + x] = (byte) (((in[i] & 0xff) + (in[i + 1] & 0xff) + (in[i + width] & 0xff)
                        + (in[i + width + 1] & 0xff)) >> 2);
            }
        }
        return out;
    }

    /** The frame turned about its centre (nearest pixel); corners outside the frame become mid-grey. */
    private static byte[] turn(byte[] in, int width, int height, double degrees) {
        byte[] out = new byte[in.length];
        double r = Math.toRadians(degrees);
        int cos = (int) Math.round(Math.cos(r) * 65536);
        int sin = (int) Math.round(Math.sin(r) * 65536);
        int cx = width / 2;
        int cy = height / 2;
        for (int y = 0; y < height; y++) {
            int dy = y - cy;
            for (int x = 0; x < width; x++) {
                int dx = x - cx;
                int sx = ((cos * dx + sin * dy) >> 16) + cx;
                int sy = ((-sin * dx + cos * dy) >> 16) + cy;
                out[y * width + x] = sx >= 0 && sy >= 0 && sx < width && sy < height ? in[sy * width + sx] : (byte) 128;
            }
        }
        return out;
    }

    private Optional<Decoded> read(LuminanceSource source, Function<LuminanceSource, Binarizer> binarizer) {
        try {
            Result result = reader.decodeWithState(new BinaryBitmap(binarizer.apply(source)));
            float[] points = new float[result.getResultPoints() == null ? 0 : result.getResultPoints().length * 2];
            for (int i = 0; i < points.length / 2; i++) {
                points[2 * i] = result.getResultPoints()[i].getX();
                points[2 * i + 1] = result.getResultPoints()[i].getY();
            }
            return Optional.of(new Decoded(result.getText(), result.getBarcodeFormat(), points));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            // a checksum or format error: as good as nothing found in this frame
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
