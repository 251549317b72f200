package nl.connectedstore.scan;

/**
 * Which way the edges in a part of the frame run: the dominant gradient direction (structure tensor of
 * 3x3 Sobel gradients), in degrees from the x axis, in (-90, 90]. Bars standing upright have gradients
 * along x (0 degrees); the same bars turned 30 degrees, 30.
 */
final class Tilt {

    private Tilt() {
    }

    /**
     * The dominant gradient direction over the rectangle (sampled every {@code step} pixels), or NaN when
     * the edges there have no clear direction (a flat patch, or a QR code's edges both ways).
     */
    static double degrees(byte[] frame, int width, int height, int left, int top, int w, int h, int step) {
        long xx = 0;
        long yy = 0;
        long xy = 0;
        int x0 = Math.max(1, left);
        int y0 = Math.max(1, top);
        int x1 = Math.min(width - 1, left + w);
        int y1 = Math.min(height - 1, top + h);
        for (int y = y0; y < y1; y += step) {
            int row = y * width;
            for (int x = x0; x < x1; x += step) {
                int i = row + x;
                int a = frame[i - width - 1] & 0xff;
                int b = frame[i - width] & 0xff;
                int c = frame[i - width + 1] & 0xff;
                int d = frame[i - 1] & 0xff;
                int f = frame[i + 1] & 0xff;
                int g = frame[i + width - 1] & 0xff;
                int k = frame[i + width] & 0xff;
                int l = frame[i + width + 1] & 0xff;
                int gx = (c + 2 * f + l) - (a + 2 * d + g);
                int gy = (g + 2 * k + l) - (a + 2 * b + c);
                xx += (long) gx * gx;
                yy += (long) gy * gy;
                xy += (long) gx * gy;
            }
        }
        double sum = xx + yy;
        if (sum == 0) {
            return Double.NaN;
        }
        double coherence = Math.sqrt((double) (xx - yy) * (xx - yy) + 4.0 * xy * xy) / sum;
        if (coherence < 0.5) {
            return Double.NaN;
        }
        return Math.toDegrees(0.5 * Math.atan2(2.0 * xy, xx - yy));
    }
}
