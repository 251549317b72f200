package nl.connectedstore.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Grey camera-like frames for tests and benchmarks: a barcode drawn by ZXing onto a background, then
 * made worse the way real webcams do (blur, noise, dim light, rotation, glare).
 */
final class Frames {

    final int width;
    final int height;
    final byte[] pixels;

    Frames(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new byte[width * height];
    }

    static Frames blank(int width, int height, int grey) {
        Frames f = new Frames(width, height);
        java.util.Arrays.fill(f.pixels, (byte) grey);
        return f;
    }

    /** An EAN-13 of {@code moduleWidth} pixels per bar module, centred; with ZXing's default quiet zone. */
    static Frames ean13(String code, int width, int height, int moduleWidth) {
        try {
            BitMatrix m = new EAN13Writer().encode(code, BarcodeFormat.EAN_13, 0, 0);
            return draw(m, width, height, moduleWidth, moduleWidth * 60);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an EAN-13: " + code, e);
        }
    }

    static Frames qr(String text, int width, int height, int moduleWidth) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4));
            return draw(m, width, height, moduleWidth, 0);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param barHeight 0 to draw the matrix as is (2D), else the height of 1D bars */
    private static Frames draw(BitMatrix m, int width, int height, int scale, int barHeight) {
        Frames f = blank(width, height, 200);
        int w = m.getWidth() * scale;
        int h = barHeight > 0 ? barHeight : m.getHeight() * scale;
        int x0 = (width - w) / 2;
        int y0 = (height - h) / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean black = barHeight > 0 ? m.get(x / scale, 0) : m.get(x / scale, y / scale);
                int px = x0 + x;
                int py = y0 + y;
                if (px >= 0 && py >= 0 && px < width && py < height) {
                    f.pixels[py * width + px] = (byte) (black ? 25 : 235);
                }
            }
        }
        return f;
    }

    int get(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    void set(int x, int y, int v) {
        pixels[y * width + x] = (byte) Math.max(0, Math.min(255, v));
    }

    Frames rotate(double degrees) {
        Frames out = blank(width, height, 200);
        double r = Math.toRadians(degrees);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        double cx = width / 2.0;
        double cy = height / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sx = cos * (x - cx) + sin * (y - cy) + cx;
                double sy = -sin * (x - cx) + cos * (y - cy) + cy;
                int ix = (int) Math.round(sx);
                int iy = (int) Math.round(sy);
                if (ix >= 0 && iy >= 0 && ix < width && iy < height) {
                    out.set(x, y, get(ix, iy));
                }
            }
        }
        return out;
    }

    Frames blur(int radius) {
        Frames out = new Frames(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                int n = 0;
                for (int dx = -radius; dx <= radius; dx++) {
                    int sx = x + dx;
                    if (sx >= 0 && sx < width) {
                        sum += get(sx, y);
                        n++;
                    }
                }
                out.set(x, y, sum / n);
            }
        }
        Frames both = new Frames(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                int n = 0;
                for (int dy = -radius; dy <= radius; dy++) {
                    int sy = y + dy;
                    if (sy >= 0 && sy < height) {
                        sum += out.get(x, sy);
                        n++;
                    }
                }
                both.set(x, y, sum / n);
            }
        }
        return both;
    }

    Frames noise(double sigma, Random random) {
        Frames out = new Frames(width, height);
        for (int i = 0; i < pixels.length; i++) {
            out.pixels[i] = (byte) Math.max(0, Math.min(255, (pixels[i] & 0xff) + (int) (random.nextGaussian() * sigma)));
        }
        return out;
    }

    /** Low light: contrast squeezed towards dark grey. */
    Frames dim(double contrast, int offset) {
        Frames out = new Frames(width, height);
        for (int i = 0; i < pixels.length; i++) {
            out.pixels[i] = (byte) Math.max(0, Math.min(255, (int) ((pixels[i] & 0xff) * contrast) + offset));
        }
        return out;
    }

    /** A bright reflection: an ellipse washed towards white, strongest in its centre. */
    Frames glare(int cx, int cy, int rx, int ry, double strength) {
        Frames out = new Frames(width, height);
        System.arraycopy(pixels, 0, out.pixels, 0, pixels.length);
        for (int y = Math.max(0, cy - ry); y < Math.min(height, cy + ry); y++) {
            for (int x = Math.max(0, cx - rx); x < Math.min(width, cx + rx); x++) {
                double d = Math.pow((x - cx) / (double) rx, 2) + Math.pow((y - cy) / (double) ry, 2);
                if (d < 1) {
                    double a = strength * (1 - d);
                    out.set(x, y, (int) (get(x, y) * (1 - a) + 255 * a));
                }
            }
        }
        return out;
    }

    void writePng(Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(pixels, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, pixels.length);
        ImageIO.write(image, "png", file.toFile());
    }

    static Frames readPng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IOException(file + " is not an 8-bit grey image");
        }
        Frames f = new Frames(image.getWidth(), image.getHeight());
        System.arraycopy(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, f.pixels, 0,
                f.pixels.length);
        return f;
    }
}
