package nl.connectedstore.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * A camera image's brightness, one byte per pixel, read straight from its raster: what ZXing decodes. No
 * image conversion (going through ZXing's BufferedImageLuminanceSource cost 4 to 9 times the decode).
 */
public final class Luminance {

    private Luminance() {
    }

    public static byte[] of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int n = w * h;
        byte[] out = new byte[n];
        switch (image.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY -> {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                System.arraycopy(data, 0, out, 0, n);
            }
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                for (int i = 0, j = 0; i < n; i++, j += 3) {
                    out[i] = luma(data[j + 2] & 0xff, data[j + 1] & 0xff, data[j] & 0xff);
                }
            }
            case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB -> {
                int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                for (int i = 0; i < n; i++) {
                    int p = data[i];
                    out[i] = luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
                }
            }
            default -> {
                int[] row = new int[w];
                for (int y = 0; y < h; y++) {
                    image.getRGB(0, y, w, 1, row, 0, w);
                    for (int x = 0; x < w; x++) {
                        int p = row[x];
                        out[y * w + x] = luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
                    }
                }
            }
        }
        return out;
    }

    /** ITU-R BT.601 weights in integers: (77 R + 150 G + 29 B) / 256. */
    private static byte luma(int r, int g, int b) {
        return (byte) ((77 * r + 150 * g + 29 * b) >> 8);
    }
}
