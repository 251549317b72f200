package nl.connectedstore.scan;

import com.google.zxing.LuminanceSource;

/**
 * A frame's luminance (one byte per pixel, row by row) as ZXing reads it, optionally a window of it. Unlike
 * ZXing's {@code PlanarYUVLuminanceSource} it can be turned a quarter (ZXing's TRY_HARDER reads bars that run
 * across the frame that way); the turned copy goes into a buffer the decoder keeps between frames.
 */
final class FrameLuminance extends LuminanceSource {

    private final byte[] data;
    private final int dataWidth;
    private final int dataHeight;
    private final int left;
    private final int top;
    private final Buffers buffers;
    private boolean turnable = true;

    /** Scratch arrays kept by one decoder between frames, so a frame costs no copies of itself. */
    static final class Buffers {
        private byte[] turned = new byte[0];
        private byte[] window = new byte[0];

        byte[] turned(int size) {
            if (turned.length < size) {
                turned = new byte[size];
            }
            return turned;
        }

        byte[] window(int size) {
            if (window.length < size) {
                window = new byte[size];
            }
            return window;
        }
    }

    FrameLuminance(byte[] data, int dataWidth, int dataHeight, int left, int top, int width, int height,
            Buffers buffers) {
        super(width, height);
        if (left < 0 || top < 0 || left + width > dataWidth || top + height > dataHeight) {
            throw new IllegalArgumentException("Window outside the frame");
        }
        this.data = data;
        this.dataWidth = dataWidth;
        this.dataHeight = dataHeight;
        this.left = left;
        this.top = top;
        this.buffers = buffers;
    }

    FrameLuminance(byte[] data, int width, int height, Buffers buffers) {
        this(data, width, height, 0, 0, width, height, buffers);
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        int width = getWidth();
        if (row == null || row.length < width) {
            row = new byte[width];
        }
        System.arraycopy(data, (top + y) * dataWidth + left, row, 0, width);
        return row;
    }

    @Override
    public byte[] getMatrix() {
        int width = getWidth();
        int height = getHeight();
        if (left == 0 && top == 0 && width == dataWidth && height == dataHeight) {
            return data;
        }
        // ZXing's binarizers read the matrix once, before the next window is asked for: one buffer will do
        byte[] out = buffers.window(width * height);
        for (int y = 0; y < height; y++) {
            System.arraycopy(data, (top + y) * dataWidth + left, out, y * width, width);
        }
        return out;
    }

    @Override
    public boolean isCropSupported() {
        return true;
    }

    @Override
    public LuminanceSource crop(int l, int t, int width, int height) {
        return new FrameLuminance(data, dataWidth, dataHeight, left + l, top + t, width, height, buffers);
    }

    @Override
    public boolean isRotateSupported() {
        return turnable;
    }

    /**
     * This source, telling ZXing it cannot be turned: TRY_HARDER then reads rows only, for bars known to
     * stand upright (their edges measured), which halves its work.
     */
    FrameLuminance rowsOnly() {
        turnable = false;
        return this;
    }

    /** Turned a quarter to the left: the new (x, y) is the old (width - 1 - y, x). */
    @Override
    public LuminanceSource rotateCounterClockwise() {
        int width = getWidth();
        int height = getHeight();
        byte[] out = buffers.turned(width * height);
        for (int ny = 0; ny < width; ny++) {
            int ox = left + width - 1 - ny;
            int o = ny * height;
            int i = top * dataWidth + ox;
            for (int nx = 0; nx < height; nx++, i += dataWidth) {
                out[o + nx] = data[i];
            }
        }
        return new FrameLuminance(out, height, width, 0, 0, height, width, new Buffers());
    }
}
